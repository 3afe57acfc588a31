package org.phare.core.ecosystem;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
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
  /** Longest title (docs/security.md lists every bound). */
  public static final int MAX_TITLE = 300;

  public Partnership {
    // Every rule is checked before refusing, so that a form shows all its problems at once.
    List<RefusedException> problems = new java.util.ArrayList<>();
    try {
      title = Texts.required(title, "title", MAX_TITLE);
    } catch (RefusedException e) {
      problems.add(e);
    }
    memberIds = List.copyOf(memberIds == null ? List.of() : memberIds);
    if (memberIds.stream().distinct().count() != memberIds.size()) {
      problems.add(RefusedException.refused("registry.members.twice", "members"));
    } else if (memberIds.size() < 2) {
      problems.add(
          RefusedException.refused(
              "registry.members.too-few", "members", "count", memberIds.size()));
    }
    if (category == null) {
      problems.add(RefusedException.badInput("input.required", "category"));
    } else if (modality != null && modality.category() != category) {
      problems.add(
          RefusedException.refused(
              "registry.modality.wrong-category",
              "modality",
              "modality",
              modality,
              "category",
              modality.category(),
              "chosen",
              category));
    }
    domains = Collections.unmodifiableSet(Organisation.copy(domains, Domain.class));
    if (territory == null) {
      problems.add(RefusedException.badInput("input.required", "territory"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(RefusedException.refused("registry.end-before-start", "end"));
    }
    resources = Collections.unmodifiableSet(Organisation.copy(resources, ResourceKind.class));
    stage = stage == null ? PartnershipStage.PREPARE : stage;
    levers = Collections.unmodifiableSet(Organisation.copy(levers, SupportLever.class));
    if (category != PartnershipCategory.SOCIETAL_INNOVATION
        && (innovationStage != null || !levers.isEmpty())) {
      problems.add(
          RefusedException.refused("registry.innovation.societal-only", "innovationStage"));
    }
    if (!problems.isEmpty()) {
      throw RefusedException.all(problems);
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
