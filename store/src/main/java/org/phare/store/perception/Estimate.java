package org.phare.store.perception;

/**
 * A weighted estimate from a perception study.
 *
 * @param value the estimate (a mean, or a proportion as a fraction 0-1); NaN when the base is empty
 * @param se its standard error under the stratified design (see {@link SurveyEstimator}); NaN when
 *     fewer than two respondents
 * @param n unweighted base: number of respondents behind the estimate
 * @param weightedBase sum of their weights
 */
public record Estimate(double value, double se, int n, double weightedBase) {

  public static Estimate empty() {
    return new Estimate(Double.NaN, Double.NaN, 0, 0);
  }

  /** Lower bound of the 95 % confidence interval (normal approximation). */
  public double low() {
    return value - 1.959964 * se;
  }

  public double high() {
    return value + 1.959964 * se;
  }
}
