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

  /**
   * Whether the plan reaches the bound (to the 0,05 % the ratio is shown with): then no schedule
   * does better, since none exceeds the bound.
   */
  public boolean optimal() {
    return plan.ratio() >= 0.9995;
  }

  /**
   * The quality in words for an organiser. The bound is at least the best possible schedule's
   * affinity, so total / bound is a lower bound of total / best: "au moins 97 % du meilleur".
   */
  public String summary() {
    return optimal()
        ? lang.pick(
            "Plan optimal : aucun autre planning ne réunit des paires de plus forte affinité"
                + " (affinité totale "
                + total()
                + ").",
            "Optimal plan: no other schedule brings together pairs of higher affinity (total"
                + " affinity "
                + total()
                + ").")
        : lang.pick(
            "Ce planning atteint au moins "
                + ratio()
                + " de l’affinité du meilleur planning possible (affinité totale "
                + total()
                + ", borne supérieure "
                + bound()
                + ").",
            "This schedule reaches at least "
                + ratio()
                + " of the affinity of the best possible schedule (total affinity "
                + total()
                + ", upper bound "
                + bound()
                + ").");
  }
}
