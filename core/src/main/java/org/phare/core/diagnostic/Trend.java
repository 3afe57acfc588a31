package org.phare.core.diagnostic;

/**
 * Change of an indicator since an earlier vintage.
 *
 * @param earlierVintage the vintage compared with (the same period one year before for quarterly
 *     and monthly series when available, else the previous vintage)
 * @param earlierValue the value then
 * @param change value now minus value then
 * @param direction the change read through the indicator's polarity
 */
public record Trend(
    String earlierVintage, double earlierValue, double change, Direction direction) {

  /** Whether fragility grew, shrank, or stayed within 1 % of the earlier value. */
  public enum Direction {
    WORSENING,
    IMPROVING,
    STABLE,
    /** Context indicator: no fragility reading. */
    NOT_ORIENTED
  }
}
