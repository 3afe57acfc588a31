package org.phare.web.ecosystem;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.EconomicStatus;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.PartnershipObjective;
import org.phare.core.ecosystem.Siren;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Territory;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.web.i18n.FieldErrors;

/**
 * What the user typed in the organisation form, kept verbatim so that a refused form is shown again
 * exactly as it was sent. Every rule is checked by the core record and the registry (see {@link
 * FieldErrors}).
 *
 * @param commune a commune code, name, or {@code Name (code)}
 * @param version the version the user started from (hidden field), 0 for a creation
 * @param confirm the user has seen the probable duplicates and confirms
 */
public record OrganisationForm(
    String name,
    String type,
    String size,
    String status,
    boolean ess,
    String commune,
    Set<String> domains,
    Set<String> objectives,
    String person,
    String email,
    String phone,
    String website,
    String siren,
    int version,
    boolean confirm) {

  public static final OrganisationForm EMPTY =
      new OrganisationForm(
          "", "", "", "", false, "", Set.of(), Set.of(), "", "", "", "", "", 0, false);

  /** The form fields of a POST (url-encoded). */
  static OrganisationForm read(Context ctx) {
    return new OrganisationForm(
        text(ctx, "name"),
        text(ctx, "type"),
        text(ctx, "size"),
        text(ctx, "status"),
        ctx.formParam("ess") != null,
        text(ctx, "commune"),
        new LinkedHashSet<>(ctx.formParams("domains")),
        new LinkedHashSet<>(ctx.formParams("objectives")),
        text(ctx, "person"),
        text(ctx, "email"),
        text(ctx, "phone"),
        text(ctx, "website"),
        text(ctx, "siren"),
        version(ctx),
        ctx.formParam("confirm") != null);
  }

  /** A stored organisation as the form shows it (commune as {@code Name (code)}). */
  static OrganisationForm of(Organisation o, String communeLabel) {
    return new OrganisationForm(
        o.name(),
        o.type().name(),
        o.size() == null ? "" : o.size().name(),
        o.status() == null ? "" : o.status().name(),
        o.ess(),
        communeLabel,
        names(o.domains()),
        names(o.objectives()),
        o.contact().person(),
        o.contact().email(),
        o.contact().phone(),
        o.contact().website(),
        o.siren() == null ? "" : o.siren().value(),
        o.version(),
        false);
  }

  /** The same input, now based on {@code newVersion} (after a conflict), never confirmed. */
  OrganisationForm atVersion(int newVersion) {
    return new OrganisationForm(
        name,
        type,
        size,
        status,
        ess,
        commune,
        domains,
        objectives,
        person,
        email,
        phone,
        website,
        siren,
        newVersion,
        false);
  }

  public boolean hasDomain(Domain d) {
    return domains.contains(d.name());
  }

  public boolean hasObjective(PartnershipObjective o) {
    return objectives.contains(o.name());
  }

  /**
   * The organisation this input describes, or null with the refusals recorded in {@code errors}.
   * Each field is read on its own first (so every faulty field is reported), then the record checks
   * the rules across fields.
   */
  Organisation toOrganisation(long id, EcosystemStore registry, FieldErrors errors) {
    OrganisationType t = errors.check("type", () -> OrganisationType.parse(type));
    CompanySize s = errors.check("size", () -> size.isBlank() ? null : CompanySize.parse(size));
    EconomicStatus st =
        errors.check("status", () -> status.isBlank() ? null : EconomicStatus.parse(status));
    Territory where = errors.check("commune", () -> registry.communeByCodeOrName(commune));
    Set<Domain> d = errors.check("domains", () -> parse(domains, Domain::parse, Domain.class));
    Set<PartnershipObjective> obj =
        errors.check(
            "objectives",
            () -> parse(objectives, PartnershipObjective::parse, PartnershipObjective.class));
    Contact c = errors.check("email", () -> new Contact(person, email, phone, website));
    Siren number = errors.check("siren", () -> Siren.parseOrNull(siren));
    if (!errors.isEmpty()) {
      // Some fields did not parse: still ask the record about the others (with what parsed), so
      // that every problem is reported at once; its reasons about unparsed fields are dropped.
      try {
        new Organisation(
            id,
            name,
            t,
            s,
            st,
            ess,
            where == null ? "" : where.code(),
            d,
            obj,
            c,
            number,
            id == 0 ? 0 : version);
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
            new Organisation(
                id, name, t, s, st, ess, where.code(), d, obj, c, number, id == 0 ? 0 : version));
  }

  static <E extends Enum<E>> Set<E> parse(
      Set<String> codes, Function<String, E> parse, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (String code : codes) {
      if (!code.isBlank()) {
        set.add(parse.apply(code));
      }
    }
    return set;
  }

  static Set<String> names(Set<? extends Enum<?>> values) {
    Set<String> names = new LinkedHashSet<>();
    values.forEach(v -> names.add(v.name()));
    return names;
  }

  static String text(Context ctx, String field) {
    String value = ctx.formParam(field);
    return value == null ? "" : value;
  }

  static int version(Context ctx) {
    try {
      return Integer.parseInt(text(ctx, "version").trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static List<String> list(Set<String> values) {
    return List.copyOf(values);
  }
}
