package org.phare.web.ecosystem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.phare.core.account.Actor;
import org.phare.core.account.Permissions;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.EconomicStatus;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.InitiativeStage;
import org.phare.core.ecosystem.InnovationStage;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipObjective;
import org.phare.core.ecosystem.PartnershipStage;
import org.phare.core.ecosystem.ResourceKind;
import org.phare.core.ecosystem.Siren;
import org.phare.core.ecosystem.SupportLever;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.web.account.AccountRoutes;

/**
 * The JSON shape of organisations, partnerships and initiatives in the API (documented in
 * docs/openapi.yaml): codes for enumerations, {@code level:code} for territories, ISO dates.
 */
public final class RegistryJson {

  private RegistryJson() {}

  /**
   * The organisation as the request's reader may see it: its contact person, e-mail and phone only
   * for the accounts {@link org.phare.core.account.ContactVisibility} allows. Every JSON answer
   * carrying an organisation goes through here.
   */
  public static Map<String, Object> shown(Context ctx, EcosystemStore registry, Organisation o) {
    return of(registry.shownTo(reader(ctx), o));
  }

  /** The signed-in account's rights, {@code null} for an anonymous visitor. */
  public static Permissions reader(Context ctx) {
    return AccountRoutes.actor(ctx).map(Actor::permissions).orElse(null);
  }

  /** Every field, contact included: only for what {@link #shown} filtered or the actor wrote. */
  static Map<String, Object> of(Organisation o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("version", o.version());
    m.put("name", o.name());
    m.put("family", o.family());
    m.put("type", o.type());
    m.put("size", o.size());
    m.put("status", o.status());
    m.put("ess", o.ess());
    m.put("commune", o.communeCode());
    m.put("domains", o.domains());
    m.put("objectives", o.objectives());
    m.put("contact", o.contact());
    m.put("siren", o.siren() == null ? null : o.siren().value());
    return m;
  }

  static Organisation organisation(JsonNode json, long id) {
    JsonNode contact = json.path("contact");
    return field(
        "organisation",
        () ->
            new Organisation(
                id,
                text(json, "name"),
                OrganisationType.parse(text(json, "type")),
                optional(json, "size", CompanySize::parse),
                optional(json, "status", EconomicStatus::parse),
                json.path("ess").asBoolean(false),
                text(json, "commune"),
                set(json, "domains", Domain::parse, Domain.class),
                set(json, "objectives", PartnershipObjective::parse, PartnershipObjective.class),
                new Contact(
                    text(contact, "person"),
                    text(contact, "email"),
                    text(contact, "phone"),
                    text(contact, "website")),
                Siren.parseOrNull(text(json, "siren")),
                json.path("version").asInt(0)));
  }

  public static Map<String, Object> of(Partnership p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("version", p.version());
    m.put("title", p.title());
    m.put("members", p.memberIds());
    m.put("category", p.category());
    m.put("modality", p.modality());
    m.put("domains", p.domains());
    m.put("territory", p.territory().toString());
    m.put("start", p.start());
    m.put("end", p.end());
    m.put("resources", p.resources());
    m.put("stage", p.stage());
    m.put("innovationStage", p.innovationStage());
    m.put("levers", p.levers());
    return m;
  }

  static Partnership partnership(JsonNode json, long id) {
    return field(
        "partnership",
        () ->
            new Partnership(
                id,
                text(json, "title"),
                ids(json, "members"),
                PartnershipCategory.parse(text(json, "category")),
                optional(json, "modality", Modality::parse),
                set(json, "domains", Domain::parse, Domain.class),
                TerritoryId.parse(text(json, "territory")),
                optional(json, "start", t -> date("start", t)),
                optional(json, "end", t -> date("end", t)),
                set(json, "resources", ResourceKind::parse, ResourceKind.class),
                optional(json, "stage", PartnershipStage::parse),
                optional(json, "innovationStage", InnovationStage::parse),
                set(json, "levers", SupportLever::parse, SupportLever.class),
                json.path("version").asInt(0)));
  }

  static Map<String, Object> of(Initiative i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("version", i.version());
    m.put("kind", i.kind());
    m.put("title", i.title());
    m.put("territory", i.territory().toString());
    m.put("participants", i.participantIds());
    m.put("stage", i.stage());
    m.put("domains", i.domains());
    m.put("start", i.start());
    m.put("end", i.end());
    m.put("innovationStage", i.innovationStage());
    m.put("levers", i.levers());
    return m;
  }

  static Initiative initiative(JsonNode json, long id) {
    return field(
        "initiative",
        () ->
            new Initiative(
                id,
                InitiativeKind.parse(text(json, "kind")),
                text(json, "title"),
                TerritoryId.parse(text(json, "territory")),
                ids(json, "participants"),
                optional(json, "stage", InitiativeStage::parse),
                set(json, "domains", Domain::parse, Domain.class),
                optional(json, "start", t -> date("start", t)),
                optional(json, "end", t -> date("end", t)),
                optional(json, "innovationStage", InnovationStage::parse),
                set(json, "levers", SupportLever::parse, SupportLever.class),
                json.path("version").asInt(0)));
  }

  private interface Builder<T> {
    T build();
  }

  private static <T> T field(String what, Builder<T> builder) {
    // Refusals name their own field; nothing to add.
    return builder.build();
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    if (!node.isValueNode()) {
      throw RefusedException.badInput("input.not-a-text", field);
    }
    return node.asText();
  }

  private static <T> T optional(JsonNode json, String field, Function<String, T> parse) {
    String text = text(json, field);
    return text.isBlank() ? null : parse.apply(text);
  }

  private static <E extends Enum<E>> Set<E> set(
      JsonNode json, String field, Function<String, E> parse, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    JsonNode node = json.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return set;
    }
    if (!node.isArray()) {
      throw RefusedException.badInput("input.not-a-list", field);
    }
    node.forEach(item -> set.add(parse.apply(item.asText())));
    return set;
  }

  private static List<Long> ids(JsonNode json, String field) {
    List<Long> ids = new ArrayList<>();
    JsonNode node = json.path(field);
    if (!node.isMissingNode() && !node.isArray()) {
      throw RefusedException.badInput("input.not-a-list", field);
    }
    node.forEach(
        item -> {
          if (!item.canConvertToLong()) {
            throw RefusedException.badInput("input.not-an-id", field, "value", item.asText());
          }
          ids.add(item.asLong());
        });
    return ids;
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw RefusedException.badInput("input.not-a-date", field, "value", text);
    }
  }
}
