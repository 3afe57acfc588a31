package org.phare.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RankTableTest {

  /**
   * The sorted table agrees with counting, territory by territory, ties and missing values
   * included.
   */
  @Property(tries = 200)
  void ranks_and_percentiles_equal_a_direct_count(
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 1, max = 5) int groups,
      @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    double[] values = new double[size];
    int[] groupOf = new int[size];
    for (int i = 0; i < size; i++) {
      values[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(20); // many ties
      groupOf[i] = random.nextInt(groups);
    }
    RankTable table = RankTable.of(values, groupOf, groups);
    for (int i = 0; i < size; i++) {
      if (Double.isNaN(values[i])) {
        assertThat(table.rank(i)).isZero();
        assertThat(table.percentile(i)).isNaN();
        continue;
      }
      int higher = 0;
      int lower = 0;
      int equal = 0;
      int peers = 0;
      for (int j = 0; j < size; j++) {
        if (groupOf[j] != groupOf[i] || Double.isNaN(values[j])) {
          continue;
        }
        peers++;
        if (values[j] > values[i]) {
          higher++;
        } else if (values[j] < values[i]) {
          lower++;
        } else {
          equal++;
        }
      }
      assertThat(table.rank(i)).as(Arrays.toString(values)).isEqualTo(higher + 1);
      assertThat(table.percentile(i)).isEqualTo(100.0 * (lower + 0.5 * equal) / peers);
    }
  }
}
