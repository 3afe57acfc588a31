package org.phare.bench.indicator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.phare.bench.OpenDataLocation;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.store.indicator.IndicatorCatalogue;
import org.phare.store.indicator.IndicatorStore;
import org.phare.store.indicator.OpenDataBundle;
import org.phare.store.indicator.OpenDataFile;
import org.phare.store.indicator.ReadOptions;
import org.phare.store.indicator.SourceData;
import org.phare.store.indicator.SourceFormats;

/**
 * The phases of {@link ImportBenchmark}'s import, timed apart, for a machine shared with other work
 * where wall-clock alone misleads (documented command, see docs/benchmarks.md):
 *
 * <pre>
 * java -cp "bench/target/phare-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
 *     org.phare.bench.indicator.ImportTimingReport [rounds]
 * </pre>
 *
 * Each round empties the table, imports the file (read = parse and validate, thread CPU time too;
 * store = merge into PostgreSQL, whose own CPU time wall-clock includes) and imports it again
 * (every value unchanged, nothing written); then the 20 files of the open-data bundle, and the
 * reload of the stored bundle that a running server makes when another process changed it.
 */
public final class ImportTimingReport {

  private ImportTimingReport() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ImportBenchmark bench = new ImportBenchmark();
    bench.indicators = 40;
    bench.prepare();
    try {
      System.out.println("round  read wall  read cpu  store wall  total  values/s  repeat import");
      for (int round = 1; round <= rounds; round++) {
        bench.empty();
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        SourceData data =
            SourceFormats.byName("long")
                .read(bench.file, ReadOptions.auto(), bench.referential, bench.catalogue);
        long c1 = threads.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        IndicatorStore store = new IndicatorStore(bench.database.jdbi());
        IndicatorStore.ImportResult first =
            store.store("synthetic-long.csv", "long", "bench", data.observations(), List.of());
        long w2 = System.nanoTime();
        SourceData again =
            SourceFormats.byName("long")
                .read(bench.file, ReadOptions.auto(), bench.referential, bench.catalogue);
        IndicatorStore.ImportResult repeat =
            store.store("synthetic-long.csv", "long", "bench", again.observations(), List.of());
        long w3 = System.nanoTime();
        if (first.inserted() != bench.values || !repeat.changedNothing()) {
          throw new IllegalStateException("unexpected import results: " + first + " / " + repeat);
        }
        System.out.printf(
            Locale.ROOT,
            "%5d  %7.2f s  %6.2f s  %8.2f s  %5.2f s  %,8.0f  %6.2f s%n",
            round,
            (w1 - w0) / 1e9,
            (c1 - c0) / 1e9,
            (w2 - w1) / 1e9,
            (w2 - w0) / 1e9,
            bench.values / ((w2 - w0) / 1e9),
            (w3 - w2) / 1e9);
      }
      bundle(bench, rounds);
    } finally {
      bench.close();
    }
  }

  private static void bundle(ImportBenchmark bench, int rounds) throws Exception {
    IndicatorCatalogue catalogue = IndicatorCatalogue.load();
    IndicatorStore store = new IndicatorStore(bench.database.jdbi());
    store.syncCatalogue(catalogue.definitions());
    System.out.println("open-data bundle: round  files  values  read wall  store wall  values/s");
    for (int round = 1; round <= rounds; round++) {
      bench.empty();
      long values = 0;
      long read = 0;
      long stored = 0;
      for (OpenDataFile file : OpenDataBundle.files()) {
        long w0 = System.nanoTime();
        SourceData data =
            SourceFormats.byName(file.format())
                .read(
                    OpenDataLocation.dataDir().resolve(file.relativePath()),
                    ReadOptions.auto(),
                    bench.referential,
                    catalogue);
        long w1 = System.nanoTime();
        store.store(file.relativePath(), file.format(), "bench", data.observations(), List.of());
        long w2 = System.nanoTime();
        values += data.observations().size();
        read += w1 - w0;
        stored += w2 - w1;
      }
      System.out.printf(
          Locale.ROOT,
          "                  %5d  %5d  %,7d  %7.2f s  %8.2f s  %,8.0f%n",
          round,
          OpenDataBundle.files().size(),
          values,
          read / 1e9,
          stored / 1e9,
          values / ((read + stored) / 1e9));
    }
    reload(bench, store, catalogue, Math.max(3, rounds));
  }

  /**
   * What a running server does when another process changed indicator values: read every stored
   * series of the bundle back (one repeatable-read transaction) and build the diagnostic engine on
   * them ({@code IndicatorImportService.reload}).
   */
  private static void reload(
      ImportBenchmark bench, IndicatorStore store, IndicatorCatalogue catalogue, int rounds) {
    System.out.println("reload of the stored bundle: round  values  read wall  engine wall");
    for (int round = 1; round <= rounds; round++) {
      long w0 = System.nanoTime();
      IndicatorStore.VersionedDataset read =
          store.loadVersioned(bench.referential, catalogue.definitions());
      long w1 = System.nanoTime();
      DiagnosticEngine engine = new DiagnosticEngine(read.dataset());
      long w2 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "                             %5d  %,7d  %7.2f s  %9.2f s%n",
          round,
          engine.data().size(),
          (w1 - w0) / 1e9,
          (w2 - w1) / 1e9);
    }
  }
}
