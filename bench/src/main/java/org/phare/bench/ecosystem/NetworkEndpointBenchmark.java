package org.phare.bench.ecosystem;

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

/**
 * A département's network served end to end — HTTP request, SQL, graph, exact betweenness, metrics,
 * JSON, response read by {@code java.net.http} — by the web server over the embedded database
 * holding the synthetic registry (50,000 organisations, 200,000 partnerships; the département has
 * 2,000 organisations). Sample mode: JMH prints the median and the 90th, 95th and 99th percentiles.
 * Run from the repository root (the map outlines are read from ../shared/data/geo):
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main 'ecosystem.NetworkEndpointBenchmark'
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class NetworkEndpointBenchmark {

  NetworkServer web;

  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    web = NetworkServer.start();
    byte[] body = web.get(NetworkServer.DEPARTEMENT_NETWORK, false);
    if (body.length < 500_000) {
      throw new IllegalStateException("the département's network is only " + body.length + " B");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    web.close();
  }

  /** The uncompressed JSON (about 1 MB), as a script or java.net.http reads it. */
  @Benchmark
  public byte[] departementNetwork() throws IOException, InterruptedException {
    return web.get(NetworkServer.DEPARTEMENT_NETWORK, false);
  }

  /** With {@code Accept-Encoding: gzip}, as a browser asks for it. */
  @Benchmark
  public byte[] departementNetworkGzip() throws IOException, InterruptedException {
    return web.get(NetworkServer.DEPARTEMENT_NETWORK, true);
  }
}
