package org.phare.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.core.geo.ClassBreaks.Method;

class ClassBreaksTest {

  @Test
  void quantiles_agree_with_r_type_7() {
    // R: quantile(1:10, c(.2, .4, .6, .8)) → 2.8 4.6 6.4 8.2
    double[] values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, Double.NaN};
    assertThat(ClassBreaks.of(Method.QUANTILES, values, 5))
        .usingComparatorForType(
            (a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
        .containsExactly(2.8, 4.6, 6.4, 8.2);
  }

  @Test
  void jenks_finds_the_gaps_of_clustered_values() {
    // three obvious clusters: the natural breaks are the first values of clusters 2 and 3
    double[] values = {1, 2, 3, 2, 1, 50, 51, 52, 100, 101, 99};
    assertThat(ClassBreaks.of(Method.JENKS, values, 3)).containsExactly(50.0, 99.0);
  }

  @Test
  void jenks_on_the_classic_example_matches_the_published_breaks() {
    // Hand check of Fisher's optimum on 1..9 in 3 classes: {1,2,3} {4,5,6} {7,8,9}, SSD 6
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertThat(ClassBreaks.of(Method.JENKS, values, 3)).containsExactly(4.0, 7.0);
  }

  @Test
  void constant_empty_and_few_values_give_fewer_classes() {
    assertThat(ClassBreaks.of(Method.QUANTILES, new double[] {}, 5)).isEmpty();
    assertThat(ClassBreaks.of(Method.QUANTILES, new double[] {3, 3, 3}, 5)).isEmpty();
    assertThat(ClassBreaks.of(Method.JENKS, new double[] {Double.NaN}, 5)).isEmpty();
    List<Double> two = ClassBreaks.of(Method.JENKS, new double[] {1, 1, 2, 2}, 5);
    assertThat(two).containsExactly(2.0);
  }

  @Test
  void jenks_on_many_values_runs_on_a_sample_and_stays_ordered() {
    double[] values = new double[35_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.pow(i % 1000, 2) / 1000.0;
    }
    List<Double> limits = ClassBreaks.of(Method.JENKS, values, 5);
    assertThat(limits).hasSize(4).isSorted();
    assertThat(limits.get(0)).isCloseTo(100, within(100.0));
  }

  @Test
  void an_unknown_method_is_refused_naming_the_accepted_ones() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Method.parse("kmeans"))
        .isInstanceOfSatisfying(
            org.phare.core.message.RefusedException.class,
            e -> assertThat(e.refusals().get(0).code()).isEqualTo("map.classes.unknown"));
    assertThat(Method.parse(null)).isEqualTo(Method.QUANTILES);
    assertThat(Method.parse("Jenks")).isEqualTo(Method.JENKS);
  }
}
