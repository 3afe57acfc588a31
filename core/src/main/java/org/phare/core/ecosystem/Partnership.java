package org.phare.core.ecosystem;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.TerritoryId;

/**
 * A partnership between two or more organisations.
 *
 * @param id database id, 0 before saving
 * @param title short name, kept verbatim
 * @param memberIds the partner organisations (at least two, distinct)
 * @param category one of the four categories
 * @param modality one of the nine modalities, which must belong to {@code category}
 * @param domains fragility domains the partnership addresses
 * @param territory where it acts (any level)
 * @param start start date, may be null when unknown
 * @param end end date, null while running; not before {@code start}
 * @param resources what the partners bring (financial, skills, in kind)
 * @param stage lifecycle stage of the accompaniment
 * @param innovationStage for a societal innovation, its stage among five; null otherwise
 * @param levers for a societal innovation, the support levers used
 * @param version optimistic-locking version
 */
public record Partnership(
    long id,
    String title,
    List<Long> memberIds,
    PartnershipCategory category,
    Modality modality,
    Set<Domain> domains,
    TerritoryId territory,
    LocalDate start,
    LocalDate end,
    Set<ResourceKind> resources,
    PartnershipStage stage,
    InnovationStage innovationStage,
    Set<SupportLever> levers,
    int version) {

  public Partnership {
    title = Texts.required(title, "title", 300);
    memberIds = List.copyOf(memberIds == null ? List.of() : memberIds);
    if (memberIds.stream().distinct().count() != memberIds.size()) {
      throw new IllegalArgumentException("members: an organisation is listed twice");
    }
    if (memberIds.size() < 2) {
      throw new IllegalArgumentException(
          "members: a partnership needs at least two organisations (got " + memberIds.size() + ")");
    }
    if (category == null) {
      throw new IllegalArgumentException("category is missing");
    }
    if (modality != null && modality.category() != category) {
      throw new IllegalArgumentException(
          "modality "
              + modality.name()
              + " belongs to category "
              + modality.category().name()
              + ", not "
              + category.name());
    }
    domains = Collections.unmodifiableSet(Organisation.copy(domains, Domain.class));
    if (territory == null) {
      throw new IllegalArgumentException("territory is missing");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    resources = Collections.unmodifiableSet(Organisation.copy(resources, ResourceKind.class));
    stage = stage == null ? PartnershipStage.PREPARE : stage;
    levers = Collections.unmodifiableSet(Organisation.copy(levers, SupportLever.class));
    if (category != PartnershipCategory.SOCIETAL_INNOVATION
        && (innovationStage != null || !levers.isEmpty())) {
      throw new IllegalArgumentException(
          "innovation stage and support levers apply to societal innovations only");
    }
  }

  public Partnership withId(long newId, int newVersion) {
    return new Partnership(
        newId,
        title,
        memberIds,
        category,
        modality,
        domains,
        territory,
        start,
        end,
        resources,
        stage,
        innovationStage,
        levers,
        newVersion);
  }
}
