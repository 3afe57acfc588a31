package org.phare.core.diagnostic;

import org.phare.core.indicator.IndicatorDefinition;

/**
 * One indicator of a territory's diagnostic.
 *
 * @param indicator the catalogue entry
 * @param vintage the vintage used (the latest available at or before the requested one)
 * @param value the territory's value, NaN when it has none (explicit "no data", never zero)
 * @param referenceValue the reference's value, NaN when unavailable
 * @param gap value - referenceValue
 * @param score standardised gap oriented towards fragility: polarity sign x (value - reference) /
 *     standard deviation of the peers' values; positive means more fragile than the reference; NaN
 *     when not scored (neutral indicator, no data, fewer than 2 peers or zero spread)
 * @param rank rank among peers, 1 = most fragile (ties share the best rank); 0 when no value
 * @param of number of peers with a value (the territory included)
 * @param percentile share of peers (in %) less fragile than the territory, counting ties as half
 *     (100 = the most fragile); NaN when no value
 * @param trend change since an earlier vintage, or null when none
 * @param aggregated true when the value was aggregated from lower levels rather than published
 */
public record IndicatorResult(
    IndicatorDefinition indicator,
    String vintage,
    double value,
    double referenceValue,
    double gap,
    double score,
    int rank,
    int of,
    double percentile,
    Trend trend,
    boolean aggregated) {

  public boolean hasValue() {
    return !Double.isNaN(value);
  }
}
