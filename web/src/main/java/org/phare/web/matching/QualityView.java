package org.phare.web.matching;

import org.phare.core.matching.SpeedDatingPlan;
import org.phare.web.i18n.Lang;

/**
 * The plan's quality as the schedule page says it: total affinity of the meetings against the upper
 * bound no schedule can beat (see docs/matching.md, "The upper bound"), and their ratio.
 */
public record QualityView(Lang lang, SpeedDatingPlan plan) {

  public String total() {
    return lang.numbers().fixed(plan.totalAffinity(), 1);
  }

  public String bound() {
    return lang.numbers().fixed(plan.upperBound(), 1);
  }

  /**
   * The ratio to one decimal, rounded: the bound carries a scaling margin of about 1e-7, so an
   * optimal plan reads 100,0 %.
   */
  public String ratio() {
    return lang.numbers().percentOfFraction(plan.ratio(), 1);
  }
}
