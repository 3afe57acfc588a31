package org.phare.core.diagnostic;

import java.util.List;
import org.phare.core.indicator.Domain;

/**
 * One fragility domain of a territory's diagnostic.
 *
 * @param domain the domain
 * @param score mean of the oriented scores of the domain's indicators that have a value; NaN when
 *     none has ("no data", shown as such)
 * @param rank rank among peers of the domain score computed the same way for every peer, 1 = most
 *     fragile; 0 when no data
 * @param of number of peers with a domain score
 * @param indicatorCount number of indicators behind the score
 * @param indicators every catalogue indicator of the domain at this level, with or without value
 */
public record DomainResult(
    Domain domain,
    double score,
    int rank,
    int of,
    int indicatorCount,
    List<IndicatorResult> indicators) {

  public DomainResult {
    indicators = List.copyOf(indicators);
  }

  public boolean hasData() {
    return !Double.isNaN(score);
  }
}
