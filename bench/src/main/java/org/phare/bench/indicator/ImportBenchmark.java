package org.phare.bench.indicator;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.phare.bench.OpenDataLocation;
import org.phare.bench.diagnostic.SyntheticIndicators;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.Settings;
import org.phare.store.database.Database;
import org.phare.store.indicator.IndicatorCatalogue;
import org.phare.store.indicator.IndicatorStore;
import org.phare.store.indicator.ReadOptions;
import org.phare.store.indicator.SourceData;
import org.phare.store.indicator.SourceFormats;
import org.phare.store.territory.TerritoryLoader;
import org.phare.store.territory.TerritoryStore;

/**
 * End-to-end import of a synthetic {@code long} CSV (every commune x {@code indicators} rate
 * indicators, with numerators and denominators) into an empty table of the embedded PostgreSQL:
 * parse and validate the file, then merge it into the stored series in one transaction. Target: at
 * least 300,000 values/s. Divide the value count printed at set-up by the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ImportBenchmark {

  @Param({"40"})
  int indicators;

  Path dir;
  Path file;
  Database database;
  TerritoryReferential referential;
  IndicatorCatalogue catalogue;
  long values;

  @Setup
  public void prepare() throws IOException {
    dir = Files.createTempDirectory("phare-import-bench");
    database = Database.open(new Settings(null, dir.resolve("pgdata"), null));
    TerritoryStore territories = new TerritoryStore(database.jdbi());
    territories.replace(
        TerritoryLoader.load(OpenDataLocation.dataDir().resolve("decoupage-administratif")));
    referential = territories.load();
    List<IndicatorDefinition> definitions = SyntheticIndicators.catalogue(indicators);
    catalogue =
        IndicatorCatalogue.load(
            new ByteArrayInputStream(yaml(definitions).getBytes(StandardCharsets.UTF_8)),
            "synthetic");
    new IndicatorStore(database.jdbi()).syncCatalogue(catalogue.definitions());
    file = dir.resolve("synthetic-long.csv");
    long[] count = {0};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("indicator,level,code,vintage,value,numerator,denominator\n");
      SyntheticIndicators.forEachObservation(
          referential,
          definitions,
          o -> {
            try {
              out.write(
                  String.format(
                      Locale.ROOT,
                      "%s,commune,%s,%s,%.4f,%.2f,%.0f%n",
                      o.indicator(),
                      o.territory().code(),
                      o.vintage(),
                      o.value(),
                      o.numerator(),
                      o.denominator()));
              count[0]++;
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
    values = count[0];
    System.out.printf("%nsynthetic file: %,d values, %,d bytes%n", values, Files.size(file));
  }

  static String yaml(List<IndicatorDefinition> definitions) {
    StringBuilder out =
        new StringBuilder(
            "sources:\n  synthetic:\n    producer: \"bench\"\n    dataset: \"synthetic\"\nindicators:\n");
    for (IndicatorDefinition d : definitions) {
      out.append("  - code: ")
          .append(d.code())
          .append('\n')
          .append("    labelFr: \"")
          .append(d.labelFr())
          .append("\"\n")
          .append("    labelEn: \"")
          .append(d.labelEn())
          .append("\"\n")
          .append("    domain: ")
          .append(d.domain())
          .append('\n')
          .append("    unit: \"%\"\n")
          .append("    polarity: ")
          .append(d.polarity())
          .append('\n')
          .append("    source: synthetic\n")
          .append("    levels: [commune, epci, departement, region, country]\n")
          .append("    aggregation: RATE\n    scale: 100\n")
          .append("    numerator: \"cases\"\n    denominator: \"population\"\n");
    }
    return out.toString();
  }

  @Setup(Level.Iteration)
  public void empty() {
    database
        .jdbi()
        .useHandle(
            h -> {
              h.execute("truncate indicator_series");
              h.execute("delete from indicator_import");
            });
  }

  /** The reading part alone: parse and validate the file, nothing stored. */
  @Benchmark
  public SourceData readFile() throws Exception {
    return SourceFormats.byName("long").read(file, ReadOptions.auto(), referential, catalogue);
  }

  @Benchmark
  public IndicatorStore.ImportResult importFile() throws Exception {
    SourceData data =
        SourceFormats.byName("long").read(file, ReadOptions.auto(), referential, catalogue);
    return new IndicatorStore(database.jdbi())
        .store(
            file.getFileName().toString(), "long", "bench", data.observations(), data.warnings());
  }

  @TearDown
  public void close() {
    database.close();
  }
}
