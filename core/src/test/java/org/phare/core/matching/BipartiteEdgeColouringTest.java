package org.phare.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BipartiteEdgeColouringTest {

  @Property(tries = 300)
  void colouring_is_proper_uses_max_degree_colours_and_is_equitable(
      @ForAll @IntRange(min = 1, max = 12) int left,
      @ForAll @IntRange(min = 1, max = 12) int right,
      @ForAll @IntRange(min = 0, max = 100) int density,
      @ForAll @IntRange(min = 0, max = 2) int extraColours,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<int[]> edges = new ArrayList<>();
    for (int u = 0; u < left; u++) {
      for (int v = 0; v < right; v++) {
        if (random.nextInt(100) < density) {
          edges.add(new int[] {u, v});
        }
      }
    }
    int[] degree = new int[left + right];
    for (int[] edge : edges) {
      degree[edge[0]]++;
      degree[left + edge[1]]++;
    }
    int maxDegree = 0;
    for (int d : degree) {
      maxDegree = Math.max(maxDegree, d);
    }
    int colours = Math.max(1, maxDegree + extraColours);
    int[] l = edges.stream().mapToInt(e -> e[0]).toArray();
    int[] r = edges.stream().mapToInt(e -> e[1]).toArray();

    int[] colour = BipartiteEdgeColouring.colour(left, right, l, r, colours);

    Set<Long> seen = new HashSet<>();
    int[] size = new int[colours];
    for (int i = 0; i < colour.length; i++) {
      assertThat(colour[i]).isBetween(0, colours - 1);
      assertThat(seen.add((long) l[i] * colours + colour[i]))
          .as("left vertex colour reused")
          .isTrue();
      assertThat(seen.add(-1 - ((long) r[i] * colours + colour[i])))
          .as("right vertex colour reused")
          .isTrue();
      size[colour[i]]++;
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int s : size) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    if (colour.length > 0) {
      assertThat(max - min)
          .as("class sizes %s", java.util.Arrays.toString(size))
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void complete_bipartite_graph_splits_into_perfect_matchings() {
    // K(4,4) is 4-regular: König says 4 colours suffice, each class a perfect matching of size 4.
    int[] l = new int[16];
    int[] r = new int[16];
    for (int i = 0; i < 16; i++) {
      l[i] = i / 4;
      r[i] = i % 4;
    }
    int[] colour = BipartiteEdgeColouring.colour(4, 4, l, r, 4);
    int[] size = new int[4];
    for (int c : colour) {
      size[c]++;
    }
    assertThat(size).containsExactly(4, 4, 4, 4);
  }

  @Test
  void too_few_colours_for_a_degree_is_refused() {
    assertThatThrownBy(
            () -> BipartiteEdgeColouring.colour(1, 2, new int[] {0, 0}, new int[] {0, 1}, 1))
        .hasMessageContaining("more than 1 edges");
  }
}
