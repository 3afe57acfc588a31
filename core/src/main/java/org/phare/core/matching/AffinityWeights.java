package org.phare.core.matching;

import org.phare.core.message.RefusedException;

/**
 * How many points each criterion of the affinity contributes at most. The defaults sum to 100 so
 * that an affinity reads as a score out of 100. Proximity points are not cumulative: only the most
 * local level shared counts.
 *
 * @param sharedDomains points when the domains of the smaller profile are all shared
 * @param priorityFragilities points when the pair acts together on all the territory's priority
 *     fragilities (at most {@value AffinityModel#PRIORITIES_COUNTED} counted)
 * @param complementaryObjectives points when every objective of the smaller list meets its
 *     complement
 * @param sameCommune points for two organisations in the same commune
 * @param sameEpci points for the same EPCI (different communes)
 * @param sameDepartement points for the same département (different EPCI)
 * @param sameRegion points for the same region (different département)
 * @param commonCategories points when the categories of the smaller list are all shared
 */
public record AffinityWeights(
    double sharedDomains,
    double priorityFragilities,
    double complementaryObjectives,
    double sameCommune,
    double sameEpci,
    double sameDepartement,
    double sameRegion,
    double commonCategories) {

  /** Upper limit of one weight: keeps the planner's integer costs far from overflow. */
  public static final double MAX_WEIGHT = 10_000;

  /** Defaults: domains 30, priorities 25, objectives 20, proximity 15/12/8/4, categories 10. */
  public static final AffinityWeights DEFAULTS = new AffinityWeights(30, 25, 20, 15, 12, 8, 4, 10);

  public AffinityWeights {
    check("sharedDomains", sharedDomains);
    check("priorityFragilities", priorityFragilities);
    check("complementaryObjectives", complementaryObjectives);
    check("sameCommune", sameCommune);
    check("sameEpci", sameEpci);
    check("sameDepartement", sameDepartement);
    check("sameRegion", sameRegion);
    check("commonCategories", commonCategories);
  }

  /** The highest affinity these weights can give (best proximity level counted once). */
  public double maximum() {
    double proximity =
        Math.max(Math.max(sameCommune, sameEpci), Math.max(sameDepartement, sameRegion));
    return sharedDomains
        + priorityFragilities
        + complementaryObjectives
        + proximity
        + commonCategories;
  }

  private static void check(String name, double weight) {
    if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
      throw RefusedException.refused(
          "matching.weight.range", name, "weight", name, "max", MAX_WEIGHT, "value", weight);
    }
  }
}
