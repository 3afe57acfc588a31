package org.phare.bench.diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.phare.bench.OpenDataLocation;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.diagnostic.Reference;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.indicator.IndicatorCatalogue;
import org.phare.store.indicator.OpenDataBundle;
import org.phare.store.indicator.OpenDataFile;
import org.phare.store.indicator.ReadOptions;
import org.phare.store.indicator.SourceFormats;
import org.phare.store.territory.TerritoryLoader;

/**
 * Diagnosing every commune, EPCI, département and region for all indicators of the latest vintage,
 * from a fresh engine (no cached peer statistics): on the real open data, and on a synthetic
 * national file of about 35,000 communes x 330 rate indicators (aggregated to every level). Targets
 * on 2 cores: real under 2 s, synthetic under 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DiagnosticBenchmark {

  @Param({"real", "synthetic"})
  String data;

  @Param({"NATIONAL", "PEERS"})
  Reference reference;

  IndicatorDataset dataset;

  @Setup
  public void load() throws Exception {
    Path dir = OpenDataLocation.dataDir();
    TerritoryReferential referential =
        TerritoryLoader.load(dir.resolve("decoupage-administratif")).referential();
    if (data.equals("synthetic")) {
      dataset = SyntheticIndicators.dataset(referential, 330);
    } else {
      IndicatorCatalogue catalogue = IndicatorCatalogue.load();
      IndicatorDataset.Builder builder =
          IndicatorDataset.builder(referential, catalogue.definitions());
      for (OpenDataFile file : OpenDataBundle.files()) {
        SourceFormats.byName(file.format())
            .read(dir.resolve(file.relativePath()), ReadOptions.auto(), referential, catalogue)
            .observations()
            .forEach(builder::add);
      }
      dataset = builder.build();
    }
    System.out.printf("%n%s dataset: %,d values%n", data, dataset.size());
  }

  @Benchmark
  public void diagnoseEveryTerritory(Blackhole blackhole) {
    DiagnosticEngine engine = new DiagnosticEngine(dataset);
    for (Level level : List.of(Level.REGION, Level.DEPARTEMENT, Level.EPCI, Level.COMMUNE)) {
      engine.diagnoseAll(level, reference, null, blackhole::consume);
    }
  }
}
