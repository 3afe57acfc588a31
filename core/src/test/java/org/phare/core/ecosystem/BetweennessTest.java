package org.phare.core.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BetweennessTest {

  static Network graph(int n, int[][] links) {
    Network.Builder builder = Network.builder();
    for (int i = 0; i < n; i++) {
      builder.node(i, Family.values()[i % Family.values().length]);
    }
    for (int[] link : links) {
      builder.link(link[0], link[1]);
    }
    return builder.build();
  }

  @Test
  void hand_computed_values_on_small_graphs() {
    // Star 0-{1,2,3,4}: the centre is on all C(4,2) = 6 leaf pairs, normalised by (4·3)/2 = 6.
    Betweenness star = Betweenness.exact(graph(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
    assertThat(star.value(0)).isEqualTo(1.0);
    assertThat(star.value(1)).isEqualTo(0.0);
    // Path 0-1-2-3: node 1 is on pairs (0,2) and (0,3): 2 / ((3·2)/2) = 2/3.
    Betweenness path = Betweenness.exact(graph(4, new int[][] {{0, 1}, {1, 2}, {2, 3}}));
    assertThat(path.value(1)).isCloseTo(2.0 / 3, within(1e-12));
    // Square 0-1-2-3-0: two shortest paths between 0 and 2, one via 1: 1/2 for (0,2), over 3.
    Betweenness square = Betweenness.exact(graph(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
    assertThat(square.value(1)).isCloseTo(0.5 / 3, within(1e-12));
    assertThat(square.isExact()).isTrue();
  }

  @Test
  void tiny_graphs_have_zero_betweenness() {
    assertThat(Betweenness.exact(graph(2, new int[][] {{0, 1}})).values()).containsOnly(0.0);
    assertThat(Betweenness.exact(graph(0, new int[][] {})).values()).isEmpty();
  }

  @Property(tries = 60)
  void brandes_equals_brute_force_path_counting(
      @ForAll @IntRange(min = 3, max = 14) int n, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Network.Builder builder = Network.builder();
    for (int i = 0; i < n; i++) {
      builder.node(i, Family.CITIZENS);
    }
    boolean[][] adjacent = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (random.nextDouble() < 0.3) {
          adjacent[a][b] = adjacent[b][a] = true;
          builder.link(a, b);
        }
      }
    }
    double[] expected = bruteForce(adjacent);
    double[] actual = Betweenness.exact(builder.build()).values();
    for (int v = 0; v < n; v++) {
      assertThat(actual[v]).isCloseTo(expected[v], within(1e-9));
    }
  }

  /**
   * Independent reference: distances and shortest-path counts from every node by BFS, then for
   * every pair s<t and v: σ_sv·σ_vt/σ_st when d(s,v)+d(v,t) = d(s,t) (Freeman's definition).
   */
  static double[] bruteForce(boolean[][] adjacent) {
    int n = adjacent.length;
    int[][] dist = new int[n][n];
    double[][] sigma = new double[n][n];
    for (int s = 0; s < n; s++) {
      Arrays.fill(dist[s], -1);
      dist[s][s] = 0;
      sigma[s][s] = 1;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        for (int w = 0; w < n; w++) {
          if (adjacent[v][w]) {
            if (dist[s][w] < 0) {
              dist[s][w] = dist[s][v] + 1;
              queue.add(w);
            }
            if (dist[s][w] == dist[s][v] + 1) {
              sigma[s][w] += sigma[s][v];
            }
          }
        }
      }
    }
    double[] result = new double[n];
    for (int v = 0; v < n; v++) {
      for (int s = 0; s < n; s++) {
        for (int t = s + 1; t < n; t++) {
          if (s == v || t == v || dist[s][t] < 0 || dist[s][v] < 0 || dist[v][t] < 0) {
            continue;
          }
          if (dist[s][v] + dist[v][t] == dist[s][t]) {
            result[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
          }
        }
      }
      result[v] /= (n - 1.0) * (n - 2.0) / 2.0;
    }
    return result;
  }

  @Test
  void sampled_estimate_is_close_to_exact_for_the_strongest_nodes() {
    // Preferential-attachment-like graph of 1,500 nodes: a few hubs carry most shortest paths.
    SplittableRandom random = new SplittableRandom(7);
    int n = 1_500;
    Network.Builder builder = Network.builder();
    for (int i = 0; i < n; i++) {
      builder.node(i, Family.CITIZENS);
    }
    for (int i = 1; i < n; i++) {
      builder.link(i, random.nextInt(i));
      builder.link(i, random.nextInt(i));
    }
    Network network = builder.build();
    double[] exact = Betweenness.exact(network).values();
    Betweenness sampled = Betweenness.sampled(network, 300, 42);
    assertThat(sampled.isExact()).isFalse();
    int top = 0;
    for (int v = 1; v < n; v++) {
      if (exact[v] > exact[top]) {
        top = v;
      }
    }
    // Tolerance: 15 % relative on the top node with 300 of 1,500 pivots (Brandes-Pich bound is
    // ~ 1/sqrt(k); observed error is a few per cent).
    assertThat(sampled.value(top)).isCloseTo(exact[top], within(0.15 * exact[top]));
    assertThat(Betweenness.sampled(network, n, 1).values()).containsExactly(exact);
  }

  /**
   * The optimised kernel (branch-free search, successor lists, one division per node) against the
   * textbook form of Brandes (2001, Algorithm 1: predecessor lists, {@code δ(v) += σ_v/σ_w (1 +
   * δ(w))}) on random graphs large enough for the parallel chunks: several components, isolated
   * nodes, hubs. Same mathematics, different rounding: tolerance 1e-12 relative.
   */
  @Property(tries = 40)
  void optimised_kernel_equals_textbook_brandes(
      @ForAll @IntRange(min = 3, max = 400) int n,
      @ForAll @IntRange(min = 0, max = 6) int meanDegree,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Network.Builder builder = Network.builder();
    for (int i = 0; i < n; i++) {
      builder.node(1_000L * i - 7, Family.CITIZENS);
    }
    int links = n * meanDegree / 2;
    for (int l = 0; l < links; l++) {
      // A squared uniform index favours low ranks: hubs, as in partnership networks.
      double u = random.nextDouble();
      int a = (int) (u * u * n);
      int b = random.nextInt(n);
      builder.link(1_000L * a - 7, 1_000L * b - 7);
    }
    Network network = builder.build();
    double[] expected = textbookBrandes(network);
    double[] actual = Betweenness.exact(network).values();
    for (int v = 0; v < n; v++) {
      assertThat(actual[v]).isCloseTo(expected[v], within(1e-12 * Math.max(1e-3, expected[v])));
    }
  }

  /** Brandes (2001), Algorithm 1, with predecessor lists; normalised as {@link Betweenness}. */
  static double[] textbookBrandes(Network network) {
    int n = network.size();
    double[] cb = new double[n];
    for (int s = 0; s < n; s++) {
      java.util.List<java.util.List<Integer>> predecessors = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        predecessors.add(new java.util.ArrayList<>());
      }
      double[] sigma = new double[n];
      int[] dist = new int[n];
      Arrays.fill(dist, -1);
      sigma[s] = 1;
      dist[s] = 0;
      ArrayDeque<Integer> stack = new ArrayDeque<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        stack.push(v);
        for (int k = 0; k < network.degree(v); k++) {
          int w = network.neighbour(v, k);
          if (dist[w] < 0) {
            queue.add(w);
            dist[w] = dist[v] + 1;
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
            predecessors.get(w).add(v);
          }
        }
      }
      double[] delta = new double[n];
      while (!stack.isEmpty()) {
        int w = stack.pop();
        for (int v : predecessors.get(w)) {
          delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
        }
        if (w != s) {
          cb[w] += delta[w];
        }
      }
    }
    double[] result = new double[n];
    if (n >= 3) {
      for (int v = 0; v < n; v++) {
        result[v] = cb[v] / ((n - 1.0) * (n - 2.0));
      }
    }
    return result;
  }
}
