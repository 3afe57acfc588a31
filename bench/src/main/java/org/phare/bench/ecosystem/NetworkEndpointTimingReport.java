package org.phare.bench.ecosystem;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.phare.core.ecosystem.Betweenness;
import org.phare.core.ecosystem.Network;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.TerritoryGraph;

/**
 * Latency distribution (median, 95th and 99th percentiles, maximum) of the ecosystem paths, from
 * the HTTP endpoint down to the betweenness alone, with the machine's load average before and
 * after, and the median JVM CPU time per operation (all threads of this process, PostgreSQL
 * excluded), which a shared machine disturbs less: on a shared machine the wall-clock figures mean
 * little without them (documented command; the JMH counterpart is {@link
 * NetworkEndpointBenchmark}). Run from the repository root:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xmx4g -cp "bench/target/classes:bench/target/lib/*" org.phare.bench.ecosystem.NetworkEndpointTimingReport [rounds]
 * </pre>
 */
public final class NetworkEndpointTimingReport {

  private NetworkEndpointTimingReport() {}

  interface Timed {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    try (NetworkServer web = NetworkServer.start()) {
      TerritoryId departement = TerritoryId.of(Level.DEPARTEMENT, "07");
      Network inMemory = departementNetwork(6);
      System.out.printf(
          Locale.ROOT,
          "département graph: %d bytes of JSON (%d gzipped); load average %.2f%n",
          web.get(NetworkServer.DEPARTEMENT_NETWORK, false).length,
          web.get(NetworkServer.DEPARTEMENT_NETWORK, true).length,
          load());
      // Warm-up: the JIT compiles the paths before anything is recorded.
      for (int i = 0; i < 20; i++) {
        web.get(NetworkServer.DEPARTEMENT_NETWORK, i % 2 == 0);
        web.database.services.analysis().metrics(TerritoryId.FRANCE);
      }
      report(
          "GET département network (HTTP, 1 MB JSON)",
          rounds,
          () -> web.get(NetworkServer.DEPARTEMENT_NETWORK, false));
      report(
          "GET département network (HTTP, gzip)",
          rounds,
          () -> web.get(NetworkServer.DEPARTEMENT_NETWORK, true));
      report(
          "  of which: graph service (SQL, build, betweenness, metrics)",
          rounds,
          () -> web.database.services.analysis().graph(departement, TerritoryGraph.Filter.NONE));
      report(
          "  of which: exact betweenness in memory (2,000 nodes)",
          rounds,
          () -> Betweenness.exact(inMemory));
      report(
          "France metrics (service: SQL, build, sampled betweenness, metrics)",
          Math.max(5, rounds / 4),
          () -> web.database.services.analysis().metrics(TerritoryId.FRANCE));
      report(
          "GET France overview (HTTP: counts and national metrics)",
          Math.max(5, rounds / 4),
          () -> web.get(NetworkServer.FRANCE_OVERVIEW, false));
      System.out.printf(Locale.ROOT, "load average at the end: %.2f%n", load());
    }
  }

  /** The département's network as the database serves it, built from the generator. */
  static Network departementNetwork(int departement) {
    Network.Builder builder = Network.builder();
    for (int i = 0; i < SyntheticRegistry.ORGANISATIONS; i++) {
      if (SyntheticRegistry.departement(i) == departement) {
        builder.node(i, SyntheticRegistry.type(i).family());
      }
    }
    for (int[] members : SyntheticRegistry.partnerships(RegistryDatabase.SEED)) {
      builder.clique(
          Arrays.stream(members)
              .filter(m -> SyntheticRegistry.departement(m) == departement)
              .asLongStream()
              .toArray());
    }
    return builder.build();
  }

  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static void report(String what, int rounds, Timed timed) throws Exception {
    double[] millis = new double[rounds];
    double[] cpuMillis = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long c0 = EcosystemTimingReport.cpu();
      long t0 = System.nanoTime();
      timed.run();
      millis[i] = (System.nanoTime() - t0) / 1e6;
      cpuMillis[i] = (EcosystemTimingReport.cpu() - c0) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    System.out.printf(
        Locale.ROOT,
        "%-70s n=%3d  median %7.1f ms  p95 %7.1f  p99 %7.1f  max %7.1f  JVM CPU median %7.1f"
            + "  (load %.2f)%n",
        what,
        rounds,
        percentile(millis, 0.50),
        percentile(millis, 0.95),
        percentile(millis, 0.99),
        millis[rounds - 1],
        percentile(cpuMillis, 0.50),
        load());
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
