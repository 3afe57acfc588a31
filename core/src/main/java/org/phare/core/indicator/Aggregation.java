package org.phare.core.indicator;

/** How values of a lower level combine into a higher level. */
public enum Aggregation {
  /**
   * A rate: value = scale x numerator / denominator. A parent's rate is scale x sum(numerators) /
   * sum(denominators) over its children, never a mean of rates.
   */
  RATE,
  /** A count: a parent's value is the sum of its children's. */
  SUM,
  /** Not aggregable (a median, an index): only published values are used. */
  NONE
}
