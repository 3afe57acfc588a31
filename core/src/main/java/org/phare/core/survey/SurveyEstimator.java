package org.phare.core.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Design-based estimators with standard errors by Taylor linearisation, in agreement with R {@code
 * survey} 4.1-1. Columns are plain arrays with one entry per design row; a numeric value {@code
 * NaN} is missing and is left out as R does with {@code na.rm=TRUE}: the row stays in the design
 * (it still counts for the number of PSUs of its stratum) with a zero contribution.
 *
 * <p>A <b>domain</b> (a group of {@code --by}, a subpopulation) is always estimated on the full
 * design: rows outside it get a zero influence value, never are they filtered out first (R {@code
 * svymean(~y, subset(design, ...))}, {@code svyby}).
 *
 * <p><b>Weights</b> are the design's sampling weights: each respondent stands for {@code w_i}
 * population members. Common behaviour: an empty domain gives NaN estimate and SE with {@code n =
 * 0}; a single respondent gives its value with SE 0 (the influence values are all zero); NaN values
 * are missing.
 *
 * <p><b>Confidence intervals</b> ({@code level}, 95 % by default) use Student's t with the degrees
 * of freedom of the design restricted to the estimate's rows, R {@code degf(subset(design, ...))}
 * (PSUs holding a row of the domain minus strata holding one): as R {@code svyciprop} and {@code
 * svyquantile} do by default, and as {@code confint(svymean(...), df=degf(...))} for means.
 *
 * <p>Instances are safe for concurrent use (the benchmark estimates variables in parallel).
 */
public final class SurveyEstimator {

  private final SurveyDesign design;
  private final double confidenceLevel;
  private final double significanceLevel;
  private final Map<Integer, Double> tQuantiles = new ConcurrentHashMap<>();
  private GroupMeans groupMeans;

  /** Estimator with 95 % intervals and marks at the 5 % level. */
  public SurveyEstimator(SurveyDesign design) {
    this(design, 0.95, 0.05);
  }

  /**
   * @param design the survey design
   * @param confidenceLevel level of the confidence intervals, in (0, 1)
   * @param significanceLevel level of the above/below marks, in (0, 1)
   */
  public SurveyEstimator(SurveyDesign design, double confidenceLevel, double significanceLevel) {
    this.design = Objects.requireNonNull(design, "design");
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0,1): " + confidenceLevel);
    }
    if (!(significanceLevel > 0 && significanceLevel < 1)) {
      throw new IllegalArgumentException(
          "significance level must be in (0,1): " + significanceLevel);
    }
    this.confidenceLevel = confidenceLevel;
    this.significanceLevel = significanceLevel;
  }

  /** The design. */
  public SurveyDesign design() {
    return design;
  }

  // ---------------------------------------------------------------- linearised statistics

  /** An estimate with its influence values (zero outside its rows). */
  record Linear(double estimate, double[] z, long n, double weightedN, boolean[] rows) {}

  private void checkLength(double[] y, String name) {
    if (y.length != design.rows()) {
      throw new IllegalArgumentException(
          name + " has " + y.length + " values for a design of " + design.rows() + " rows");
    }
  }

  /** Rows of the domain (all rows when null) where every given column is present. */
  private boolean[] rows(boolean[] domain, double[]... columns) {
    int n = design.rows();
    boolean[] in = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean ok = domain == null || domain[i];
      for (double[] c : columns) {
        ok &= !Double.isNaN(c[i]);
      }
      in[i] = ok;
    }
    return in;
  }

  /**
   * Mean {@code m = sum w y / sum w} over the rows; influence {@code z_i = w_i (y_i - m) / sum w}.
   */
  Linear linearMean(double[] y, boolean[] in) {
    double[] w = design.weightsView();
    double sw = 0;
    double swy = 0;
    long n = 0;
    for (int i = 0; i < y.length; i++) {
      if (in[i]) {
        sw += w[i];
        swy += w[i] * y[i];
        n++;
      }
    }
    double m = n == 0 ? Double.NaN : swy / sw;
    double[] z = new double[y.length];
    if (n > 0) {
      for (int i = 0; i < y.length; i++) {
        if (in[i]) {
          z[i] = w[i] * (y[i] - m) / sw;
        }
      }
    }
    return new Linear(m, z, n, sw, in);
  }

  /** Total {@code T = sum w y}; influence {@code z_i = w_i y_i}. */
  Linear linearTotal(double[] y, boolean[] in) {
    double[] w = design.weightsView();
    double sw = 0;
    double t = 0;
    long n = 0;
    double[] z = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      if (in[i]) {
        sw += w[i];
        z[i] = w[i] * y[i];
        t += z[i];
        n++;
      }
    }
    return new Linear(n == 0 ? Double.NaN : t, z, n, sw, in);
  }

  /** Ratio {@code R = sum w y / sum w x}; influence {@code z_i = w_i (y_i - R x_i) / sum w x}. */
  Linear linearRatio(double[] num, double[] den, boolean[] in) {
    double[] w = design.weightsView();
    double sw = 0;
    double sy = 0;
    double sx = 0;
    long n = 0;
    for (int i = 0; i < num.length; i++) {
      if (in[i]) {
        sw += w[i];
        sy += w[i] * num[i];
        sx += w[i] * den[i];
        n++;
      }
    }
    double r = n == 0 ? Double.NaN : sy / sx;
    double[] z = new double[num.length];
    if (n > 0) {
      for (int i = 0; i < num.length; i++) {
        if (in[i]) {
          z[i] = w[i] * (num[i] - r * den[i]) / sx;
        }
      }
    }
    return new Linear(r, z, n, sw, in);
  }

  // ---------------------------------------------------------------- public estimators

  /**
   * Weighted mean {@code sum w y / sum w} of {@code y} over a domain, SE by linearisation
   * (influence {@code w_i (y_i - m)/sum w}). R: {@code svymean(~y, subset(design, domain),
   * na.rm=TRUE)}.
   *
   * @param domain rows of the domain, or null for the whole sample
   * @param group label of the domain in outputs, or null
   */
  public Estimate mean(String name, double[] y, boolean[] domain, String group) {
    checkLength(y, name);
    return finish(name, Statistic.MEAN, null, group, linearMean(y, rows(domain, y)));
  }

  /**
   * Weighted total {@code sum w y} over a domain (R {@code svytotal}), influence {@code w_i y_i};
   * an empty domain gives NaN.
   */
  public Estimate total(String name, double[] y, boolean[] domain, String group) {
    checkLength(y, name);
    return finish(name, Statistic.TOTAL, null, group, linearTotal(y, rows(domain, y)));
  }

  /**
   * Ratio of totals {@code sum w y / sum w x} (R {@code svyratio(~y, ~x)}), rows where either is
   * missing left out.
   */
  public Estimate ratio(
      String name, double[] numerator, double[] denominator, boolean[] domain, String group) {
    checkLength(numerator, name);
    checkLength(denominator, name);
    return finish(
        name,
        Statistic.RATIO,
        null,
        group,
        linearRatio(numerator, denominator, rows(domain, numerator, denominator)));
  }

  /**
   * Share of each category of a factor among the rows where it is present: the weighted mean of the
   * category's indicator (R {@code svymean(~factor(x), na.rm=TRUE)}), with a logit confidence
   * interval that stays inside [0, 1] (R {@code svyciprop(~I(x == "k"), method="logit")}: {@code
   * expit(logit(p) +- t * SE/(p(1-p)))}; collapses to {@code [p, p]} when p is 0 or 1).
   */
  public List<Estimate> proportions(Factor variable, boolean[] domain, String group) {
    List<Estimate> out = new ArrayList<>();
    for (int k = 0; k < variable.levels().size(); k++) {
      double[] indicator = indicator(variable, k);
      out.add(
          finish(
              variable.name(),
              Statistic.PROPORTION,
              variable.levels().get(k),
              group,
              linearMean(indicator, rows(domain, indicator))));
    }
    return out;
  }

  /**
   * Share of values at least {@code threshold} among present values (e.g. ratings {@code >= 6} on
   * 1-10), logit interval as for proportions. R: {@code svyciprop(~I(y >= 6), design,
   * method="logit")} on the rows where {@code y} is present.
   */
  public Estimate shareAtLeast(
      String name, double[] y, double threshold, boolean[] domain, String group) {
    checkLength(y, name);
    double[] indicator = atLeast(y, threshold);
    return finish(
        name,
        Statistic.SHARE_AT_LEAST,
        ">=" + number(threshold),
        group,
        linearMean(indicator, rows(domain, indicator)));
  }

  /**
   * For each item of a multi-response question, the share of respondents citing it (at any
   * position; shares sum to about the number of positions) and the share citing it first; base:
   * respondents citing at least one item. Logit intervals. R: {@code svyciprop(~I(c1 == d | c2 == d
   * | c3 == d), subset(design, answered), method="logit")}.
   */
  public List<Estimate> multiResponse(MultiResponse item, boolean[] domain, String group) {
    List<Estimate> out = new ArrayList<>();
    for (boolean first : new boolean[] {false, true}) {
      for (int k = 0; k < item.levels().size(); k++) {
        double[] indicator = multiIndicator(item, k, first);
        out.add(
            finish(
                item.name(),
                first ? Statistic.CITED_FIRST : Statistic.CITED,
                item.levels().get(k),
                group,
                linearMean(indicator, rows(domain, indicator))));
      }
    }
    return out;
  }

  /**
   * Quantile {@code p} by R {@code svyquantile(qrule="math")}: the smallest value whose weighted
   * cumulative share reaches {@code p} (weights summed in extended precision as R does). Interval
   * by Woodruff's method (R {@code interval.type="mean"}): with {@code F = svymean(y <= q)} and its
   * SE, the interval is the {@code qrule} quantiles at {@code F -+ t * SE} (NaN outside [0, 1]) and
   * {@code SE = (upper - lower) / (2 t)}. Empty domain: NaN.
   */
  public Estimate quantile(String name, double[] y, double p, boolean[] domain, String group) {
    checkLength(y, name);
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile probability must be in [0,1]: " + p);
    }
    boolean[] in = rows(domain, y);
    WeightedQuantile q = WeightedQuantile.of(y, design.weightsView(), in);
    String category = number(p);
    int df = design.degreesOfFreedom(in);
    if (q.size() == 0) {
      return new Estimate(
          name,
          Statistic.QUANTILE,
          category,
          group,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          0,
          0,
          df,
          BaseStatus.OK,
          null);
    }
    double qhat = q.quantile(p);
    double[] below = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      below[i] = in[i] && y[i] <= qhat ? 1 : 0;
    }
    Linear f = linearMean(below, in);
    double seF = Math.sqrt(design.variance(f.z()));
    double t = tQuantile(df);
    double pl = f.estimate() - t * seF;
    double pu = f.estimate() + t * seF;
    double lower = Double.isNaN(pl) || pl < 0 ? Double.NaN : q.quantile(pl);
    double upper = Double.isNaN(pu) || pu > 1 ? Double.NaN : q.quantile(pu);
    double se = (upper - lower) / (2 * t);
    return new Estimate(
        name,
        Statistic.QUANTILE,
        category,
        group,
        qhat,
        se,
        lower,
        upper,
        f.n(),
        f.weightedN(),
        df,
        BaseStatus.OK,
        null);
  }

  // ---------------------------------------------------------------- by groups

  /** The statistic to compute per group, as a linearised estimate on a domain. */
  private interface LinearStatistic {
    Linear on(boolean[] domain);
  }

  /**
   * Means of {@code y} for the whole sample (first) then each level of {@code by} (R {@code
   * svyby(~y, ~by, design, svymean, na.rm=TRUE)}); with {@code compareToRest}, each group carries
   * its {@link Comparison} with the rest of the sample.
   */
  public List<Estimate> means(String name, double[] y, Factor by, boolean compareToRest) {
    checkLength(y, name);
    if (GroupMeans.rowUnits(design)) {
      if (by != null) {
        checkLength(by);
      }
      return GroupMeans.estimateRowUnits(
          design, by, this, name, Statistic.MEAN, null, y, compareToRest);
    }
    if (by != null && GroupMeans.applies(design)) {
      List<Estimate> out = new ArrayList<>();
      out.add(mean(name, y, null, null));
      out.addAll(groupMeans(by).estimate(this, name, Statistic.MEAN, null, y, compareToRest));
      return out;
    }
    return byGroups(name, Statistic.MEAN, null, by, compareToRest, d -> linearMean(y, rows(d, y)));
  }

  /** Totals for the whole sample then each group (R {@code svyby(~y, ~by, design, svytotal)}). */
  public List<Estimate> totals(String name, double[] y, Factor by, boolean compareToRest) {
    checkLength(y, name);
    return byGroups(
        name, Statistic.TOTAL, null, by, compareToRest, d -> linearTotal(y, rows(d, y)));
  }

  /** Ratios for the whole sample then each group (R {@code svyby(~y, ~by, design, svyratio)}). */
  public List<Estimate> ratios(
      String name, double[] num, double[] den, Factor by, boolean compareToRest) {
    checkLength(num, name);
    checkLength(den, name);
    return byGroups(
        name,
        Statistic.RATIO,
        null,
        by,
        compareToRest,
        d -> linearRatio(num, den, rows(d, num, den)));
  }

  /** Proportions of each category for the whole sample then each group. */
  public List<Estimate> proportions(Factor variable, Factor by, boolean compareToRest) {
    List<Estimate> out = new ArrayList<>();
    for (int k = 0; k < variable.levels().size(); k++) {
      out.addAll(
          meanLike(
              variable.name(),
              Statistic.PROPORTION,
              variable.levels().get(k),
              indicator(variable, k),
              by,
              compareToRest));
    }
    return out;
  }

  /** Shares at least a threshold for the whole sample then each group. */
  public List<Estimate> sharesAtLeast(
      String name, double[] y, double threshold, Factor by, boolean compareToRest) {
    checkLength(y, name);
    return meanLike(
        name,
        Statistic.SHARE_AT_LEAST,
        ">=" + number(threshold),
        atLeast(y, threshold),
        by,
        compareToRest);
  }

  /** Multi-response shares (cited, then cited first) for the whole sample then each group. */
  public List<Estimate> multiResponse(MultiResponse item, Factor by, boolean compareToRest) {
    List<Estimate> out = new ArrayList<>();
    for (boolean first : new boolean[] {false, true}) {
      for (int k = 0; k < item.levels().size(); k++) {
        out.addAll(
            meanLike(
                item.name(),
                first ? Statistic.CITED_FIRST : Statistic.CITED,
                item.levels().get(k),
                multiIndicator(item, k, first),
                by,
                compareToRest));
      }
    }
    return out;
  }

  /** Quantiles for the whole sample then each group (no comparison: not a linear statistic). */
  public List<Estimate> quantiles(String name, double[] y, double p, Factor by) {
    List<Estimate> out = new ArrayList<>();
    out.add(quantile(name, y, p, null, null));
    if (by != null) {
      for (int g = 0; g < by.levels().size(); g++) {
        out.add(quantile(name, y, p, groupMask(by, g), by.levelLabel(g)));
      }
    }
    return out;
  }

  private List<Estimate> meanLike(
      String name,
      Statistic statistic,
      String category,
      double[] indicator,
      Factor by,
      boolean compareToRest) {
    if (GroupMeans.rowUnits(design)) {
      if (by != null) {
        checkLength(by);
      }
      return GroupMeans.estimateRowUnits(
          design, by, this, name, statistic, category, indicator, compareToRest);
    }
    if (by != null && GroupMeans.applies(design)) {
      List<Estimate> out = new ArrayList<>();
      out.add(
          finish(name, statistic, category, null, linearMean(indicator, rows(null, indicator))));
      out.addAll(
          groupMeans(by).estimate(this, name, statistic, category, indicator, compareToRest));
      return out;
    }
    return byGroups(
        name,
        statistic,
        category,
        by,
        compareToRest,
        d -> linearMean(indicator, rows(d, indicator)));
  }

  private List<Estimate> byGroups(
      String name,
      Statistic statistic,
      String category,
      Factor by,
      boolean compareToRest,
      LinearStatistic stat) {
    List<Estimate> out = new ArrayList<>();
    out.add(finish(name, statistic, category, null, stat.on(null)));
    if (by == null) {
      return out;
    }
    checkLength(by);
    for (int g = 0; g < by.levels().size(); g++) {
      Linear group = stat.on(groupMask(by, g));
      Estimate e = finish(name, statistic, category, by.levelLabel(g), group);
      if (compareToRest) {
        Linear rest = stat.on(restMask(by, g));
        e = e.withComparison(compare(group, rest));
      }
      out.add(e);
    }
    return out;
  }

  private void checkLength(Factor f) {
    if (f.rows() != design.rows()) {
      throw new IllegalArgumentException(
          f.name() + " has " + f.rows() + " values for a design of " + design.rows() + " rows");
    }
  }

  static boolean[] groupMask(Factor by, int g) {
    int[] codes = by.codes();
    boolean[] m = new boolean[codes.length];
    for (int i = 0; i < codes.length; i++) {
      m[i] = codes[i] == g;
    }
    return m;
  }

  static boolean[] restMask(Factor by, int g) {
    int[] codes = by.codes();
    boolean[] m = new boolean[codes.length];
    for (int i = 0; i < codes.length; i++) {
      m[i] = codes[i] >= 0 && codes[i] != g;
    }
    return m;
  }

  /**
   * Difference of two linearised estimates on the same design (a group and the rest of the sample):
   * SE from the variance of the difference of their influence values.
   */
  Comparison compare(Linear group, Linear rest) {
    double diff = group.estimate() - rest.estimate();
    double[] z = new double[group.z().length];
    for (int i = 0; i < z.length; i++) {
      z[i] = group.z()[i] - rest.z()[i];
    }
    return comparison(diff, Math.sqrt(design.variance(z)));
  }

  /**
   * {@code t = diff/se}, two-sided p-value on Student's t with the design degrees of freedom; no
   * mark when the SE is zero or undefined.
   */
  Comparison comparison(double diff, double se) {
    int df = design.degreesOfFreedom();
    double t = diff / se;
    double p;
    if (Double.isNaN(t) || Double.isInfinite(t) || df <= 0) {
      p = Double.NaN;
    } else {
      p = 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
    }
    Mark mark = Mark.NONE;
    if (p < significanceLevel) {
      mark = diff > 0 ? Mark.ABOVE : Mark.BELOW;
    }
    return new Comparison(diff, se, t, p, df, mark);
  }

  // ---------------------------------------------------------------- helpers

  /** The fast path's cells for a grouping, built once and reused for every variable. */
  private synchronized GroupMeans groupMeans(Factor by) {
    if (groupMeans == null || groupMeans.by() != by) {
      groupMeans = GroupMeans.of(design, by);
    }
    return groupMeans;
  }

  Estimate finish(String name, Statistic statistic, String category, String group, Linear l) {
    int df = design.degreesOfFreedom(l.rows());
    double se = l.n() == 0 ? Double.NaN : Math.sqrt(design.variance(l.z()));
    return interval(name, statistic, category, group, l.estimate(), se, l.n(), l.weightedN(), df);
  }

  Estimate interval(
      String name,
      Statistic statistic,
      String category,
      String group,
      double estimate,
      double se,
      long n,
      double weightedN,
      int df) {
    double t = tQuantile(df);
    double low;
    double high;
    if (statistic.isProportion()) {
      if (estimate > 0 && estimate < 1) {
        double logit = Math.log(estimate / (1 - estimate));
        double seLogit = se / (estimate * (1 - estimate));
        low = expit(logit - t * seLogit);
        high = expit(logit + t * seLogit);
      } else {
        low = estimate;
        high = estimate;
      }
    } else {
      low = estimate - t * se;
      high = estimate + t * se;
    }
    return new Estimate(
        name,
        statistic,
        category,
        group,
        estimate,
        se,
        low,
        high,
        n,
        weightedN,
        df,
        BaseStatus.OK,
        null);
  }

  private static double expit(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /**
   * Two-sided critical value of Student's t for the confidence level; NaN when df is not positive.
   */
  double tQuantile(int df) {
    if (df <= 0) {
      return Double.NaN;
    }
    return tQuantiles.computeIfAbsent(
        df, d -> new TDistribution(d).inverseCumulativeProbability(0.5 + confidenceLevel / 2));
  }

  static double[] indicator(Factor f, int level) {
    int[] codes = f.codes();
    double[] x = new double[codes.length];
    for (int i = 0; i < codes.length; i++) {
      x[i] = codes[i] < 0 ? Double.NaN : (codes[i] == level ? 1 : 0);
    }
    return x;
  }

  static double[] atLeast(double[] y, double threshold) {
    double[] x = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      x[i] = Double.isNaN(y[i]) ? Double.NaN : (y[i] >= threshold ? 1 : 0);
    }
    return x;
  }

  static double[] multiIndicator(MultiResponse item, int level, boolean first) {
    int n = item.choices()[0].length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = item.answered(i) ? item.cited(i, level, first) : Double.NaN;
    }
    return x;
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }
}
