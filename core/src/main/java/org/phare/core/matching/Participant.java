package org.phare.core.matching;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;

/**
 * The profile of an organisation as the matching engine sees it: a company or an association, the
 * fragility domains it acts on, where it is, what it expects from a partnership and which
 * categories of partnership it is open to. Kept small on purpose so that the organisation registry
 * can build it from its own records.
 *
 * @param id stable identifier, unique within an event or a territory
 * @param name display name (the id when none is given)
 * @param side company or association
 * @param domains fragility domains of action (may be empty)
 * @param location commune and, when known, EPCI, département and region codes
 * @param objectives objectives of the participant's own side (may be empty)
 * @param categories partnership categories it is open to (empty: not stated)
 */
public record Participant(
    String id,
    String name,
    Side side,
    Set<Domain> domains,
    Location location,
    Set<Objective> objectives,
    Set<PartnershipCategory> categories) {

  public Participant {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("participant id is blank");
    }
    id = id.trim();
    name = name == null || name.isBlank() ? id : name.trim();
    Objects.requireNonNull(side, "side of " + id);
    Objects.requireNonNull(location, "location of " + id);
    domains =
        Collections.unmodifiableSet(
            domains.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(domains));
    for (Objective objective : objectives) {
      if (objective.side() != side) {
        throw RefusedException.refused(
            "matching.objective.wrong-side",
            "objectives",
            "participant",
            id,
            "side",
            side.name(),
            "objective",
            objective.name());
      }
    }
    objectives = Collections.unmodifiableSet(new LinkedHashSet<>(objectives));
    categories =
        Collections.unmodifiableSet(
            categories.isEmpty()
                ? EnumSet.noneOf(PartnershipCategory.class)
                : EnumSet.copyOf(categories));
  }
}
