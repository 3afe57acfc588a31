package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Observation;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

class StoredSeriesTest {

  static final StoredSeries.Key KEY = new StoredSeries.Key("chomage-taux", "DEPARTEMENT", "2024");

  static Observation obs(String code, double value, double numerator, double denominator) {
    return new Observation(
        "chomage-taux",
        TerritoryId.of(Level.DEPARTEMENT, code),
        "2024",
        value,
        numerator,
        denominator);
  }

  @Test
  void merging_appends_new_codes_replaces_changed_values_and_keeps_equal_ones() {
    StoredSeries series =
        StoredSeries.of(
            KEY, List.of(obs("45", 7.1, 71, 1000), obs("18", 7.4, Double.NaN, Double.NaN)), 1);
    StoredSeries.Merge merge =
        series.merge(
            List.of(
                obs("45", 7.1, 71, 1000), // equal
                obs("18", 7.4, Double.NaN, Double.NaN), // equal: absent parts equal absent parts
                obs("28", 6.0, Double.NaN, Double.NaN), // new
                obs("37", 5.0, 50, 1000)), // new
            2);
    assertThat(merge).isEqualTo(new StoredSeries.Merge(2, 0, 2));
    assertThat(series.codes()).containsExactly("45", "18", "28", "37");
    assertThat(series.importIds()).containsExactly(1, 1, 2, 2);

    StoredSeries.Merge second = series.merge(List.of(obs("18", 7.4, 74, 1000)), 3);
    assertThat(second).as("parts now given: a change").isEqualTo(new StoredSeries.Merge(0, 1, 0));
    assertThat(series.numerators()[1]).isEqualTo(74);
    assertThat(series.importIds()).containsExactly(1, 3, 2, 2);
  }

  @Test
  void merging_the_same_values_again_changes_nothing() {
    List<Observation> values = List.of(obs("45", 7.1, 71, 1000), obs("18", 0.0, 0, 10));
    StoredSeries series = StoredSeries.of(KEY, values, 1);
    assertThat(series.merge(values, 2).changed()).isFalse();
    assertThat(series.importIds()).containsExactly(1, 1);
  }

  /** Property: the stored content after a merge does not depend on the order of the rows. */
  @Property(tries = 50)
  void merge_result_does_not_depend_on_row_order(
      @ForAll @IntRange(min = 1, max = 300) int size, @ForAll long seed) {
    List<Observation> old = new ArrayList<>();
    List<Observation> incoming = new ArrayList<>();
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < size; i++) {
      String code = String.format(java.util.Locale.ROOT, "%05d", i);
      if (random.nextBoolean()) {
        old.add(obs(code, random.nextInt(5), Double.NaN, Double.NaN));
      }
      if (random.nextBoolean()) {
        incoming.add(obs(code, random.nextInt(5), Double.NaN, Double.NaN));
      }
    }
    List<Observation> shuffled = new ArrayList<>(incoming);
    Collections.shuffle(shuffled, random);
    StoredSeries a = StoredSeries.of(KEY, old, 1);
    StoredSeries b = StoredSeries.of(KEY, old, 1);
    StoredSeries.Merge ma = a.merge(incoming, 2);
    StoredSeries.Merge mb = b.merge(shuffled, 2);
    assertThat(ma).isEqualTo(mb);
    assertThat(ma.inserted() + ma.updated() + ma.unchanged()).isEqualTo(incoming.size());
    assertThat(content(a)).isEqualTo(content(b));
  }

  static java.util.Map<String, String> content(StoredSeries s) {
    java.util.Map<String, String> content = new java.util.TreeMap<>();
    for (int i = 0; i < s.size(); i++) {
      content.put(s.code(i), s.value(i) + "/" + s.importIds()[i]);
    }
    return content;
  }
}
