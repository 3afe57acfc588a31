package org.phare.bench.survey;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.phare.core.survey.Calibration;
import org.phare.core.survey.CalibrationOptions;
import org.phare.core.survey.Factor;
import org.phare.core.survey.Margin;
import org.phare.core.survey.SurveyDesign;
import org.phare.core.survey.SurveyEstimator;

/**
 * CPU time (single thread) of the two survey workloads, next to wall time: on a shared machine the
 * JMH wall-clock figures include waiting for the CPU, CPU time does not. Comparable with R's {@code
 * system.time} user+system time printed by {@code bench_survey.R}. Usage: {@code java ...
 * SurveyCpuTime [ROWS]}; prints the best of 8 runs after warm-up.
 */
public final class SurveyCpuTime {

  private SurveyCpuTime() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    SurveyBenchData d = new SurveyBenchData(rows, 20_260_101L);
    Factor region = d.regionFactor();
    SurveyBenchmark b = new SurveyBenchmark();
    b.rows = rows;
    b.setUp();
    List<Margin> margins = b.margins;
    b.tearDown();
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    long bestRakeCpu = Long.MAX_VALUE;
    long bestRakeWall = Long.MAX_VALUE;
    for (int rep = 0; rep < 10; rep++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      SurveyDesign design = SurveyDesign.builder(rows).strata(d.region).weights(d.weight).build();
      SurveyEstimator est = new SurveyEstimator(design);
      for (int k = 0; k < SurveyBenchData.RATINGS; k++) {
        est.means("r" + (k + 1), d.ratings[k], region, true);
      }
      long c1 = mx.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      Calibration.rake(
          SurveyDesign.builder(rows).weights(d.weight).build(),
          margins,
          CalibrationOptions.DEFAULT);
      long c2 = mx.getCurrentThreadCpuTime();
      long w2 = System.nanoTime();
      if (rep >= 2) {
        bestCpu = Math.min(bestCpu, c1 - c0);
        bestWall = Math.min(bestWall, w1 - w0);
        bestRakeCpu = Math.min(bestRakeCpu, c2 - c1);
        bestRakeWall = Math.min(bestRakeWall, w2 - w1);
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "Java, 1 thread: design + means of 16 ratings, whole + 13 regions + vs rest: cpu %d ms,"
            + " wall %d ms%n",
        bestCpu / 1_000_000,
        bestWall / 1_000_000);
    System.out.printf(
        java.util.Locale.ROOT,
        "Java, 1 thread: rake 3 margins: cpu %d ms, wall %d ms%n",
        bestRakeCpu / 1_000_000,
        bestRakeWall / 1_000_000);
  }
}
