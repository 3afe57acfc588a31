package org.phare.bench.ecosystem;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.phare.core.ecosystem.Betweenness;
import org.phare.core.ecosystem.Network;
import org.phare.core.ecosystem.NetworkMetrics;

/**
 * Network metrics of the whole synthetic registry (50,000 organisations, 200,000 partnerships), in
 * memory: the core computation behind "metrics for France". Run:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main 'ecosystem.NetworkMetricsBenchmark'
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class NetworkMetricsBenchmark {

  Network france;

  @Setup
  public void setUp() {
    france = SyntheticRegistry.network(2026);
  }

  /** Building the graph from the partnerships (clique expansion, merge of parallel links). */
  @Benchmark
  public Network buildNetwork() {
    return SyntheticRegistry.network(2026);
  }

  /** All metrics, betweenness sampled (Brandes-Pich, 256 pivots) as used above 5,000 nodes. */
  @Benchmark
  public NetworkMetrics metricsFrance() {
    return NetworkMetrics.of(france);
  }

  /** Exact Brandes on 50,000 nodes, once: shows why the sampled estimate is used. */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Betweenness exactBetweennessFrance() {
    return Betweenness.exact(france);
  }
}
