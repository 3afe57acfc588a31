package org.phare.store.perception;

import java.util.Set;
import org.phare.core.ecosystem.PartnershipCategory;
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
 * @param roles mayors' Q8 answers indexed by {@link LocalAuthorityRole#ordinal()}, empty for other
 *     actors
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
    CoConstructionDynamic dynamic,
    java.util.List<RolePriority> roles) {

  public Respondent {
    if (ratings.length != Domain.values().length) {
      throw new IllegalArgumentException("respondent " + id + ": 16 ratings expected");
    }
    ratings = ratings.clone();
    priorities = Set.copyOf(priorities);
    categories = Set.copyOf(categories);
    roles = java.util.List.copyOf(roles);
    if (!roles.isEmpty() && roles.size() != LocalAuthorityRole.values().length) {
      throw new IllegalArgumentException("respondent " + id + ": 6 answers to Q8 expected");
    }
  }

  /** Same respondent with its Q8 answers. */
  public Respondent withRoles(java.util.List<RolePriority> answers) {
    return new Respondent(
        actor,
        id,
        region,
        weight,
        ratings,
        priorities,
        practice,
        categories,
        allianceInnovation,
        dynamic,
        answers);
  }

  /** The Q8 answer to one item, null when the study did not ask. */
  public RolePriority role(LocalAuthorityRole item) {
    return roles.isEmpty() ? null : roles.get(item.ordinal());
  }

  public int rating(Domain domain) {
    return ratings[domain.ordinal()];
  }
}
