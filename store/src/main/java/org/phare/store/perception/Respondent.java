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
 * @param region COG code of the respondent's region
 * @param stratum sampling stratum (the region in the demonstration data)
 * @param weight design weight: number of units of the population the respondent stands for
 * @param ratings rating 1-10 of each of the 16 domains as a fragility of the territory, indexed by
 *     {@link Domain#ordinal()}; 0 when the domain was not rated (not asked, no answer)
 * @param priorities the three priority domains cited (empty when not answered)
 * @param practice partnership practice, or null when the study did not ask (citizens, mayors)
 * @param categories partnership categories practised (empty unless practice is YES)
 * @param allianceInnovation whether alliances are seen as a source of innovation, null when not
 *     answered
 * @param dynamic mayors' Q4 answer, null for other actors
 * @param roles mayors' Q8 answers indexed by {@link LocalAuthorityRole#ordinal()}, empty for other
 *     actors
 */
public record Respondent(
    Actor actor,
    int id,
    String region,
    String stratum,
    double weight,
    int[] ratings,
    Set<Domain> priorities,
    Practice practice,
    Set<PartnershipCategory> categories,
    Boolean allianceInnovation,
    CoConstructionDynamic dynamic,
    java.util.List<RolePriority> roles) {

  public Respondent {
    if (ratings.length != Domain.values().length) {
      throw new IllegalArgumentException("respondent " + id + ": 16 ratings expected");
    }
    for (int rating : ratings) {
      if (rating < 0 || rating > 10) {
        throw new IllegalArgumentException(
            "respondent " + id + ": a rating is 1 to 10 (0: not rated), got " + rating);
      }
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("respondent " + id + ": the weight must be positive");
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
        stratum,
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
