package org.phare.store.perception;

import java.util.Set;
import org.phare.core.indicator.Domain;

/**
 * One respondent of a perception study (simulated for the demonstration: see {@link
 * DemoPerceptionData}).
 *
 * @param actor the study
 * @param id sequence number within the study
 * @param region COG code of the respondent's region (the sampling stratum)
 * @param weight design weight: number of units of the population the respondent stands for
 * @param ratings rating 1-10 of each of the 16 domains as a fragility of the territory, indexed by
 *     {@link Domain#ordinal()}
 * @param priorities the three priority domains cited
 * @param practice partnership practice, or null when the study did not ask (citizens, mayors)
 * @param categories partnership categories practised (empty unless practice is YES)
 * @param allianceInnovation whether alliances are seen as a source of innovation
 * @param dynamic mayors' Q4 answer, null for other actors
 */
public record Respondent(
    Actor actor,
    int id,
    String region,
    double weight,
    int[] ratings,
    Set<Domain> priorities,
    Practice practice,
    Set<PartnershipCategory> categories,
    boolean allianceInnovation,
    CoConstructionDynamic dynamic) {

  public Respondent {
    if (ratings.length != Domain.values().length) {
      throw new IllegalArgumentException("respondent " + id + ": 16 ratings expected");
    }
    ratings = ratings.clone();
    priorities = Set.copyOf(priorities);
    categories = Set.copyOf(categories);
  }

  public int rating(Domain domain) {
    return ratings[domain.ordinal()];
  }
}
