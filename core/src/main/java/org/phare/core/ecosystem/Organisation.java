package org.phare.core.ecosystem;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;

/**
 * An organisation of the ecosystem registry.
 *
 * @param id database id, 0 for an organisation not saved yet
 * @param name display name, kept verbatim
 * @param type sub-type, which gives the {@link Family}
 * @param size size class, required for a {@link OrganisationType#COMPANY}, null otherwise allowed
 * @param status legal model, for economic actors only (null elsewhere)
 * @param ess member of the social and solidarity economy
 * @param communeCode COG code of the commune of its seat; EPCI, département and region follow from
 *     the territory referential
 * @param domains domains of action among the 16
 * @param objectives objectives sought in partnerships (company-side objectives for economic actors,
 *     association-side objectives for general-interest organisations)
 * @param contact how to reach it
 * @param siren SIREN, or null when it has none (citizens' group) or it is unknown
 * @param version optimistic-locking version: 0 before the first save, then incremented on each
 *     update
 */
public record Organisation(
    long id,
    String name,
    OrganisationType type,
    CompanySize size,
    EconomicStatus status,
    boolean ess,
    String communeCode,
    Set<Domain> domains,
    Set<PartnershipObjective> objectives,
    Contact contact,
    Siren siren,
    int version) {
  /** Longest name (docs/security.md lists every bound). */
  public static final int MAX_NAME = 300;

  public Organisation {
    // Every rule is checked before refusing, so that a form shows all its problems at once.
    List<RefusedException> problems = new java.util.ArrayList<>();
    try {
      name = Texts.required(name, "name", MAX_NAME);
    } catch (RefusedException e) {
      problems.add(e);
    }
    if (type == null) {
      problems.add(RefusedException.badInput("input.required", "type"));
    } else if (type == OrganisationType.COMPANY && size == null) {
      problems.add(RefusedException.refused("registry.size.required-for-company", "size"));
    } else if (type.family() != Family.ECONOMIC_ACTOR && (size != null || status != null)) {
      problems.add(RefusedException.refused("registry.size.economic-only", "size", "type", type));
    }
    try {
      communeCode = Texts.required(communeCode, "commune", 5);
      if (!communeCode.matches("[0-9][0-9AB][0-9]{3}")) {
        throw RefusedException.badInput(
            "registry.commune.not-a-code", "commune", "value", communeCode);
      }
    } catch (RefusedException e) {
      problems.add(e);
    }
    domains = Collections.unmodifiableSet(copy(domains, Domain.class));
    objectives = Collections.unmodifiableSet(copy(objectives, PartnershipObjective.class));
    PartnershipObjective.Side expected =
        type == null
            ? null
            : switch (type.family()) {
              case ECONOMIC_ACTOR -> PartnershipObjective.Side.COMPANY;
              case GENERAL_INTEREST -> PartnershipObjective.Side.ASSOCIATION;
              default -> null;
            };
    for (PartnershipObjective objective : objectives) {
      if (expected != null && objective.side() != expected) {
        problems.add(
            RefusedException.refused(
                "registry.objective.wrong-family",
                "objectives",
                "objective",
                objective,
                "side",
                objective.side().name(),
                "family",
                type.family()));
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw RefusedException.all(problems);
    }
    contact = contact == null ? Contact.NONE : contact;
    if (version < 0) {
      throw RefusedException.badInput("registry.version.negative", "version");
    }
  }

  public Family family() {
    return type.family();
  }

  public Organisation withId(long newId, int newVersion) {
    return new Organisation(
        newId,
        name,
        type,
        size,
        status,
        ess,
        communeCode,
        domains,
        objectives,
        contact,
        siren,
        newVersion);
  }

  static <E extends Enum<E>> EnumSet<E> copy(Set<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    if (values != null) {
      copy.addAll(values);
    }
    return copy;
  }
}
