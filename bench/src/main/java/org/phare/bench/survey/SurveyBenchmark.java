package org.phare.bench.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.phare.core.survey.Calibration;
import org.phare.core.survey.CalibrationOptions;
import org.phare.core.survey.CalibrationResult;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Factor;
import org.phare.core.survey.Margin;
import org.phare.core.survey.SmallBaseRule;
import org.phare.core.survey.SurveyDesign;
import org.phare.core.survey.SurveyEstimator;

/**
 * Survey targets (docs/benchmarks.md, section Survey): 1,000,000 respondents x 16 ratings, weighted
 * means with SE by 13 regions plus the comparison of each region with the rest, under 1 s on 2
 * cores (design construction included); raking 1,000,000 rows on 3 margins under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
public class SurveyBenchmark {

  @Param({"1000000"})
  public int rows;

  SurveyBenchData data;
  Factor region;
  int[] strata;
  List<Margin> margins;
  ForkJoinPool pool;

  @Setup(Level.Trial)
  public void setUp() {
    data = new SurveyBenchData(rows, 20_260_101L);
    region = data.regionFactor();
    strata = data.region;
    Factor age = SurveyBenchData.factor("age", "A", data.age);
    Factor sex = SurveyBenchData.factor("sex", "S", data.sex);
    margins = new ArrayList<>();
    // Population margins: 30 million people, shares slightly off the sample's.
    margins.add(margin(region, 30e6, 0.07));
    margins.add(margin(age, 30e6, 0.11));
    margins.add(margin(sex, 30e6, 0.05));
    pool = new ForkJoinPool(2);
  }

  static Margin margin(Factor f, double population, double tilt) {
    Map<String, Double> totals = new LinkedHashMap<>();
    int k = f.levels().size();
    double sum = 0;
    double[] s = new double[k];
    for (int j = 0; j < k; j++) {
      s[j] = 1 + tilt * (j % 3 - 1);
      sum += s[j];
    }
    for (int j = 0; j < k; j++) {
      totals.put(f.levels().get(j), population * s[j] / sum);
    }
    return new Margin(f, totals);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /** Design (strata = regions, weights) + 16 x (whole + 13 regions + comparison to the rest). */
  @Benchmark
  public List<Estimate> meansByRegionWithComparison() throws Exception {
    SurveyDesign design = SurveyDesign.builder(rows).strata(strata).weights(data.weight).build();
    SurveyEstimator est = new SurveyEstimator(design);
    SmallBaseRule rule = SmallBaseRule.DEFAULT;
    return pool.submit(
            () ->
                IntStream.range(0, SurveyBenchData.RATINGS)
                    .parallel()
                    .mapToObj(k -> est.means("r" + (k + 1), data.ratings[k], region, true))
                    .flatMap(List::stream)
                    .map(rule::apply)
                    .toList())
        .get();
  }

  /** Raking of 1,000,000 weights on region (13), age band (6) and sex (2). */
  @Benchmark
  public CalibrationResult rakeThreeMargins() {
    SurveyDesign design = SurveyDesign.builder(rows).weights(data.weight).build();
    return Calibration.rake(design, margins, CalibrationOptions.DEFAULT);
  }
}
