package org.phare.store.perception;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Design-based estimation for the perception studies: a stratified design (strata = regions), each
 * respondent its own primary unit, with-replacement variance (no finite population correction): R
 * {@code svydesign(ids = ~1, strata = ~region, weights = ~weight)}.
 *
 * <p>The estimator of a mean over a domain D (a subpopulation, which may cut across strata) is the
 * ratio {@code R = Σ_D w·y / Σ_D w}. Its variance is estimated by linearisation: with {@code z_i =
 * 1{i∈D} · w_i · (y_i − R) / Σ_D w}, {@code V = Σ_h n_h / (n_h − 1) · Σ_{i∈h} (z_i − z̄_h)²}, as
 * {@code svymean(~y, subset(design, D))} computes it. A proportion is the mean of a 0/1 variable.
 * Strata with a single respondent contribute no variance (R's {@code survey.lonely.psu =
 * "certainty"}). Empty domain: value NaN, se NaN; one respondent: se NaN.
 *
 * <p>Kept behind this one class so that the survey module's estimators (org.phare.core.survey) can
 * replace it without touching callers.
 */
public final class SurveyEstimator {

  private SurveyEstimator() {}

  /** Weighted mean of y over the respondents satisfying the domain predicate. */
  public static <T> Estimate mean(
      List<T> sample,
      Predicate<T> domain,
      ToDoubleFunction<T> y,
      ToDoubleFunction<T> weight,
      java.util.function.Function<T, String> stratum) {
    double sumW = 0;
    double sumWy = 0;
    int n = 0;
    for (T unit : sample) {
      if (domain.test(unit)) {
        double w = weight.applyAsDouble(unit);
        sumW += w;
        sumWy += w * y.applyAsDouble(unit);
        n++;
      }
    }
    if (n == 0 || sumW <= 0) {
      return new Estimate(Double.NaN, Double.NaN, n, sumW);
    }
    double ratio = sumWy / sumW;
    if (n < 2) {
      return new Estimate(ratio, Double.NaN, n, sumW);
    }
    Map<String, double[]> strata = new HashMap<>(); // count, sum z, sum z²
    for (T unit : sample) {
      double z =
          domain.test(unit)
              ? weight.applyAsDouble(unit) * (y.applyAsDouble(unit) - ratio) / sumW
              : 0;
      double[] s = strata.computeIfAbsent(stratum.apply(unit), k -> new double[3]);
      s[0]++;
      s[1] += z;
      s[2] += z * z;
    }
    double variance = 0;
    for (double[] s : strata.values()) {
      if (s[0] > 1) {
        double centred = s[2] - s[1] * s[1] / s[0];
        variance += s[0] / (s[0] - 1) * centred;
      }
    }
    return new Estimate(ratio, Math.sqrt(Math.max(0, variance)), n, sumW);
  }

  /** Whether a subgroup's estimate differs from the rest's at the 5 % level. */
  public enum Significance {
    ABOVE,
    BELOW,
    NOT_SIGNIFICANT,
    NOT_TESTABLE
  }

  /**
   * Compares a subgroup with the rest of the sample: z = (a − b) / √(se_a² + se_b²), two-sided at 5
   * % (|z| > 1.96). The subgroup is a union of whole strata (a region), so the two estimates are
   * independent and the covariance is zero. NOT_TESTABLE when either standard error is NaN.
   */
  public static Significance compare(Estimate group, Estimate rest) {
    double se = Math.sqrt(group.se() * group.se() + rest.se() * rest.se());
    if (Double.isNaN(se) || se == 0) {
      return Significance.NOT_TESTABLE;
    }
    double z = (group.value() - rest.value()) / se;
    return z > 1.959964
        ? Significance.ABOVE
        : z < -1.959964 ? Significance.BELOW : Significance.NOT_SIGNIFICANT;
  }
}
