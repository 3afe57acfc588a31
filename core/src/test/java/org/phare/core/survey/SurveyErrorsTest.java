package org.phare.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear message saying what and where; edge cases behave as documented. */
class SurveyErrorsTest {

  @Test
  void non_positive_weight_is_refused_with_its_row() {
    assertThatThrownBy(() -> SurveyDesign.builder(3).weights(new double[] {1, 0, 2}).build())
        .hasMessageContaining("weight of row 2 is 0.0");
    assertThatThrownBy(() -> SurveyDesign.builder(2).weights(new double[] {-1, 2}).build())
        .hasMessageContaining("row 1");
  }

  @Test
  void fpc_varying_inside_a_stratum_is_refused() {
    assertThatThrownBy(
            () ->
                SurveyDesign.builder(3)
                    .strata(new int[] {1, 1, 2})
                    .fpc(new double[] {10, 12, 5})
                    .build())
        .hasMessageContaining("varies within stratum 1");
  }

  static Margin margin(String name, String[] values, Map<String, Double> totals) {
    return new Margin(Factor.of(name, values), totals);
  }

  @Test
  void inconsistent_margins_and_empty_categories_are_refused() {
    SurveyDesign d = SurveyDesign.builder(4).weights(new double[] {1, 1, 1, 1}).build();
    Margin sex = margin("sex", new String[] {"F", "M", "F", "M"}, Map.of("F", 50.0, "M", 50.0));
    Margin age = margin("age", new String[] {"y", "o", "o", "y"}, Map.of("y", 40.0, "o", 70.0));
    assertThatThrownBy(() -> Calibration.rake(d, List.of(sex, age), CalibrationOptions.DEFAULT))
        .hasMessageContaining("inconsistent margins")
        .hasMessageContaining("100.0")
        .hasMessageContaining("110.0");
    Margin empty =
        margin("age", new String[] {"y", "o", "o", "y"}, Map.of("y", 40.0, "o", 40.0, "m", 20.0));
    assertThatThrownBy(() -> Calibration.rake(d, List.of(sex, empty), CalibrationOptions.DEFAULT))
        .hasMessageContaining("category m is empty in the sample");
    Margin unknown = margin("age", new String[] {"y", "o", "x", "y"}, Map.of("y", 50.0, "o", 50.0));
    assertThatThrownBy(() -> Calibration.rake(d, List.of(sex, unknown), CalibrationOptions.DEFAULT))
        .hasMessageContaining("category x has respondents but no population total");
  }

  @Test
  void raking_with_too_tight_bounds_says_it_did_not_converge() {
    SurveyDesign d = SurveyDesign.builder(4).weights(new double[] {1, 1, 1, 1}).build();
    Margin sex = margin("sex", new String[] {"F", "F", "F", "M"}, Map.of("F", 10.0, "M", 90.0));
    CalibrationOptions tight = CalibrationOptions.DEFAULT.withBounds(0.5, 2);
    assertThatThrownBy(() -> Calibration.rake(d, List.of(sex), tight))
        .hasMessageContaining("did not converge")
        .hasMessageContaining("bounds");
  }

  @Test
  void bounded_linear_calibration_keeps_ratios_inside_the_bounds_and_meets_totals() {
    int n = 40;
    double[] w = new double[n];
    double[] one = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 10;
      one[i] = 1;
      x[i] = i % 7;
    }
    SurveyDesign d = SurveyDesign.builder(n).weights(w).build();
    CalibrationResult r =
        Calibration.linear(
            d,
            new double[][] {one, x},
            new double[] {420, 1300},
            CalibrationOptions.DEFAULT.withBounds(0.8, 1.3));
    double size = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      assertThat(r.weights()[i] / w[i]).isBetween(0.8 - 1e-12, 1.3 + 1e-12);
      size += r.weights()[i];
      total += r.weights()[i] * x[i];
    }
    assertThat(size).isCloseTo(420, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(total).isCloseTo(1300, org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void empty_domain_gives_nan_and_one_value_gives_zero_error() {
    SurveyDesign d = SurveyDesign.builder(3).weights(new double[] {1, 2, 3}).build();
    SurveyEstimator s = new SurveyEstimator(d);
    double[] y = {4, 5, Double.NaN};
    Estimate empty = s.mean("y", y, new boolean[] {false, false, true}, "none");
    assertThat(empty.n()).isZero();
    assertThat(empty.estimate()).isNaN();
    Estimate one = s.mean("y", y, new boolean[] {true, false, false}, "one");
    assertThat(one.estimate()).isEqualTo(4);
    assertThat(one.se()).isZero();
    // Hand computation: (1*4 + 2*5) / 3 = 14/3, the missing third value is left out.
    assertThat(s.mean("y", y, null, null).estimate()).isEqualTo(14.0 / 3);
  }

  @Test
  void small_base_rule_defaults_to_hide_under_30_and_flag_under_100() {
    assertThat(SmallBaseRule.DEFAULT.status(29)).isEqualTo(BaseStatus.HIDDEN);
    assertThat(SmallBaseRule.DEFAULT.status(30)).isEqualTo(BaseStatus.FLAGGED);
    assertThat(SmallBaseRule.DEFAULT.status(99)).isEqualTo(BaseStatus.FLAGGED);
    assertThat(SmallBaseRule.DEFAULT.status(100)).isEqualTo(BaseStatus.OK);
    assertThatThrownBy(() -> new SmallBaseRule(50, 10)).hasMessageContaining("hide");
  }
}
