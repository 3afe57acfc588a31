package org.phare.web.ecosystem;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.InitiativeStage;
import org.phare.core.ecosystem.InnovationStage;
import org.phare.core.ecosystem.SupportLever;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.web.i18n.FieldErrors;

/**
 * What the user typed in the initiative form, kept verbatim to be shown again. The rules are the
 * core record's and the registry's (see {@link FieldErrors}).
 *
 * @param participants ids of the participating organisations, as sent (may be empty while needs are
 *     surfaced)
 * @param territory {@code level:code} (e.g. {@code departement:45}), or a commune code or name
 * @param version the version the user started from (hidden field), 0 for a creation
 */
public record InitiativeForm(
    String kind,
    String title,
    List<String> participants,
    String territory,
    String stage,
    Set<String> domains,
    String start,
    String end,
    String innovationStage,
    Set<String> levers,
    int version) {

  static InitiativeForm empty(TerritoryId territory) {
    return new InitiativeForm(
        "",
        "",
        List.of(),
        territory == null ? "" : territory.toString(),
        InitiativeStage.SURFACE_NEEDS.name(),
        Set.of(),
        "",
        "",
        "",
        Set.of(),
        0);
  }

  static InitiativeForm of(Initiative i) {
    return new InitiativeForm(
        i.kind().name(),
        i.title(),
        i.participantIds().stream().map(String::valueOf).toList(),
        i.territory().toString(),
        i.stage().name(),
        OrganisationForm.names(i.domains()),
        i.start() == null ? "" : i.start().toString(),
        i.end() == null ? "" : i.end().toString(),
        i.innovationStage() == null ? "" : i.innovationStage().name(),
        OrganisationForm.names(i.levers()),
        i.version());
  }

  InitiativeForm atVersion(int newVersion) {
    return new InitiativeForm(
        kind,
        title,
        participants,
        territory,
        stage,
        domains,
        start,
        end,
        innovationStage,
        levers,
        newVersion);
  }

  static InitiativeForm read(Context ctx) {
    List<String> participants = new ArrayList<>();
    for (String p : ctx.formParams("participants")) {
      if (!p.isBlank() && !participants.contains(p.trim())) {
        participants.add(p.trim());
      }
    }
    return new InitiativeForm(
        OrganisationForm.text(ctx, "kind"),
        OrganisationForm.text(ctx, "title"),
        participants,
        OrganisationForm.text(ctx, "territory"),
        OrganisationForm.text(ctx, "stage"),
        new LinkedHashSet<>(ctx.formParams("domains")),
        OrganisationForm.text(ctx, "start"),
        OrganisationForm.text(ctx, "end"),
        OrganisationForm.text(ctx, "innovationStage"),
        new LinkedHashSet<>(ctx.formParams("levers")),
        OrganisationForm.version(ctx));
  }

  /**
   * The initiative this input describes, or null with the refusals recorded in {@code errors}.
   * Every field is checked, so that all refusals are shown at once.
   */
  Initiative toInitiative(long id, EcosystemStore registry, FieldErrors errors) {
    InitiativeKind k = errors.check("kind", () -> InitiativeKind.parse(kind));
    List<Long> ids = errors.check("participants", this::participantIds);
    TerritoryId where =
        errors.check("territory", () -> PartnershipForm.territory(registry, territory));
    InitiativeStage s =
        errors.check("stage", () -> stage.isBlank() ? null : InitiativeStage.parse(stage));
    Set<Domain> d =
        errors.check("domains", () -> OrganisationForm.parse(domains, Domain::parse, Domain.class));
    LocalDate from = errors.check("start", () -> PartnershipForm.date(start));
    LocalDate to = errors.check("end", () -> PartnershipForm.date(end));
    InnovationStage is =
        errors.check(
            "innovationStage",
            () -> innovationStage.isBlank() ? null : InnovationStage.parse(innovationStage));
    Set<SupportLever> l =
        errors.check(
            "levers",
            () -> OrganisationForm.parse(levers, SupportLever::parse, SupportLever.class));
    // The record checks the kind before the title: ask it about the title alone.
    errors.check(
        "title",
        () ->
            new Initiative(
                0,
                InitiativeKind.TERRITORIAL_DIALOGUE,
                title,
                TerritoryId.FRANCE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
    if (!errors.isEmpty()) {
      return null;
    }
    return errors.check(
        "form",
        () ->
            new Initiative(id, k, title, where, ids, s, d, from, to, is, l, id == 0 ? 0 : version));
  }

  private List<Long> participantIds() {
    List<Long> ids = new ArrayList<>();
    for (String p : participants) {
      try {
        ids.add(Long.parseLong(p.trim()));
      } catch (NumberFormatException e) {
        throw RefusedException.badInput("input.not-an-id", "participants", "value", p);
      }
    }
    return ids;
  }
}
