package org.phare.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariances every design-based estimator must have, on random stratified cluster samples. */
class SurveyPropertiesTest {

  /**
   * A random sample: strata, clusters (codes repeated across strata), weights, a rating, a group.
   */
  record Sample(int[] strata, int[] clusters, int[] intWeights, double[] y, int[] group) {
    int size() {
      return y.length;
    }

    double[] weights() {
      double[] w = new double[intWeights.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = intWeights[i];
      }
      return w;
    }

    Factor groupFactor() {
      String[] s = new String[group.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = group[i] < 0 ? null : "g" + group[i];
      }
      return Factor.of("region", s);
    }

    SurveyDesign design(double[] w) {
      return SurveyDesign.builder(size())
          .strata(strata)
          .clusters(clusters)
          .weights(w)
          .lonelyPsu(LonelyPsu.CERTAINTY)
          .build();
    }
  }

  static Sample sample(long seed, int n) {
    Random r = new Random(seed);
    int[] strata = new int[n];
    int[] clusters = new int[n];
    int[] w = new int[n];
    double[] y = new double[n];
    int[] g = new int[n];
    for (int i = 0; i < n; i++) {
      strata[i] = r.nextInt(3);
      clusters[i] = r.nextInt(4);
      w[i] = 1 + r.nextInt(5);
      y[i] = r.nextInt(10) == 0 ? Double.NaN : 1 + r.nextInt(10);
      g[i] = r.nextInt(12) == 0 ? -1 : r.nextInt(4);
    }
    return new Sample(strata, clusters, w, y, g);
  }

  static void same(double a, double b) {
    if (Double.isNaN(b)) {
      assertThat(a).isNaN();
    } else {
      assertThat(a).isCloseTo(b, within(1e-9 * Math.max(1, Math.abs(b))));
    }
  }

  @Property(tries = 60)
  void integer_weights_equal_row_repetition(
      @ForAll long seed, @ForAll @IntRange(min = 5, max = 60) int n) {
    Sample s = sample(seed, n);
    // Repeat each row w times with weight 1 (each copy in the same stratum and cluster).
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < s.intWeights()[i]; k++) {
        rows.add(i);
      }
    }
    int m = rows.size();
    int[] st = new int[m];
    int[] cl = new int[m];
    double[] ones = new double[m];
    double[] y = new double[m];
    int[] g = new int[m];
    for (int j = 0; j < m; j++) {
      int i = rows.get(j);
      st[j] = s.strata()[i];
      cl[j] = s.clusters()[i];
      ones[j] = 1;
      y[j] = s.y()[i];
      g[j] = s.group()[i];
    }
    Sample rep = new Sample(st, cl, new int[m], y, g);
    SurveyEstimator weighted = new SurveyEstimator(s.design(s.weights()));
    SurveyEstimator repeated = new SurveyEstimator(rep.design(ones));
    same(
        weighted.mean("y", s.y(), null, null).estimate(),
        repeated.mean("y", y, null, null).estimate());
    same(
        weighted.total("y", s.y(), null, null).estimate(),
        repeated.total("y", y, null, null).estimate());
    for (double p : new double[] {0.1, 0.5, 0.9}) {
      same(
          weighted.quantile("y", s.y(), p, null, null).estimate(),
          repeated.quantile("y", y, p, null, null).estimate());
    }
    List<Estimate> a = weighted.sharesAtLeast("y", s.y(), 6, s.groupFactor(), false);
    List<Estimate> b = repeated.sharesAtLeast("y", y, 6, rep.groupFactor(), false);
    for (int k = 0; k < a.size(); k++) {
      same(a.get(k).estimate(), b.get(k).estimate());
      same(a.get(k).weightedN(), b.get(k).weightedN());
    }
  }

  @Property(tries = 60)
  void scaling_all_weights_leaves_means_and_their_errors_unchanged(
      @ForAll long seed, @ForAll @DoubleRange(min = 0.01, max = 1000) double factor) {
    Sample s = sample(seed, 80);
    double[] w = s.weights();
    double[] scaled = w.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= factor;
    }
    List<Estimate> a = new SurveyEstimator(s.design(w)).means("y", s.y(), s.groupFactor(), true);
    List<Estimate> b =
        new SurveyEstimator(s.design(scaled)).means("y", s.y(), s.groupFactor(), true);
    for (int k = 0; k < a.size(); k++) {
      same(b.get(k).estimate(), a.get(k).estimate());
      same(b.get(k).se(), a.get(k).se());
      if (a.get(k).comparison() != null) {
        same(b.get(k).comparison().pValue(), a.get(k).comparison().pValue());
      }
    }
  }

  @Property(tries = 60)
  void row_order_does_not_matter(@ForAll long seed) {
    Sample s = sample(seed, 70);
    int n = s.size();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    Random r = new Random(seed ^ 0x5DEECE66DL);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] st = new int[n];
    int[] cl = new int[n];
    int[] iw = new int[n];
    double[] y = new double[n];
    int[] g = new int[n];
    for (int i = 0; i < n; i++) {
      st[i] = s.strata()[perm[i]];
      cl[i] = s.clusters()[perm[i]];
      iw[i] = s.intWeights()[perm[i]];
      y[i] = s.y()[perm[i]];
      g[i] = s.group()[perm[i]];
    }
    Sample shuffled = new Sample(st, cl, iw, y, g);
    SurveyEstimator a = new SurveyEstimator(s.design(s.weights()));
    SurveyEstimator b = new SurveyEstimator(shuffled.design(shuffled.weights()));
    List<Estimate> ea = a.means("y", s.y(), s.groupFactor(), true);
    List<Estimate> eb = b.means("y", y, shuffled.groupFactor(), true);
    ea.addAll(a.totals("y", s.y(), s.groupFactor(), true));
    eb.addAll(b.totals("y", y, shuffled.groupFactor(), true));
    ea.addAll(a.quantiles("y", s.y(), 0.5, s.groupFactor()));
    eb.addAll(b.quantiles("y", y, 0.5, shuffled.groupFactor()));
    for (int k = 0; k < ea.size(); k++) {
      same(eb.get(k).estimate(), ea.get(k).estimate());
      same(eb.get(k).se(), ea.get(k).se());
    }
  }

  @Property(tries = 60)
  void by_group_fast_path_equals_domain_estimation_on_masks(
      @ForAll long seed, @ForAll boolean rowsArePsus) {
    Sample s = sample(seed, 90);
    // Without clusters every row is a PSU: the moment-based path; with clusters: the cell path.
    SurveyDesign d =
        rowsArePsus
            ? SurveyDesign.builder(s.size()).strata(s.strata()).weights(s.weights()).build()
            : s.design(s.weights());
    SurveyEstimator est = new SurveyEstimator(d);
    Factor by = s.groupFactor();
    List<Estimate> fast = est.means("y", s.y(), by, true);
    for (int g = 0; g < by.levels().size(); g++) {
      Estimate e = fast.get(g + 1);
      boolean[] in = SurveyEstimator.groupMask(by, g);
      boolean[] rest = SurveyEstimator.restMask(by, g);
      Estimate slow = est.mean("y", s.y(), in, by.levelLabel(g));
      same(e.estimate(), slow.estimate());
      same(e.se(), slow.se());
      same(e.ciLow(), slow.ciLow());
      assertThat(e.n()).isEqualTo(slow.n());
      assertThat(e.degreesOfFreedom()).isEqualTo(slow.degreesOfFreedom());
      double[] y = s.y();
      boolean[] inY = new boolean[y.length];
      boolean[] restY = new boolean[y.length];
      for (int i = 0; i < y.length; i++) {
        inY[i] = in[i] && !Double.isNaN(y[i]);
        restY[i] = rest[i] && !Double.isNaN(y[i]);
      }
      Comparison c = est.compare(est.linearMean(y, inY), est.linearMean(y, restY));
      same(e.comparison().diff(), c.diff());
      same(e.comparison().se(), c.se());
      same(e.comparison().pValue(), c.pValue());
    }
  }

  @Property(tries = 40)
  void raking_reproduces_every_margin_to_the_tolerance(@ForAll long seed) {
    Random r = new Random(seed);
    int n = 150;
    String[] a = new String[n];
    String[] b = new String[n];
    String[] c = new String[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = "a" + r.nextInt(3);
      b[i] = "b" + r.nextInt(4);
      c[i] = "c" + r.nextInt(2);
      w[i] = 0.5 + r.nextDouble() * 3;
    }
    SurveyDesign d = SurveyDesign.builder(n).weights(w).build();
    List<Margin> margins = new ArrayList<>();
    double population = 10_000;
    for (String[] col : List.of(a, b, c)) {
      Factor f = Factor.of(col[0].substring(0, 1), col);
      Map<String, Double> totals = new LinkedHashMap<>();
      double[] shares = new double[f.levels().size()];
      double sum = 0;
      for (int k = 0; k < shares.length; k++) {
        shares[k] = 1 + r.nextDouble();
        sum += shares[k];
      }
      for (int k = 0; k < shares.length; k++) {
        totals.put(f.levels().get(k), population * shares[k] / sum);
      }
      margins.add(new Margin(f, totals));
    }
    CalibrationOptions options = new CalibrationOptions(1e-9, 2000, 0, Double.POSITIVE_INFINITY);
    CalibrationResult result = Calibration.rake(d, margins, options);
    for (Margin m : margins) {
      double[] t = new double[m.variable().levels().size()];
      for (int i = 0; i < n; i++) {
        t[m.variable().codes()[i]] += result.weights()[i];
      }
      for (int k = 0; k < t.length; k++) {
        double target = m.totals().get(m.variable().levels().get(k));
        assertThat(Math.abs(t[k] - target) / (1 + target)).isLessThan(1e-9);
      }
    }
  }

  @Property(tries = 30)
  void hidden_estimates_carry_no_number(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int hide) {
    Sample s = sample(seed, 60);
    SmallBaseRule rule = new SmallBaseRule(hide, hide + 20);
    for (Estimate raw :
        new SurveyEstimator(s.design(s.weights())).means("y", s.y(), s.groupFactor(), true)) {
      Estimate e = rule.apply(raw);
      if (raw.n() < hide) {
        assertThat(e.status()).isEqualTo(BaseStatus.HIDDEN);
        assertThat(List.of(e.estimate(), e.se(), e.ciLow(), e.ciHigh(), e.weightedN()))
            .allMatch(v -> Double.isNaN(v));
        if (e.comparison() != null) {
          assertThat(e.comparison().diff()).isNaN();
          assertThat(e.comparison().pValue()).isNaN();
          assertThat(e.comparison().mark()).isEqualTo(Mark.NONE);
        }
      } else {
        assertThat(e.estimate()).isEqualTo(raw.estimate());
        assertThat(e.status()).isEqualTo(raw.n() < hide + 20 ? BaseStatus.FLAGGED : BaseStatus.OK);
      }
    }
  }
}
