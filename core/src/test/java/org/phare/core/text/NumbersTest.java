package org.phare.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The number rules of {@link Numbers}. The oracle for rounding is {@link java.util.Formatter}'s
 * {@code %.nf} under {@code Locale.ROOT}, which the JDK documents as half-up on the digits of
 * {@link Double#toString}: an independent implementation of the rule Numbers states.
 */
class NumbersTest {

  static final Numbers FR = Numbers.french();
  static final Numbers EN = Numbers.english();
  static final String NNBSP = "\u202F";

  /** Reads a French figure back as a decimal: separators out, comma to point, minus to hyphen. */
  static BigDecimal readFrench(String text) {
    return new BigDecimal(text.replace(NNBSP, "").replace(',', '.').replace('\u2212', '-'));
  }

  static BigDecimal readEnglish(String text) {
    return new BigDecimal(text.replace(",", "").replace('\u2212', '-'));
  }

  static BigDecimal oracle(double value, int decimals) {
    return new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", value));
  }

  @Example
  void french_uses_a_decimal_comma_and_narrow_no_break_spaces() {
    assertThat(FR.integer(2_573_180)).isEqualTo("2\u202F573\u202F180");
    assertThat(FR.fixed(1234.567, 1)).isEqualTo("1\u202F234,6");
    assertThat(FR.fixed(999.96, 1)).isEqualTo("1\u202F000,0");
    assertThat(FR.percent(37.0, 0)).isEqualTo("37\u202F%");
    assertThat(FR.percentOfFraction(0.125, 1)).isEqualTo("12,5\u202F%");
    assertThat(FR.signed(-0.456, 2)).isEqualTo("\u22120,46");
    assertThat(FR.signed(0.5, 2)).isEqualTo("+0,50");
    assertThat(FR.decimal(2.50, 2)).isEqualTo("2,5");
    assertThat(FR.decimal(3.0, 2)).isEqualTo("3");
    assertThat(FR.decimal(1200.0, 2)).isEqualTo("1\u202F200");
  }

  @Example
  void english_uses_a_decimal_point_comma_thousands_and_the_same_minus_sign() {
    assertThat(EN.integer(2_573_180)).isEqualTo("2,573,180");
    assertThat(EN.percent(37.5, 1)).isEqualTo("37.5%");
    assertThat(EN.percentOfFraction(0.0123, 2)).isEqualTo("1.23%");
    assertThat(EN.fixed(-1234.5, 2)).isEqualTo("\u22121,234.50");
    assertThat(EN.integer(Long.MIN_VALUE)).isEqualTo("\u22129,223,372,036,854,775,808");
  }

  @Example
  void rounding_is_half_up_on_the_printed_decimal_not_on_the_binary_value() {
    assertThat(FR.fixed(0.125, 2)).isEqualTo("0,13");
    assertThat(FR.fixed(-2.5, 0)).isEqualTo("\u22123");
    assertThat(FR.fixed(2.5, 0)).isEqualTo("3");
    // 0.15 is 0.1499999999999999944… in binary, 1.005 is 1.00499999999999989…
    assertThat(FR.fixed(0.15, 1)).isEqualTo("0,2");
    assertThat(FR.fixed(1.005, 2)).isEqualTo("1,01");
    // 0.145 × 100 = 14.499999999999998: the percentage moves the decimal point exactly instead
    assertThat(FR.percentOfFraction(0.145, 0)).isEqualTo("15\u202F%");
  }

  @Example
  void missing_values_and_infinities_print_an_en_dash_never_zero() {
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      for (Numbers n : new Numbers[] {FR, EN}) {
        assertThat(n.fixed(v, 1)).isEqualTo("–");
        assertThat(n.decimal(v, 1)).isEqualTo("–");
        assertThat(n.percent(v, 0)).isEqualTo("–");
        assertThat(n.percentOfFraction(v, 0)).isEqualTo("–");
        assertThat(n.signed(v, 2)).isEqualTo("–");
      }
    }
    assertThat(Numbers.NO_DATA).isEqualTo("\u2013");
  }

  @Example
  void a_value_rounding_to_zero_has_no_sign() {
    assertThat(FR.signed(-0.0001, 2)).isEqualTo("0,00");
    assertThat(FR.fixed(-0.0, 1)).isEqualTo("0,0");
    assertThat(FR.fixed(-0.04, 1)).isEqualTo("0,0");
    assertThat(EN.signed(0.004, 2)).isEqualTo("0.00");
  }

  @Example
  void negative_decimals_are_refused() {
    assertThatThrownBy(() -> FR.fixed(1.0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void fixed_reads_back_as_the_half_up_rounding_of_the_value(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double value,
      @ForAll @IntRange(min = 0, max = 4) int decimals) {
    String fr = FR.fixed(value, decimals);
    String en = EN.fixed(value, decimals);
    assertThat(readFrench(fr)).isEqualByComparingTo(oracle(value, decimals));
    assertThat(readEnglish(en)).isEqualByComparingTo(oracle(value, decimals));
    int comma = fr.indexOf(',');
    assertThat(comma < 0 ? 0 : fr.length() - comma - 1).isEqualTo(decimals);
  }

  @Property
  void french_and_english_have_the_shape_of_their_typography(
      @ForAll @DoubleRange(min = -1e15, max = 1e15) double value,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    String fraction = decimals == 0 ? "" : "[,]\\d{" + decimals + "}";
    assertThat(FR.fixed(value, decimals)).matches("\u2212?\\d{1,3}(\u202F\\d{3})*" + fraction);
    assertThat(EN.fixed(value, decimals))
        .matches("\u2212?\\d{1,3}(,\\d{3})*" + fraction.replace("[,]", "[.]"));
  }

  @Property
  void a_negative_number_is_its_opposite_with_a_minus_sign(
      @ForAll @DoubleRange(min = 0, max = 1e12) double value,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    String positive = FR.fixed(value, decimals);
    String negative = FR.fixed(-value, decimals);
    if (readFrench(positive).signum() == 0) {
      assertThat(negative).isEqualTo(positive);
    } else {
      assertThat(negative).isEqualTo("\u2212" + positive);
      assertThat(FR.signed(value, decimals)).isEqualTo("+" + positive);
      assertThat(FR.signed(-value, decimals)).isEqualTo(negative);
    }
  }

  @Property
  void a_tie_goes_away_from_zero(
      @ForAll @LongRange(min = -999_999_999, max = 999_999_999) long digits,
      @ForAll @IntRange(min = 0, max = 3) int decimals) {
    // digits followed by a 5 one place past the kept decimals: an exact tie in decimal
    BigDecimal tie = BigDecimal.valueOf(digits * 10 + (digits < 0 ? -5 : 5), decimals + 1);
    BigDecimal expected = BigDecimal.valueOf(digits + (digits < 0 ? -1 : 1), decimals);
    if (digits == 0) {
      return; // 0.5 and −0.5 both tie; covered by the examples
    }
    assertThat(readFrench(FR.fixed(tie.doubleValue(), decimals))).isEqualByComparingTo(expected);
  }

  @Property
  void decimal_is_fixed_without_trailing_zeros(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double value,
      @ForAll @IntRange(min = 0, max = 4) int decimals) {
    String shortened = FR.decimal(value, decimals);
    assertThat(readFrench(shortened)).isEqualByComparingTo(readFrench(FR.fixed(value, decimals)));
    assertThat(shortened).doesNotMatch(".*,\\d*0").doesNotEndWith(",");
  }

  @Property
  void a_fraction_is_the_same_percentage_as_its_points(
      @ForAll @IntRange(min = -100_000, max = 100_000) int tenThousandths,
      @ForAll @IntRange(min = 0, max = 2) int decimals) {
    double fraction = tenThousandths / 10_000.0;
    double points = tenThousandths / 100.0;
    assertThat(FR.percentOfFraction(fraction, decimals)).isEqualTo(FR.percent(points, decimals));
    assertThat(FR.percent(points, decimals)).endsWith("\u202F%");
    assertThat(EN.percent(points, decimals)).endsWith("%").doesNotContain(" ");
  }

  @Property
  void integers_read_back_exactly(@ForAll long value) {
    assertThat(readFrench(FR.integer(value))).isEqualTo(BigDecimal.valueOf(value));
    assertThat(readEnglish(EN.integer(value))).isEqualTo(BigDecimal.valueOf(value));
  }
}
