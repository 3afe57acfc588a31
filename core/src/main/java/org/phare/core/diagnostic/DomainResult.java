package org.phare.core.diagnostic;

import java.util.List;
import org.phare.core.indicator.Domain;

/**
 * One fragility domain of a territory's diagnostic.
 *
 * @param domain the domain
 * @param score mean of the oriented scores of the domain's indicators that have a score, when at
 *     least {@code minimum} have one; NaN otherwise ("no data" when none has, "insufficient data"
 *     when one or a few have, shown as such)
 * @param rank rank among the reference's territories of the domain score computed the same way for
 *     every one, 1 = most fragile; 0 when no score
 * @param of number of those territories with a domain score
 * @param indicatorCount number of indicators actually used in the score (0 when there is none)
 * @param scoredIndicators number of the domain's indicators with a score for this territory, used
 *     or not
 * @param minimum scored indicators the domain needs for a score
 * @param indicators every catalogue indicator of the domain at this level, with or without value
 */
public record DomainResult(
    Domain domain,
    double score,
    int rank,
    int of,
    int indicatorCount,
    int scoredIndicators,
    int minimum,
    List<IndicatorResult> indicators) {

  public DomainResult {
    indicators = List.copyOf(indicators);
  }

  public boolean hasData() {
    return !Double.isNaN(score);
  }

  /** Some indicators have a score, but fewer than the minimum: "données insuffisantes". */
  public boolean insufficient() {
    return Double.isNaN(score) && scoredIndicators > 0;
  }
}
