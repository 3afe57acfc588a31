package org.phare.core.survey;

/**
 * A group compared with the rest of the sample (its complement), both estimated on the full design:
 * {@code diff = estimate(group) - estimate(rest)}, {@code se} from the linearised covariance of the
 * two, {@code t = diff / se}, two-sided p-value on Student's t with the design degrees of freedom
 * (number of PSUs minus number of strata). R: {@code svyby(~y, ~I(g == "x"), design, svymean,
 * covmat=TRUE)} then {@code svycontrast(., c(-1, 1))} and {@code 2 * pt(-abs(t), degf(design))}.
 *
 * @param diff group minus rest (NaN when hidden)
 * @param se standard error of the difference
 * @param t test statistic
 * @param pValue two-sided p-value
 * @param degreesOfFreedom design degrees of freedom used
 * @param mark above / below / none at the chosen level
 */
public record Comparison(
    double diff, double se, double t, double pValue, int degreesOfFreedom, Mark mark) {

  /** A comparison whose figures may not be published. */
  static Comparison hidden(int df) {
    return new Comparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN, df, Mark.NONE);
  }
}
