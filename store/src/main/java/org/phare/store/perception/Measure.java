package org.phare.store.perception;

import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;

/**
 * A perception measure: which respondents form its base and the value (0/1 for a share) of each.
 * Respondents outside the base are missing values of the measure (domain estimation on the full
 * design). {@code kind}, {@code item} and {@code answer} name the question, so that a source
 * without respondents (the published figures) can look the measure up.
 *
 * @param name unique name of the measure, the key of its cached estimates
 * @param kind the question
 * @param item the domain, practice, category, dynamic level or Q8 item asked about, or null
 * @param answer the Q8 answer counted, or null
 */
public record Measure(
    String name,
    Kind kind,
    Enum<?> item,
    Enum<?> answer,
    Predicate<Respondent> base,
    ToDoubleFunction<Respondent> value) {

  /** The questions of the PHARE grid the web shows. */
  public enum Kind {
    RATING,
    PRIORITY,
    PRACTICE,
    CATEGORY,
    ALLIANCE,
    DYNAMIC,
    ROLE
  }

  /** Mean rating 1-10 of a domain as a fragility of the territory, among those who rated it. */
  public static Measure meanRating(Domain domain) {
    return new Measure(
        "rating:" + domain.name(),
        Kind.RATING,
        domain,
        null,
        r -> r.rating(domain) > 0,
        r -> r.rating(domain));
  }

  /** Share citing the domain among their three priorities (among those who answered). */
  public static Measure priority(Domain domain) {
    return new Measure(
        "priority:" + domain.name(),
        Kind.PRIORITY,
        domain,
        null,
        r -> !r.priorities().isEmpty(),
        r -> r.priorities().contains(domain) ? 1 : 0);
  }

  public static Measure practice(Practice practice) {
    return new Measure(
        "practice:" + practice.name(),
        Kind.PRACTICE,
        practice,
        null,
        r -> r.practice() != null,
        r -> r.practice() == practice ? 1 : 0);
  }

  /** Among organisations with partnerships. */
  public static Measure category(PartnershipCategory category) {
    return new Measure(
        "category:" + category.name(),
        Kind.CATEGORY,
        category,
        null,
        r -> r.practice() == Practice.YES,
        r -> r.categories().contains(category) ? 1 : 0);
  }

  public static Measure allianceInnovation() {
    return new Measure(
        "alliance",
        Kind.ALLIANCE,
        null,
        null,
        r -> r.allianceInnovation() != null,
        r -> Boolean.TRUE.equals(r.allianceInnovation()) ? 1 : 0);
  }

  public static Measure dynamic(CoConstructionDynamic answer) {
    return new Measure(
        "dynamic:" + answer.name(),
        Kind.DYNAMIC,
        answer,
        null,
        r -> r.dynamic() != null,
        r -> r.dynamic() == answer ? 1 : 0);
  }

  /** Mayors' Q8: share answering {@code answer} for one role of local authorities. */
  public static Measure role(LocalAuthorityRole item, RolePriority answer) {
    return new Measure(
        "role:" + item.name() + ":" + answer.name(),
        Kind.ROLE,
        item,
        answer,
        r -> r.role(item) != null,
        r -> r.role(item) == answer ? 1 : 0);
  }
}
