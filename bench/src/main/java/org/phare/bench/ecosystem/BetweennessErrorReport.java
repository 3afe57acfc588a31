package org.phare.bench.ecosystem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.phare.core.ecosystem.Betweenness;
import org.phare.core.ecosystem.Network;

/**
 * Measures the error of the sampled betweenness against the exact value on the synthetic national
 * registry (documented command, not a JMH benchmark: it is an accuracy check that runs exact
 * Brandes once):
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" org.phare.bench.ecosystem.BetweennessErrorReport
 * </pre>
 */
public final class BetweennessErrorReport {

  private BetweennessErrorReport() {}

  public static void main(String[] args) {
    Network france = SyntheticRegistry.network(2026);
    long t0 = System.nanoTime();
    double[] exact = Betweenness.exact(france).values();
    long t1 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "exact Brandes: %d nodes, %d links, %.1f s%n",
        france.size(),
        france.linkCount(),
        (t1 - t0) / 1e9);
    for (int pivots : new int[] {64, 128, 256}) {
      long s0 = System.nanoTime();
      double[] sampled = Betweenness.sampled(france, pivots, 20161231L).values();
      long s1 = System.nanoTime();
      double maxAbs = 0;
      for (int v = 0; v < exact.length; v++) {
        maxAbs = Math.max(maxAbs, Math.abs(sampled[v] - exact[v]));
      }
      Integer[] byExact = top(exact, 100);
      Integer[] bySampled = top(sampled, 100);
      double relTop10 = 0;
      for (int i = 0; i < 10; i++) {
        int v = byExact[i];
        relTop10 = Math.max(relTop10, Math.abs(sampled[v] - exact[v]) / exact[v]);
      }
      Set<Integer> exactTop10 = new HashSet<>(Arrays.asList(byExact).subList(0, 10));
      long overlap10 = Arrays.stream(bySampled).limit(10).filter(exactTop10::contains).count();
      Set<Integer> exactTop100 = new HashSet<>(Arrays.asList(byExact));
      long overlap100 = Arrays.stream(bySampled).filter(exactTop100::contains).count();
      System.out.printf(
          Locale.ROOT,
          "pivots %d: %.2f s; max |error| %.2e (max exact %.2e); top-10 max relative error %.1f %%;"
              + " top-10 overlap %d/10; top-100 overlap %d/100%n",
          pivots,
          (s1 - s0) / 1e9,
          maxAbs,
          exact[byExact[0]],
          100 * relTop10,
          overlap10,
          overlap100);
    }
  }

  private static Integer[] top(double[] values, int k) {
    return IntStream.range(0, values.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer v) -> values[v]).reversed())
        .limit(k)
        .toArray(Integer[]::new);
  }
}
