package org.phare.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  final Numbers fr = new Numbers(Lang.FR);
  final Numbers en = new Numbers(Lang.EN);

  @Test
  void french_uses_decimal_comma_and_narrow_no_break_space() {
    assertThat(fr.integer(2_573_180)).isEqualTo("2\u202F573\u202F180");
    assertThat(fr.format(1234.567, 1)).isEqualTo("1\u202F234,6");
    assertThat(fr.percent(37.0, 0)).isEqualTo("37\u202F%");
    assertThat(fr.signed(-0.456, 2)).isEqualTo("\u22120,46");
    assertThat(fr.signed(0.5, 2)).isEqualTo("+0,50");
  }

  @Test
  void english_uses_decimal_point_and_comma_thousands() {
    assertThat(en.integer(2_573_180)).isEqualTo("2,573,180");
    assertThat(en.percent(37.5, 1)).isEqualTo("37.5%");
  }

  @Test
  void missing_values_print_a_dash_never_zero() {
    assertThat(fr.format(Double.NaN, 1)).isEqualTo(Numbers.NO_DATA);
    assertThat(fr.percentOfFraction(Double.NaN, 0)).isEqualTo(Numbers.NO_DATA);
    assertThat(fr.signed(-0.0001, 2)).isEqualTo("0,00");
  }
}
