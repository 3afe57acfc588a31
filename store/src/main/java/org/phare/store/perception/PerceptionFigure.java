package org.phare.store.perception;

import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Comparison;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Mark;
import org.phare.core.survey.Statistic;

/**
 * One perception figure as a {@link PerceptionSource} answers it: the estimate (after the
 * small-base rule) and where it comes from.
 */
public record PerceptionFigure(Estimate estimate, Provenance provenance) {

  /**
   * Whether the figure differs significantly (5 %) from the rest of France: the {@link Comparison}
   * of the survey engine, NONE when the source has no test (published figures, a regional study),
   * when the base is hidden or the territory was not surveyed.
   */
  public Mark mark() {
    Comparison c = estimate.comparison();
    return c == null ? Mark.NONE : c.mark();
  }

  /** No figure for this measure and scope: a hidden estimate with n = 0. */
  public static PerceptionFigure missing(Measure measure, String group) {
    return new PerceptionFigure(
        new Estimate(
            measure.name(),
            Statistic.MEAN,
            null,
            group,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            0,
            0,
            0,
            BaseStatus.HIDDEN,
            null),
        Provenance.NONE);
  }
}
