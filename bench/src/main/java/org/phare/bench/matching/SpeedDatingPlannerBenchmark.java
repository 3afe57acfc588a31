package org.phare.bench.matching;

import java.util.List;
import java.util.Set;
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
import org.phare.core.indicator.Domain;
import org.phare.core.matching.AffinityContext;
import org.phare.core.matching.AffinityModel;
import org.phare.core.matching.EventFormat;
import org.phare.core.matching.Participant;
import org.phare.core.matching.SpeedDatingPlan;
import org.phare.core.matching.SpeedDatingPlanner;
import org.phare.core.testing.RandomEvents;

/**
 * Time to plan a whole speed-dating (affinity matrix, optimal choice of pairs, split into rounds,
 * tables, reasons of every meeting, and the upper bound). Target: 100 x 100 participants, 8 rounds,
 * under 1 s on 2 cores. See docs/benchmarks.md, section "Matching".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class SpeedDatingPlannerBenchmark {

  /** companies x associations x tables, 8 rounds. */
  @Param({"100x100x100", "100x100x60", "30x45x30", "20x20x20"})
  public String event;

  private List<Participant> participants;
  private EventFormat format;
  private final AffinityContext context =
      new AffinityContext(Set.of(Domain.EMPLOYMENT, Domain.POVERTY, Domain.MOBILITY));
  private final SpeedDatingPlanner planner = new SpeedDatingPlanner(AffinityModel.withDefaults());

  @Setup
  public void setUp() {
    String[] size = event.split("x");
    participants =
        RandomEvents.participants(2016, Integer.parseInt(size[0]), Integer.parseInt(size[1]));
    format = new EventFormat(8, Integer.parseInt(size[2]), 8);
  }

  @Benchmark
  public SpeedDatingPlan plan() {
    return planner.plan(participants, context, format);
  }
}
