package org.phare.bench.ecosystem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.TerritoryGraph;

/**
 * Wall-clock and JVM CPU time of the store paths measured by {@link EcosystemStoreBenchmark}, for a
 * machine shared with other work where wall-clock alone misleads (documented command):
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" org.phare.bench.ecosystem.EcosystemTimingReport
 * </pre>
 *
 * JVM CPU time excludes PostgreSQL's own work, which wall-clock includes.
 */
public final class EcosystemTimingReport {

  private EcosystemTimingReport() {}

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    try (RegistryDatabase database = RegistryDatabase.open()) {
      EcosystemServices services = database.services;
      ObjectMapper json = new ObjectMapper();
      TerritoryId departement = TerritoryId.of(Level.DEPARTEMENT, "07");
      for (int round = 0; round < 8; round++) {
        long c0 = cpu();
        long w0 = System.nanoTime();
        services.analysis().metrics(TerritoryId.FRANCE);
        long c1 = cpu();
        long w1 = System.nanoTime();
        byte[] graph =
            json.writeValueAsBytes(
                services.analysis().graph(departement, TerritoryGraph.Filter.NONE));
        long c2 = cpu();
        long w2 = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "round %d: France metrics wall %.0f ms, JVM CPU %.0f ms; département graph (%d bytes)"
                + " wall %.0f ms, JVM CPU %.0f ms%n",
            round,
            (w1 - w0) / 1e6,
            (c1 - c0) / 1e6,
            graph.length,
            (w2 - w1) / 1e6,
            (c2 - c1) / 1e6);
      }
    }
  }
}
