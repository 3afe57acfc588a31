package org.phare.core.ecosystem;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;

/**
 * A territorial dialogue or a collective experiment, with its participants.
 *
 * @param id database id, 0 before saving
 * @param kind dialogue or experiment
 * @param title short name
 * @param territory where it takes place
 * @param participantIds participating organisations (may be empty while needs are surfaced)
 * @param stage accompaniment stage
 * @param domains domains addressed
 * @param start start date or null
 * @param end end date or null, not before start
 * @param innovationStage when the experiment is a societal innovation, its stage; else null
 * @param levers support levers used for a societal innovation
 * @param version optimistic-locking version
 */
public record Initiative(
    long id,
    InitiativeKind kind,
    String title,
    TerritoryId territory,
    List<Long> participantIds,
    InitiativeStage stage,
    Set<Domain> domains,
    LocalDate start,
    LocalDate end,
    InnovationStage innovationStage,
    Set<SupportLever> levers,
    int version) {
  /** Longest title (docs/security.md lists every bound). */
  public static final int MAX_TITLE = 300;

  public Initiative {
    if (kind == null) {
      throw RefusedException.badInput("input.required", "kind");
    }
    title = Texts.required(title, "title", MAX_TITLE);
    if (territory == null) {
      throw RefusedException.badInput("input.required", "territory");
    }
    participantIds = List.copyOf(participantIds == null ? List.of() : participantIds);
    if (participantIds.stream().distinct().count() != participantIds.size()) {
      throw RefusedException.refused("registry.members.twice", "participants");
    }
    stage = stage == null ? InitiativeStage.SURFACE_NEEDS : stage;
    domains = Collections.unmodifiableSet(Organisation.copy(domains, Domain.class));
    if (start != null && end != null && end.isBefore(start)) {
      throw RefusedException.refused("registry.end-before-start", "end");
    }
    levers = Collections.unmodifiableSet(Organisation.copy(levers, SupportLever.class));
  }

  public Initiative withId(long newId, int newVersion) {
    return new Initiative(
        newId,
        kind,
        title,
        territory,
        participantIds,
        stage,
        domains,
        start,
        end,
        innovationStage,
        levers,
        newVersion);
  }
}
