package org.phare.store.ecosystem;

import java.util.List;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.account.Permissions;
import org.phare.core.account.Role;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.EconomicStatus;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.PartnershipObjective;
import org.phare.core.ecosystem.Siren;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

/** Organisations and actors used across store tests. */
final class Samples {

  static final TerritoryId LOIRET = TerritoryId.of(Level.DEPARTEMENT, "45");
  static final TerritoryId CHER = TerritoryId.of(Level.DEPARTEMENT, "18");
  static final TerritoryId CENTRE = TerritoryId.of(Level.REGION, "24");

  static final Actor LOIRET_EDITOR =
      new Actor(0, "editeur-loiret", new Permissions(Role.EDITOR, List.of(LOIRET)));
  static final Actor CHER_EDITOR =
      new Actor(0, "editeur-cher", new Permissions(Role.EDITOR, List.of(CHER)));
  static final Actor VIEWER = new Actor(0, "lecteur", new Permissions(Role.VIEWER, List.of()));

  private Samples() {}

  static Organisation company(String name, String commune, String siren) {
    return new Organisation(
        0,
        name,
        OrganisationType.COMPANY,
        CompanySize.SME,
        EconomicStatus.CLASSIC,
        false,
        commune,
        Set.of(Domain.EMPLOYMENT),
        Set.of(PartnershipObjective.HR_AND_MANAGEMENT),
        new Contact("Jeanne Martin", "jeanne@example.org", "", ""),
        Siren.parseOrNull(siren),
        0);
  }

  static Organisation association(String name, String commune) {
    return new Organisation(
        0,
        name,
        OrganisationType.ASSOCIATION,
        null,
        null,
        true,
        commune,
        Set.of(Domain.POVERTY, Domain.ISOLATION),
        Set.of(PartnershipObjective.ECONOMIC_RESOURCES),
        Contact.NONE,
        null,
        0);
  }

  static Organisation authority(String name, String commune) {
    return new Organisation(
        0,
        name,
        OrganisationType.LOCAL_AUTHORITY,
        null,
        null,
        false,
        commune,
        Set.of(),
        Set.of(),
        Contact.NONE,
        null,
        0);
  }
}
