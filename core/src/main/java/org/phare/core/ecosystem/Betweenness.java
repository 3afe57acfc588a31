package org.phare.core.ecosystem;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Betweenness centrality of an undirected, unweighted {@link Network}: for node v, {@code Σ_{s<t,
 * s≠v≠t} σ_st(v) / σ_st}, where σ_st is the number of shortest paths between s and t and σ_st(v)
 * those through v (Freeman 1977). Computed with Brandes' algorithm (Brandes 2001, "A faster
 * algorithm for betweenness centrality"), O(n·m) time, O(n+m) memory.
 *
 * <p>Values are normalised by the number of pairs not involving v, {@code (n-1)(n-2)/2}, so they
 * lie in [0, 1] and compare across territories; a graph of fewer than three nodes gives all zeros.
 * Unreachable pairs contribute nothing (each connected component counts on its own).
 *
 * <p>Large graphs: exact Brandes on 50,000 organisations and 200,000 links takes minutes, so above
 * {@link #EXACT_LIMIT} nodes the estimate of Brandes and Pich (2007, "Centrality estimation in
 * large networks") is used: the single-source dependencies of k pivots drawn uniformly without
 * replacement, scaled by n/k. It is unbiased but noisy for a single node (standard error about
 * {@code n · sd(δ_s(v)) / sqrt(k)}): on 50,000 synthetic organisations, 128 pivots find 7 of the 10
 * strongest bridges (docs/benchmarks.md, "Ecosystem"). The searches run in parallel over fixed
 * chunks of sources, summed in chunk order, so results do not depend on thread scheduling.
 */
public final class Betweenness {

  /** Graphs up to this many nodes get the exact value. */
  public static final int EXACT_LIMIT = 5_000;

  /** Pivots used above {@link #EXACT_LIMIT}. */
  public static final int DEFAULT_PIVOTS = 128;

  private final double[] values;
  private final int pivots;

  private Betweenness(double[] values, int pivots) {
    this.values = values;
    this.pivots = pivots;
  }

  /** Exact when the graph has at most {@link #EXACT_LIMIT} nodes, otherwise sampled. */
  public static Betweenness of(Network network) {
    return network.size() <= EXACT_LIMIT
        ? exact(network)
        : sampled(network, DEFAULT_PIVOTS, 20161231L);
  }

  public static Betweenness exact(Network network) {
    int n = network.size();
    int[] sources = new int[n];
    for (int i = 0; i < n; i++) {
      sources[i] = i;
    }
    return new Betweenness(normalise(accumulate(network, sources, 1.0), n), n);
  }

  /**
   * Sums the single-source dependencies of the given sources, in parallel over fixed chunks whose
   * partial sums are added in chunk order: the result does not depend on thread scheduling.
   */
  private static double[] accumulate(Network network, int[] sources, double scale) {
    int n = network.size();
    Relabelled graph = Relabelled.of(network);
    int chunks = Math.max(1, Math.min(sources.length / 16, CHUNKS));
    double[][] partial = new double[chunks][];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              double[] raw = new double[n];
              Workspace w = new Workspace(n, graph.adjacency().length);
              int from = (int) ((long) sources.length * c / chunks);
              int to = (int) ((long) sources.length * (c + 1) / chunks);
              for (int i = from; i < to; i++) {
                w.accumulate(graph, graph.oldToNew[sources[i]], raw, scale);
              }
              partial[c] = raw;
            });
    double[] total = new double[n];
    for (int c = 0; c < chunks; c++) {
      for (int v = 0; v < n; v++) {
        total[graph.newToOld[v]] += partial[c][v];
      }
    }
    return total;
  }

  /**
   * The graph renumbered in breadth-first order, so that neighbours sit close together in memory:
   * the searches touch the per-node arrays far more locally (about twice as fast on 50,000 nodes).
   */
  private record Relabelled(int[] offsets, int[] adjacency, int[] oldToNew, int[] newToOld) {
    static Relabelled of(Network network) {
      int n = network.size();
      int[] oldToNew = new int[n];
      java.util.Arrays.fill(oldToNew, -1);
      int[] newToOld = new int[n];
      int next = 0;
      for (int s = 0; s < n; s++) {
        if (oldToNew[s] >= 0) {
          continue;
        }
        oldToNew[s] = next;
        newToOld[next++] = s;
        for (int head = next - 1; head < next; head++) {
          int v = newToOld[head];
          for (int k = 0; k < network.degree(v); k++) {
            int w = network.neighbour(v, k);
            if (oldToNew[w] < 0) {
              oldToNew[w] = next;
              newToOld[next++] = w;
            }
          }
        }
      }
      int[] offsets = new int[n + 1];
      for (int i = 0; i < n; i++) {
        offsets[i + 1] = offsets[i] + network.degree(newToOld[i]);
      }
      int[] adjacency = new int[offsets[n]];
      for (int i = 0; i < n; i++) {
        int v = newToOld[i];
        for (int k = 0; k < network.degree(v); k++) {
          adjacency[offsets[i] + k] = oldToNew[network.neighbour(v, k)];
        }
      }
      return new Relabelled(offsets, adjacency, oldToNew, newToOld);
    }
  }

  /**
   * Most chunks of sources, run by the common pool's threads. More chunks than cores, so that a
   * thread slowed down by other work on a shared machine leaves its remaining chunks to the others;
   * a constant, so that the sum (hence its rounding) is the same on every machine.
   */
  private static final int CHUNKS = 16;

  /**
   * Brandes-Pich estimate from {@code pivots} sources drawn without replacement with the given seed
   * (deterministic for a seed). With pivots ≥ n it is the exact value.
   */
  public static Betweenness sampled(Network network, int pivots, long seed) {
    int n = network.size();
    if (pivots >= n) {
      return exact(network);
    }
    if (pivots < 1) {
      throw new IllegalArgumentException("pivots must be at least 1");
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < pivots; i++) {
      int j = i + random.nextInt(n - i);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    double[] raw = accumulate(network, java.util.Arrays.copyOf(order, pivots), (double) n / pivots);
    return new Betweenness(normalise(raw, n), pivots);
  }

  private static double[] normalise(double[] raw, int n) {
    double[] result = new double[n];
    if (n < 3) {
      return result;
    }
    // Each unordered pair is counted from both ends, hence the 2 in the denominator.
    double pairs = (n - 1.0) * (n - 2.0);
    for (int v = 0; v < n; v++) {
      result[v] = raw[v] / pairs;
    }
    return result;
  }

  /** Normalised betweenness of a node. */
  public double value(int node) {
    return values[node];
  }

  public double[] values() {
    return values.clone();
  }

  /** Sources used: n when exact. */
  public int pivots() {
    return pivots;
  }

  public boolean isExact() {
    return pivots == values.length;
  }

  /** Reusable arrays for one single-source pass. */
  private static final class Workspace {
    final int[] distance;
    final double[] sigma;
    final double[] coefficient;
    final int[] order;

    /** Shortest-path successors, grouped by the position of their node in {@link #order}. */
    final int[] successors;

    /** successors of order[i] are successors[successorEnd[i-1] .. successorEnd[i]). */
    final int[] successorEnd;

    Workspace(int n, int adjacencyLength) {
      distance = new int[n];
      sigma = new double[n];
      coefficient = new double[n];
      // One spare slot each: the branch-free loops below write before they decide to keep.
      order = new int[n + 1];
      successors = new int[adjacencyLength + 1];
      successorEnd = new int[n];
      Arrays.fill(distance, -1);
    }

    /**
     * Adds {@code scale × δ_s(v)} to raw[v] for every v ≠ s.
     *
     * <p>The forward search has no data-dependent branch: whether a neighbour is new, and whether
     * it lies one step further, are coin flips for the branch predictor, and the mispredictions
     * cost more than the few stores that are done unconditionally instead (on the 2,000-node
     * benchmark graph this halves the time). It also records each node's successors on shortest
     * paths, so the backward pass reads only those, and Brandes' sum {@code δ(v) = Σ_w σ_v/σ_w (1 +
     * δ(w))} is computed as {@code σ_v · Σ_w c_w} with {@code c_w = (1 + δ(w)) / σ_w} worked out
     * once per node: no division per link. Both give the same value up to rounding (about 1e-15
     * relative, checked against the textbook form in the tests).
     */
    void accumulate(Relabelled graph, int s, double[] raw, double scale) {
      int[] offsets = graph.offsets();
      int[] adjacency = graph.adjacency();
      int tail = 1;
      int kept = 0;
      order[0] = s;
      distance[s] = 0;
      sigma[s] = 1;
      for (int head = 0; head < tail; head++) {
        int v = order[head];
        int next = distance[v] + 1;
        double sigmaV = sigma[v];
        for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
          int w = adjacency[k];
          int dw = distance[w];
          int unseen = dw >> 31; // -1 when w is not reached yet, else 0
          dw = (next & unseen) | (dw & ~unseen);
          distance[w] = dw;
          order[tail] = w;
          tail -= unseen;
          int diff = dw ^ next;
          int successor = ~(diff | -diff) >>> 31; // 1 when dw == next, else 0
          successors[kept] = w;
          kept += successor;
          // σ counts stay far below overflow, so adding 0·σ_v leaves σ_w unchanged.
          sigma[w] += successor * sigmaV;
        }
        successorEnd[head] = kept;
      }
      // Back-propagation in order of decreasing distance (reverse BFS order).
      for (int i = tail - 1; i > 0; i--) {
        int v = order[i];
        double sum = 0;
        for (int k = successorEnd[i - 1], end = successorEnd[i]; k < end; k++) {
          sum += coefficient[successors[k]];
        }
        double delta = sigma[v] * sum;
        coefficient[v] = (1 + delta) / sigma[v];
        raw[v] += scale * delta;
      }
      for (int i = 0; i < tail; i++) {
        int v = order[i];
        distance[v] = -1;
        sigma[v] = 0;
        coefficient[v] = 0;
      }
    }
  }
}
