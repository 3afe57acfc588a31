package org.phare.bench.ecosystem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.phare.core.ecosystem.NetworkMetrics;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemOverview;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.TerritoryGraph;

/**
 * The same registry in an embedded PostgreSQL ({@link RegistryDatabase}, reused between runs),
 * measured through the store services: France's metrics (read 50,000 organisations and ~430,000
 * memberships, build, compute), a département's graph of 2,000 organisations with exact
 * betweenness, serialised to JSON as the network endpoint does, and a département's overview for
 * the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EcosystemStoreBenchmark {

  RegistryDatabase database;
  EcosystemServices services;
  final ObjectMapper json = new ObjectMapper();
  final TerritoryId departement = TerritoryId.of(org.phare.core.territory.Level.DEPARTEMENT, "07");

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    database = RegistryDatabase.open();
    services = database.services;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    database.close();
  }

  @Benchmark
  public NetworkMetrics metricsFrance() {
    return services.analysis().metrics(TerritoryId.FRANCE);
  }

  @Benchmark
  public byte[] departementGraphAsJson() throws IOException {
    TerritoryGraph graph = services.analysis().graph(departement, TerritoryGraph.Filter.NONE);
    if (graph.nodes().size() != SyntheticRegistry.PER_DEPARTEMENT) {
      throw new IllegalStateException("expected 2,000 nodes, got " + graph.nodes().size());
    }
    return json.writeValueAsBytes(graph);
  }

  @Benchmark
  public EcosystemOverview departementOverview() {
    return services.analysis().overview(departement);
  }
}
