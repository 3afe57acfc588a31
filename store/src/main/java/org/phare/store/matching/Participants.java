package org.phare.store.matching;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipObjective;
import org.phare.core.matching.AssociationObjective;
import org.phare.core.matching.CompanyObjective;
import org.phare.core.matching.Location;
import org.phare.core.matching.Objective;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Side;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.store.ecosystem.EcosystemStore;

/**
 * The one place where a registry {@link Organisation} becomes a matching {@link Participant}: its
 * id is the registry id, economic actors are companies and general-interest organisations are
 * associations (the two categories the référentiel's speed-dating brings together); other families
 * take no part. The location comes from the territory referential (EPCI, département, region of the
 * commune). The registry does not record which partnership categories an organisation is open to,
 * so that criterion stays neutral.
 */
public final class Participants {

  private final EcosystemStore registry;

  public Participants(EcosystemStore registry) {
    this.registry = registry;
  }

  /** The side of an organisation, empty when its family does not take part in matching. */
  public static Optional<Side> side(Organisation organisation) {
    return switch (organisation.family()) {
      case ECONOMIC_ACTOR -> Optional.of(Side.COMPANY);
      case GENERAL_INTEREST -> Optional.of(Side.ASSOCIATION);
      default -> Optional.empty();
    };
  }

  /** The participant of an organisation, empty when it is neither a company nor an association. */
  public Optional<Participant> of(Organisation organisation) {
    Optional<Side> side = side(organisation);
    if (side.isEmpty()) {
      return Optional.empty();
    }
    Territory commune = registry.commune(organisation.communeCode());
    Location location =
        new Location(
            commune.code(),
            commune.ancestors().get(Level.EPCI),
            commune.ancestors().get(Level.DEPARTEMENT),
            commune.ancestors().get(Level.REGION));
    Set<Objective> objectives = new LinkedHashSet<>();
    for (PartnershipObjective objective : organisation.objectives()) {
      objectives.add(objective(objective));
    }
    return Optional.of(
        new Participant(
            Long.toString(organisation.id()),
            organisation.name(),
            side.get(),
            organisation.domains(),
            location,
            objectives,
            EnumSet.noneOf(PartnershipCategory.class)));
  }

  /** The participant of an organisation that must take part, or a clear error. */
  public Participant require(Organisation organisation) {
    return of(organisation)
        .orElseThrow(
            () ->
                RefusedException.refused(
                    "matching.participant.family",
                    "participants",
                    "name",
                    organisation.name(),
                    "family",
                    organisation.family()));
  }

  static Objective objective(PartnershipObjective objective) {
    return switch (objective) {
      case HR_AND_MANAGEMENT -> CompanyObjective.HR_MANAGEMENT;
      case STAKEHOLDER_DIALOGUE -> CompanyObjective.STAKEHOLDER_DIALOGUE;
      case ECONOMIC_IMPACT -> CompanyObjective.ECONOMIC_IMPACT;
      case COMPANY_INNOVATION -> CompanyObjective.INNOVATION;
      case PEOPLE_AND_SKILLS -> AssociationObjective.PEOPLE_AND_SKILLS;
      case INVOLVEMENT_OF_ACTORS -> AssociationObjective.INVOLVEMENT_OF_ACTORS;
      case ECONOMIC_RESOURCES -> AssociationObjective.ECONOMIC_RESOURCES;
      case ASSOCIATION_INNOVATION -> AssociationObjective.INNOVATION;
    };
  }
}
