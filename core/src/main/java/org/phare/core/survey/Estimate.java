package org.phare.core.survey;

/**
 * One design-based estimate with its precision and base.
 *
 * @param variable variable name ({@code api00}, {@code api00/api99} for a ratio)
 * @param statistic kind of estimate
 * @param category category for a proportion ({@code Yes}), the threshold for {@code share_at_least}
 *     ({@code >=6}), the probability for a quantile ({@code 0.5}), else null
 * @param group group label ({@code region=11}, {@code region=11;sexe=F} when nested), null for the
 *     whole sample
 * @param estimate point estimate (NaN when hidden or undefined)
 * @param se standard error by linearisation
 * @param ciLow lower bound of the 95 % (or chosen level) confidence interval
 * @param ciHigh upper bound
 * @param n unweighted number of respondents behind the estimate
 * @param weightedN sum of the weights of those respondents
 * @param degreesOfFreedom degrees of freedom used for the interval
 * @param status small-base status
 * @param comparison comparison with the rest of the sample, or null
 */
public record Estimate(
    String variable,
    Statistic statistic,
    String category,
    String group,
    double estimate,
    double se,
    double ciLow,
    double ciHigh,
    long n,
    double weightedN,
    int degreesOfFreedom,
    BaseStatus status,
    Comparison comparison) {

  /** Same estimate with a base status. */
  public Estimate withStatus(BaseStatus newStatus) {
    return new Estimate(
        variable,
        statistic,
        category,
        group,
        estimate,
        se,
        ciLow,
        ciHigh,
        n,
        weightedN,
        degreesOfFreedom,
        newStatus,
        comparison);
  }

  /** Same estimate with a comparison attached. */
  public Estimate withComparison(Comparison c) {
    return new Estimate(
        variable,
        statistic,
        category,
        group,
        estimate,
        se,
        ciLow,
        ciHigh,
        n,
        weightedN,
        degreesOfFreedom,
        status,
        c);
  }

  /** The hidden form: status HIDDEN and every number removed except the unweighted base. */
  Estimate hidden() {
    return new Estimate(
        variable,
        statistic,
        category,
        group,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        n,
        Double.NaN,
        degreesOfFreedom,
        BaseStatus.HIDDEN,
        comparison == null ? null : Comparison.hidden(comparison.degreesOfFreedom()));
  }

  /** True when numbers may be shown. */
  public boolean visible() {
    return status != BaseStatus.HIDDEN;
  }
}
