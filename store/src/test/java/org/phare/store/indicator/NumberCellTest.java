package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast path for plain decimals gives exactly what {@link Double#parseDouble} gives. */
class NumberCellTest {

  @Property(tries = 5000)
  void plain_decimals_parse_exactly_as_the_jdk_does(
      @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long digits,
      @ForAll @IntRange(min = 0, max = 16) int decimals) {
    String text = BigDecimal.valueOf(digits, decimals).toPlainString();
    assertThat(NumberCell.parse(text)).isEqualTo(Double.parseDouble(text));
  }

  @Property(tries = 5000)
  void any_double_written_plainly_parses_as_the_jdk_does(@ForAll double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return;
    }
    String text = new BigDecimal(Double.toString(value)).toPlainString();
    assertThat(NumberCell.parse(text)).isEqualTo(Double.parseDouble(text));
  }
}
