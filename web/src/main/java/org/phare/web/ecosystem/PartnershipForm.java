package org.phare.web.ecosystem;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phare.core.ecosystem.InnovationStage;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipStage;
import org.phare.core.ecosystem.ResourceKind;
import org.phare.core.ecosystem.SupportLever;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.web.i18n.FieldErrors;

/**
 * What the user typed in the partnership form, kept verbatim to be shown again. The rules are the
 * core record's and the registry's (see {@link FieldErrors}).
 *
 * @param members ids of the member organisations, as sent
 * @param territory {@code level:code} (e.g. {@code departement:45}), or a commune code or name
 * @param start ISO date or empty
 * @param version the version the user started from, 0 for a creation
 */
public record PartnershipForm(
    String title,
    List<String> members,
    String category,
    String modality,
    Set<String> domains,
    String territory,
    String start,
    String end,
    Set<String> resources,
    String stage,
    String innovationStage,
    Set<String> levers,
    int version) {

  static PartnershipForm empty(TerritoryId territory) {
    return new PartnershipForm(
        "",
        List.of(),
        "",
        "",
        Set.of(),
        territory == null ? "" : territory.toString(),
        "",
        "",
        Set.of(),
        PartnershipStage.PREPARE.name(),
        "",
        Set.of(),
        0);
  }

  static PartnershipForm read(Context ctx) {
    List<String> members = new ArrayList<>();
    for (String m : ctx.formParams("members")) {
      if (!m.isBlank() && !members.contains(m.trim())) {
        members.add(m.trim());
      }
    }
    return new PartnershipForm(
        OrganisationForm.text(ctx, "title"),
        members,
        OrganisationForm.text(ctx, "category"),
        OrganisationForm.text(ctx, "modality"),
        new LinkedHashSet<>(ctx.formParams("domains")),
        OrganisationForm.text(ctx, "territory"),
        OrganisationForm.text(ctx, "start"),
        OrganisationForm.text(ctx, "end"),
        new LinkedHashSet<>(ctx.formParams("resources")),
        OrganisationForm.text(ctx, "stage"),
        OrganisationForm.text(ctx, "innovationStage"),
        new LinkedHashSet<>(ctx.formParams("levers")),
        OrganisationForm.version(ctx));
  }

  static PartnershipForm of(Partnership p) {
    return new PartnershipForm(
        p.title(),
        p.memberIds().stream().map(String::valueOf).toList(),
        p.category().name(),
        p.modality() == null ? "" : p.modality().name(),
        OrganisationForm.names(p.domains()),
        p.territory().toString(),
        p.start() == null ? "" : p.start().toString(),
        p.end() == null ? "" : p.end().toString(),
        OrganisationForm.names(p.resources()),
        p.stage().name(),
        p.innovationStage() == null ? "" : p.innovationStage().name(),
        OrganisationForm.names(p.levers()),
        p.version());
  }

  PartnershipForm atVersion(int newVersion) {
    return new PartnershipForm(
        title,
        members,
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

  public boolean hasResource(ResourceKind r) {
    return resources.contains(r.name());
  }

  /** The partnership this input describes, or null with the refusals recorded in {@code errors}. */
  Partnership toPartnership(long id, EcosystemStore registry, FieldErrors errors) {
    List<Long> ids = errors.check("members", this::memberIds);
    PartnershipCategory c = errors.check("category", () -> PartnershipCategory.parse(category));
    Modality m =
        errors.check("modality", () -> modality.isBlank() ? null : Modality.parse(modality));
    Set<Domain> d =
        errors.check("domains", () -> OrganisationForm.parse(domains, Domain::parse, Domain.class));
    TerritoryId where = errors.check("territory", () -> territory(registry, territory));
    LocalDate from = errors.check("start", () -> date(start));
    LocalDate to = errors.check("end", () -> date(end));
    Set<ResourceKind> r =
        errors.check(
            "resources",
            () -> OrganisationForm.parse(resources, ResourceKind::parse, ResourceKind.class));
    PartnershipStage s =
        errors.check("stage", () -> stage.isBlank() ? null : PartnershipStage.parse(stage));
    InnovationStage is =
        errors.check(
            "innovationStage",
            () -> innovationStage.isBlank() ? null : InnovationStage.parse(innovationStage));
    Set<SupportLever> l =
        errors.check(
            "levers",
            () -> OrganisationForm.parse(levers, SupportLever::parse, SupportLever.class));
    if (!errors.isEmpty()) {
      // Some fields did not parse: still ask the record about the others (with what parsed), so
      // that every problem is reported at once; its reasons about unparsed fields are dropped.
      try {
        new Partnership(
            id, title, ids, c, m, d, where, from, to, r, s, is, l, id == 0 ? 0 : version);
      } catch (RefusedException e) {
        for (var reason : e.refusals()) {
          if (!errors.has(reason.field())) {
            errors.add(reason, FieldErrors.FORM);
          }
        }
      }
      return null;
    }
    return errors.check(
        "form",
        () ->
            new Partnership(
                id, title, ids, c, m, d, where, from, to, r, s, is, l, id == 0 ? 0 : version));
  }

  private List<Long> memberIds() {
    List<Long> ids = new ArrayList<>();
    for (String m : members) {
      try {
        ids.add(Long.parseLong(m.trim()));
      } catch (NumberFormatException e) {
        throw RefusedException.badInput("input.not-an-id", "members", "value", m);
      }
    }
    return ids;
  }

  /**
   * {@code level:code}, or a commune by code or name; checked against the referential. Shared with
   * the initiative form.
   */
  static TerritoryId territory(EcosystemStore registry, String typed) {
    String text = typed.strip();
    if (text.isEmpty()) {
      throw RefusedException.badInput("input.required", "territory");
    }
    if (text.contains(":")) {
      TerritoryId id = TerritoryId.parse(text);
      return registry.territory(id).id();
    }
    return TerritoryId.of(Level.COMMUNE, registry.communeByCodeOrName(text).code());
  }

  /** An ISO date, or null when blank. Shared with the initiative form. */
  static LocalDate date(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw RefusedException.badInput("input.not-a-date", "", "value", text.strip());
    }
  }
}
