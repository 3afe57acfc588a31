package org.phare.store.ecosystem;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;
import org.phare.core.account.Actor;
import org.phare.core.account.ContactVisibility;
import org.phare.core.account.Permissions;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.DuplicateCandidate;
import org.phare.core.ecosystem.EconomicStatus;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.InitiativeStage;
import org.phare.core.ecosystem.InnovationStage;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.NameSimilarity;
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
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.text.TextFold;
import org.phare.store.account.AuditLog;

/**
 * The ecosystem registry: organisations, partnerships and initiatives, with duplicate detection,
 * territorial rights, optimistic locking and the audit log. Every statement uses bound parameters.
 */
public final class EcosystemStore {

  private final Jdbi jdbi;
  private final TerritoryReferential referential;

  public EcosystemStore(Jdbi jdbi, TerritoryReferential referential) {
    this.jdbi = jdbi;
    this.referential = referential;
  }

  Jdbi jdbi() {
    return jdbi;
  }

  TerritoryReferential referential() {
    return referential;
  }

  // ---------------------------------------------------------------- territories and rights

  /** The commune of an organisation (old COG codes follow their merger). */
  public Territory commune(String code) {
    String current =
        referential
            .currentCommuneCode(code)
            .orElseThrow(
                () ->
                    RefusedException.refused("registry.commune.unknown", "commune", "value", code));
    return referential.require(TerritoryId.of(Level.COMMUNE, current));
  }

  /**
   * The commune a user designates by its COG code (old codes follow their merger), by its name
   * (accents, case, hyphens and apostrophes ignored) or as {@code Name (code)}, as forms show it.
   *
   * @throws RefusedException on the {@code commune} field: unknown, or a name shared by several
   *     communes (the arguments list them with their codes)
   */
  public Territory communeByCodeOrName(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw RefusedException.badInput("input.required", "commune");
    }
    java.util.regex.Matcher withCode = NAME_AND_CODE.matcher(trimmed);
    if (withCode.matches()) {
      return commune(withCode.group(1));
    }
    if (COMMUNE_CODE.matcher(trimmed).matches()) {
      return commune(trimmed);
    }
    List<Territory> named = communesByName().getOrDefault(TextFold.fold(trimmed), List.of());
    if (named.isEmpty()) {
      throw RefusedException.refused("registry.commune.unknown", "commune", "value", trimmed);
    }
    if (named.size() > 1) {
      StringBuilder list = new StringBuilder();
      for (Territory t : named) {
        list.append(list.length() == 0 ? "" : ", ").append(t.name()).append(" (").append(t.code());
        list.append(')');
      }
      throw RefusedException.refused(
          "registry.commune.ambiguous", "commune", "value", trimmed, "candidates", list.toString());
    }
    return named.get(0);
  }

  private static final java.util.regex.Pattern COMMUNE_CODE =
      java.util.regex.Pattern.compile("[0-9][0-9AB][0-9]{3}");
  private static final java.util.regex.Pattern NAME_AND_CODE =
      java.util.regex.Pattern.compile(".*\\(\\s*([0-9][0-9AB][0-9]{3})\\s*\\)");

  /** Communes by {@link TextFold#fold folded} name, built on first use (about 35,000 names). */
  private volatile Map<String, List<Territory>> communesByName;

  private Map<String, List<Territory>> communesByName() {
    Map<String, List<Territory>> index = communesByName;
    if (index == null) {
      Map<String, List<Territory>> built = new java.util.HashMap<>();
      for (Territory t : referential.all(Level.COMMUNE)) {
        built.computeIfAbsent(TextFold.fold(t.name()), k -> new ArrayList<>()).add(t);
      }
      index = built;
      communesByName = index;
    }
    return index;
  }

  public Territory territory(TerritoryId id) {
    if (id.level() == Level.COMMUNE) {
      return commune(id.code());
    }
    return referential.require(id);
  }

  /**
   * @param code the refusal naming the kind of record ({@code registry.forbidden.organisation})
   */
  static void requireEdit(Actor actor, Territory where, String code) {
    actor.permissions().requireEdit(where, code);
  }

  /**
   * The organisation as {@code reader} may see it ({@link ContactVisibility}): without its contact
   * person, e-mail and phone unless the reader may edit its commune.
   *
   * @param reader the signed-in account's rights, {@code null} for an anonymous visitor
   */
  public Organisation shownTo(Permissions reader, Organisation o) {
    if (reader != null && reader.isAdministrator()) {
      return o;
    }
    return ContactVisibility.shown(reader, o, communeOrNull(o.communeCode()));
  }

  /** Whether {@code reader} may see the contact person of {@code o}. */
  public boolean maySeeContact(Permissions reader, Organisation o) {
    return ContactVisibility.maySee(reader, communeOrNull(o.communeCode()));
  }

  private Territory communeOrNull(String code) {
    try {
      return commune(code);
    } catch (RefusedException e) {
      // A commune code that left the referential: only administrators see the contact.
      return null;
    }
  }

  /**
   * Refuses to link into a partnership, an initiative or a speed-dating an organisation located
   * where the actor may not edit (422 {@code registry.link.other-territory}): an editor of the
   * Loiret may not draw an organisation of the Cher into its records, which would also keep its
   * owner from deleting it. An account that may edit both territories (an administrator, an editor
   * of the region) may.
   *
   * @param ids the organisations newly linked (those already linked stay, whoever added them)
   */
  public void requireLinkable(Actor actor, java.util.Collection<Long> ids) {
    jdbi.useHandle(h -> requireLinkable(h, actor, ids));
  }

  private void requireLinkable(Handle h, Actor actor, java.util.Collection<Long> ids) {
    if (actor.permissions().isAdministrator() || ids.isEmpty()) {
      return;
    }
    List<Organisation> linked =
        h.createQuery("SELECT * FROM eco_organisation WHERE id = ANY(:ids) ORDER BY id")
            .bindArray("ids", Long.class, List.copyOf(ids))
            .map((rs, ctx) -> organisation(rs))
            .list();
    for (Organisation o : linked) {
      Territory commune = communeOrNull(o.communeCode());
      if (commune == null || !actor.permissions().canEdit(commune)) {
        throw RefusedException.refused(
            "registry.link.other-territory",
            "members",
            "id",
            o.id(),
            "name",
            o.name(),
            "place",
            commune == null ? o.communeCode() : commune.name());
      }
    }
  }

  // ---------------------------------------------------------------- organisations

  /**
   * Probable duplicates of an organisation among those stored (same SIREN, similar name in the
   * commune).
   */
  public List<DuplicateCandidate> duplicates(Organisation organisation) {
    return jdbi.withHandle(h -> duplicates(h, organisation));
  }

  List<DuplicateCandidate> duplicates(Handle h, Organisation organisation) {
    List<Organisation> nearby =
        h.createQuery(
                "SELECT * FROM eco_organisation WHERE commune_code = :commune OR (CAST(:siren AS"
                    + " text) IS NOT NULL AND siren = :siren)")
            .bind("commune", organisation.communeCode())
            .bind("siren", organisation.siren() == null ? null : organisation.siren().value())
            .map((rs, ctx) -> organisation(rs))
            .list();
    return DuplicateCandidate.find(organisation, nearby);
  }

  /**
   * Saves a new organisation.
   *
   * @param confirmDuplicates the user has seen the probable duplicates and confirms
   * @throws DuplicateException when probable duplicates exist and are not confirmed
   * @throws RefusedException (forbidden) when the actor may not edit the organisation's commune
   */
  public Organisation create(Actor actor, Organisation organisation, boolean confirmDuplicates) {
    Organisation normalised = inCurrentCommune(organisation);
    Territory commune = commune(normalised.communeCode());
    requireEdit(actor, commune, "registry.forbidden.organisation");
    return jdbi.inTransaction(
        h -> {
          // Serialise creations in one commune so two simultaneous twins are both seen.
          h.createQuery("SELECT CAST(pg_advisory_xact_lock(hashtext(:c)) AS text)")
              .bind("c", normalised.communeCode())
              .mapTo(String.class)
              .one();
          if (!confirmDuplicates) {
            List<DuplicateCandidate> found = duplicates(h, normalised);
            if (!found.isEmpty()) {
              throw new DuplicateException(found);
            }
          }
          return insert(h, actor, normalised, commune);
        });
  }

  /** Inserts inside the caller's transaction (used by create and by the all-or-nothing import). */
  Organisation insert(Handle h, Actor actor, Organisation normalised, Territory commune) {
    long id =
        bindOrganisation(
                h.createUpdate(
                    "INSERT INTO eco_organisation (name, name_normalised, type, family, size,"
                        + " status, ess, commune_code, epci_code, departement_code, region_code,"
                        + " domains, objectives, contact_person, contact_email, contact_phone,"
                        + " website, siren) VALUES (:name, :norm, :type, :family, :size, :status,"
                        + " :ess, :commune, :epci, :dep, :region, :domains, :objectives, :person,"
                        + " :email, :phone, :website, :siren)"),
                normalised,
                commune)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    Organisation saved = normalised.withId(id, 1);
    AuditLog.record(h, actor, "CREATE", "organisation", id, null, saved);
    return saved;
  }

  /**
   * Updates an organisation if {@code organisation.version()} is still the stored version.
   *
   * @throws StaleVersionException when someone saved it in the meantime (nothing written)
   */
  public Organisation update(Actor actor, Organisation organisation, boolean confirmDuplicates) {
    Organisation normalised = inCurrentCommune(organisation);
    Territory commune = commune(normalised.communeCode());
    return jdbi.inTransaction(
        h -> {
          Organisation before =
              findOrganisation(h, organisation.id())
                  .orElseThrow(
                      () -> notFound("registry.not-found.organisation", organisation.id()));
          requireEdit(actor, commune(before.communeCode()), "registry.forbidden.organisation");
          requireEdit(actor, commune, "registry.forbidden.organisation");
          if (before.version() != organisation.version()) {
            throw new StaleVersionException(
                "registry.stale.organisation",
                before.name(),
                organisation.version(),
                before.version(),
                before);
          }
          if (!confirmDuplicates) {
            List<DuplicateCandidate> found = duplicates(h, normalised);
            if (!found.isEmpty()) {
              throw new DuplicateException(found);
            }
          }
          int rows =
              bindOrganisation(
                      h.createUpdate(
                          "UPDATE eco_organisation SET name = :name, name_normalised = :norm, type"
                              + " = :type, family = :family, size = :size, status = :status, ess ="
                              + " :ess, commune_code = :commune, epci_code = :epci,"
                              + " departement_code = :dep, region_code = :region, domains ="
                              + " :domains, objectives = :objectives, contact_person = :person,"
                              + " contact_email = :email, contact_phone = :phone, website ="
                              + " :website, siren = :siren, version = version + 1, updated_at ="
                              + " now() WHERE id = :id AND version = :version"),
                      normalised,
                      commune)
                  .bind("id", organisation.id())
                  .bind("version", organisation.version())
                  .execute();
          if (rows == 0) {
            // Lost a race after our read: report the stored state.
            Organisation current = findOrganisation(h, organisation.id()).orElse(before);
            throw new StaleVersionException(
                "registry.stale.organisation",
                current.name(),
                organisation.version(),
                current.version(),
                current);
          }
          Organisation saved = normalised.withId(organisation.id(), organisation.version() + 1);
          AuditLog.record(h, actor, "UPDATE", "organisation", saved.id(), before, saved);
          return saved;
        });
  }

  /** Deletes an organisation at the given version; refused while it is a partner. */
  public void deleteOrganisation(Actor actor, long id, int version) {
    jdbi.useTransaction(
        h -> {
          Organisation before =
              findOrganisation(h, id)
                  .orElseThrow(() -> notFound("registry.not-found.organisation", id));
          requireEdit(actor, commune(before.communeCode()), "registry.forbidden.organisation");
          if (before.version() != version) {
            throw new StaleVersionException(
                "registry.stale.organisation", before.name(), version, before.version(), before);
          }
          long links =
              h.createQuery(
                      "SELECT (SELECT count(*) FROM eco_partnership_member WHERE organisation_id ="
                          + " :id) + (SELECT count(*) FROM eco_initiative_participant WHERE"
                          + " organisation_id = :id)")
                  .bind("id", id)
                  .mapTo(Long.class)
                  .one();
          if (links > 0) {
            throw RefusedException.refused(
                "registry.organisation.still-linked", "", "name", before.name(), "count", links);
          }
          h.createUpdate("DELETE FROM eco_organisation WHERE id = :id AND version = :v")
              .bind("id", id)
              .bind("v", version)
              .execute();
          AuditLog.record(h, actor, "DELETE", "organisation", id, before, null);
        });
  }

  public Optional<Organisation> organisation(long id) {
    return jdbi.withHandle(h -> findOrganisation(h, id));
  }

  /** The stored organisations among {@code ids}, by id (one query; unknown ids are left out). */
  public Map<Long, Organisation> organisations(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, Organisation> found = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT * FROM eco_organisation WHERE id = ANY(:ids) ORDER BY id")
                .bindArray("ids", Long.class, List.copyOf(ids))
                .map((rs, ctx) -> organisation(rs))
                .forEach(o -> found.put(o.id(), o)));
    return found;
  }

  private Optional<Organisation> findOrganisation(Handle h, long id) {
    return h.createQuery("SELECT * FROM eco_organisation WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> organisation(rs))
        .findOne();
  }

  /**
   * Organisations located in a territory, by name.
   *
   * @param family null for all families
   * @param search null, or a text matched accent- and case-insensitively inside the name
   */
  public List<Organisation> organisations(
      TerritoryId territory, Family family, String search, int limit, int offset) {
    String normalisedSearch = search == null ? null : NameSimilarity.normalise(search);
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM eco_organisation o WHERE "
                        + TerritoryColumns.condition("o", territory)
                        + " AND (CAST(:family AS text) IS NULL OR family = :family)"
                        + " AND (CAST(:q AS text) IS NULL OR strpos(name_normalised, :q) > 0)"
                        + " ORDER BY name_normalised, id LIMIT :limit OFFSET :offset")
                .bind("tcode", territory.code())
                .bind("family", family == null ? null : family.name())
                .bind(
                    "q",
                    normalisedSearch == null || normalisedSearch.isEmpty()
                        ? null
                        : normalisedSearch)
                .bind("limit", Math.max(0, Math.min(limit, 10_000)))
                .bind("offset", Math.max(0, offset))
                .map((rs, ctx) -> organisation(rs))
                .list());
  }

  Organisation inCurrentCommune(Organisation o) {
    String current = commune(o.communeCode()).code();
    if (current.equals(o.communeCode())) {
      return o;
    }
    return new Organisation(
        o.id(),
        o.name(),
        o.type(),
        o.size(),
        o.status(),
        o.ess(),
        current,
        o.domains(),
        o.objectives(),
        o.contact(),
        o.siren(),
        o.version());
  }

  private static <S extends SqlStatement<S>> S bindOrganisation(
      S statement, Organisation o, Territory commune) {
    TerritoryColumns columns = TerritoryColumns.of(commune);
    return statement
        .bind("name", o.name())
        .bind("norm", NameSimilarity.normalise(o.name()))
        .bind("type", o.type().name())
        .bind("family", o.family().name())
        .bind("size", o.size() == null ? null : o.size().name())
        .bind("status", o.status() == null ? null : o.status().name())
        .bind("ess", o.ess())
        .bind("commune", o.communeCode())
        .bind("epci", columns.epci())
        .bind("dep", columns.departement())
        .bind("region", columns.region())
        .bindArray("domains", String.class, names(o.domains()))
        .bindArray("objectives", String.class, names(o.objectives()))
        .bind("person", o.contact().person())
        .bind("email", o.contact().email())
        .bind("phone", o.contact().phone())
        .bind("website", o.contact().website())
        .bind("siren", o.siren() == null ? null : o.siren().value());
  }

  static Organisation organisation(ResultSet rs) throws SQLException {
    String size = rs.getString("size");
    String status = rs.getString("status");
    return new Organisation(
        rs.getLong("id"),
        rs.getString("name"),
        OrganisationType.valueOf(rs.getString("type")),
        size == null ? null : CompanySize.valueOf(size),
        status == null ? null : EconomicStatus.valueOf(status),
        rs.getBoolean("ess"),
        rs.getString("commune_code"),
        enums(rs.getArray("domains"), Domain.class),
        enums(rs.getArray("objectives"), PartnershipObjective.class),
        new Contact(
            rs.getString("contact_person"),
            rs.getString("contact_email"),
            rs.getString("contact_phone"),
            rs.getString("website")),
        Siren.parseOrNull(rs.getString("siren")),
        rs.getInt("version"));
  }

  // ---------------------------------------------------------------- partnerships

  public Partnership create(Actor actor, Partnership partnership) {
    Territory where = territory(partnership.territory());
    requireEdit(actor, where, "registry.forbidden.partnership");
    return jdbi.inTransaction(
        h -> {
          return insert(h, actor, partnership, where);
        });
  }

  /** Inserts inside the caller's transaction. */
  Partnership insert(Handle h, Actor actor, Partnership partnership, Territory where) {
    requireOrganisations(h, partnership.memberIds());
    requireLinkable(h, actor, partnership.memberIds());
    long id =
        bindPartnership(
                h.createUpdate(
                    "INSERT INTO eco_partnership (title, category, modality, domains,"
                        + " territory_level, territory_code, commune_code, epci_code,"
                        + " departement_code, region_code, start_date, end_date, resources, stage,"
                        + " innovation_stage, levers) VALUES (:title, :category, :modality,"
                        + " :domains, :tlevel, :tcode, :commune, :epci, :dep, :region, :start,"
                        + " :end, :resources, :stage, :istage, :levers)"),
                partnership,
                where)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    insertMembers(h, "eco_partnership_member", "partnership_id", id, partnership.memberIds());
    Partnership saved = partnership.withId(id, 1);
    AuditLog.record(h, actor, "CREATE", "partnership", id, null, saved);
    return saved;
  }

  /**
   * Updates a partnership if {@code partnership.version()} is still the stored version; its members
   * are replaced in the same transaction.
   *
   * @throws StaleVersionException when someone saved it in the meantime (nothing written)
   * @throws RefusedException (forbidden) when the actor may not edit its stored or its new
   *     territory
   */
  public Partnership update(Actor actor, Partnership partnership) {
    return updateLocated(
        actor,
        PARTNERSHIPS,
        partnership,
        (h, where) ->
            bindPartnership(
                h.createUpdate(
                    "UPDATE eco_partnership SET title = :title, category = :category, modality ="
                        + " :modality, domains = :domains, territory_level = :tlevel,"
                        + " territory_code = :tcode, commune_code = :commune, epci_code = :epci,"
                        + " departement_code = :dep, region_code = :region, start_date = :start,"
                        + " end_date = :end, resources = :resources, stage = :stage,"
                        + " innovation_stage = :istage, levers = :levers, version = version + 1,"
                        + " updated_at = now() WHERE id = :id AND version = :version"),
                partnership,
                where));
  }

  public Optional<Partnership> partnership(long id) {
    return jdbi.withHandle(h -> findPartnership(h, id));
  }

  private static Optional<Partnership> findPartnership(Handle h, long id) {
    return h.createQuery("SELECT * FROM eco_partnership WHERE id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                partnership(rs, members(h, "eco_partnership_member", "partnership_id", id)))
        .findOne();
  }

  /** Partnerships with a member located in the territory, or located in it themselves. */
  public List<Partnership> partnerships(TerritoryId territory, int limit, int offset) {
    return jdbi.withHandle(
        h -> {
          List<Long> ids =
              h.createQuery(
                      "SELECT p.id FROM eco_partnership p WHERE "
                          + TerritoryColumns.condition("p", territory)
                          + " OR EXISTS (SELECT 1 FROM eco_partnership_member m JOIN"
                          + " eco_organisation o ON o.id = m.organisation_id WHERE"
                          + " m.partnership_id = p.id AND "
                          + TerritoryColumns.condition("o", territory)
                          + ") ORDER BY p.id LIMIT :limit OFFSET :offset")
                  .bind("tcode", territory.code())
                  .bind("limit", Math.max(0, Math.min(limit, 10_000)))
                  .bind("offset", Math.max(0, offset))
                  .mapTo(Long.class)
                  .list();
          List<Partnership> result = new ArrayList<>();
          for (long id : ids) {
            findPartnership(h, id).ifPresent(result::add);
          }
          return result;
        });
  }

  private static <S extends SqlStatement<S>> S bindPartnership(
      S statement, Partnership p, Territory where) {
    TerritoryColumns columns = TerritoryColumns.of(where);
    return statement
        .bind("title", p.title())
        .bind("category", p.category().name())
        .bind("modality", p.modality() == null ? null : p.modality().name())
        .bindArray("domains", String.class, names(p.domains()))
        .bind("tlevel", where.level().name())
        .bind("tcode", where.code())
        .bind("commune", columns.commune())
        .bind("epci", columns.epci())
        .bind("dep", columns.departement())
        .bind("region", columns.region())
        .bind("start", p.start())
        .bind("end", p.end())
        .bindArray("resources", String.class, names(p.resources()))
        .bind("stage", p.stage().name())
        .bind("istage", p.innovationStage() == null ? null : p.innovationStage().name())
        .bindArray("levers", String.class, names(p.levers()));
  }

  private static Partnership partnership(ResultSet rs, List<Long> members) throws SQLException {
    String modality = rs.getString("modality");
    String istage = rs.getString("innovation_stage");
    return new Partnership(
        rs.getLong("id"),
        rs.getString("title"),
        members,
        PartnershipCategory.valueOf(rs.getString("category")),
        modality == null ? null : Modality.valueOf(modality),
        enums(rs.getArray("domains"), Domain.class),
        TerritoryId.of(
            Level.valueOf(rs.getString("territory_level")), rs.getString("territory_code")),
        localDate(rs, "start_date"),
        localDate(rs, "end_date"),
        enums(rs.getArray("resources"), ResourceKind.class),
        PartnershipStage.valueOf(rs.getString("stage")),
        istage == null ? null : InnovationStage.valueOf(istage),
        enums(rs.getArray("levers"), SupportLever.class),
        rs.getInt("version"));
  }

  // ---------------------------------------------------------------- initiatives

  public Initiative create(Actor actor, Initiative initiative) {
    Territory where = territory(initiative.territory());
    requireEdit(actor, where, "registry.forbidden.initiative");
    return jdbi.inTransaction(
        h -> {
          requireOrganisations(h, initiative.participantIds());
          requireLinkable(h, actor, initiative.participantIds());
          long id =
              bindInitiative(
                      h.createUpdate(
                          "INSERT INTO eco_initiative (kind, title, territory_level,"
                              + " territory_code, commune_code, epci_code, departement_code,"
                              + " region_code, stage, domains, start_date, end_date,"
                              + " innovation_stage, levers) VALUES (:kind, :title, :tlevel,"
                              + " :tcode, :commune, :epci, :dep, :region, :stage, :domains,"
                              + " :start, :end, :istage, :levers)"),
                      initiative,
                      where)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          insertMembers(
              h, "eco_initiative_participant", "initiative_id", id, initiative.participantIds());
          Initiative saved = initiative.withId(id, 1);
          AuditLog.record(h, actor, "CREATE", "initiative", id, null, saved);
          return saved;
        });
  }

  /**
   * Updates an initiative if {@code initiative.version()} is still the stored version; its
   * participants are replaced in the same transaction.
   *
   * @throws StaleVersionException when someone saved it in the meantime (nothing written)
   * @throws RefusedException (forbidden) when the actor may not edit its stored or its new
   *     territory
   */
  public Initiative update(Actor actor, Initiative initiative) {
    return updateLocated(
        actor,
        INITIATIVES,
        initiative,
        (h, where) ->
            bindInitiative(
                h.createUpdate(
                    "UPDATE eco_initiative SET kind = :kind, title = :title, territory_level ="
                        + " :tlevel, territory_code = :tcode, commune_code = :commune, epci_code"
                        + " = :epci, departement_code = :dep, region_code = :region, stage ="
                        + " :stage, domains = :domains, start_date = :start, end_date = :end,"
                        + " innovation_stage = :istage, levers = :levers, version = version + 1,"
                        + " updated_at = now() WHERE id = :id AND version = :version"),
                initiative,
                where));
  }

  private static <S extends SqlStatement<S>> S bindInitiative(
      S statement, Initiative i, Territory where) {
    TerritoryColumns columns = TerritoryColumns.of(where);
    return statement
        .bind("kind", i.kind().name())
        .bind("title", i.title())
        .bind("tlevel", where.level().name())
        .bind("tcode", where.code())
        .bind("commune", columns.commune())
        .bind("epci", columns.epci())
        .bind("dep", columns.departement())
        .bind("region", columns.region())
        .bind("stage", i.stage().name())
        .bindArray("domains", String.class, names(i.domains()))
        .bind("start", i.start())
        .bind("end", i.end())
        .bind("istage", i.innovationStage() == null ? null : i.innovationStage().name())
        .bindArray("levers", String.class, names(i.levers()));
  }

  public Optional<Initiative> initiative(long id) {
    return jdbi.withHandle(h -> findInitiative(h, id));
  }

  private static Optional<Initiative> findInitiative(Handle h, long id) {
    return h.createQuery("SELECT * FROM eco_initiative WHERE id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) -> {
              String istage = rs.getString("innovation_stage");
              return new Initiative(
                  rs.getLong("id"),
                  InitiativeKind.valueOf(rs.getString("kind")),
                  rs.getString("title"),
                  TerritoryId.of(
                      Level.valueOf(rs.getString("territory_level")),
                      rs.getString("territory_code")),
                  members(h, "eco_initiative_participant", "initiative_id", id),
                  InitiativeStage.valueOf(rs.getString("stage")),
                  enums(rs.getArray("domains"), Domain.class),
                  localDate(rs, "start_date"),
                  localDate(rs, "end_date"),
                  istage == null ? null : InnovationStage.valueOf(istage),
                  enums(rs.getArray("levers"), SupportLever.class),
                  rs.getInt("version"));
            })
        .findOne();
  }

  /** Initiatives located in the territory. */
  public List<Initiative> initiatives(TerritoryId territory) {
    return jdbi.withHandle(
        h ->
            h
                .createQuery(
                    "SELECT id FROM eco_initiative i WHERE "
                        + TerritoryColumns.condition("i", territory)
                        + " ORDER BY id")
                .bind("tcode", territory.code())
                .mapTo(Long.class)
                .list()
                .stream()
                .map(id -> findInitiative(h, id).orElseThrow())
                .toList());
  }

  // ---------------------------------------------------------------- located records

  /**
   * What the partnership and initiative updates differ in: both are located in a territory and list
   * organisations (members, participants) in a table of their own.
   *
   * @param entity the audit log's entity name
   * @param memberTable table of the ordered organisations, {@code ownerColumn} its key column
   * @param notFound the refusal of an unknown id, {@code stale} of a stale version, {@code
   *     forbidden} of a territory the actor may not edit (catalogue codes)
   */
  private record Located<T>(
      String entity,
      String memberTable,
      String ownerColumn,
      String notFound,
      String stale,
      String forbidden,
      BiFunction<Handle, Long, Optional<T>> find,
      Function<T, Long> id,
      Function<T, Integer> version,
      Function<T, TerritoryId> territory,
      Function<T, List<Long>> members,
      Function<T, String> title,
      BiFunction<T, Integer, T> atVersion) {

    StaleVersionException stale(int submitted, T current) {
      return new StaleVersionException(
          stale, title.apply(current), submitted, version.apply(current), current);
    }
  }

  private static final Located<Partnership> PARTNERSHIPS =
      new Located<>(
          "partnership",
          "eco_partnership_member",
          "partnership_id",
          "registry.not-found.partnership",
          "registry.stale.partnership",
          "registry.forbidden.partnership",
          EcosystemStore::findPartnership,
          Partnership::id,
          Partnership::version,
          Partnership::territory,
          Partnership::memberIds,
          Partnership::title,
          (p, v) -> p.withId(p.id(), v));

  private static final Located<Initiative> INITIATIVES =
      new Located<>(
          "initiative",
          "eco_initiative_participant",
          "initiative_id",
          "registry.not-found.initiative",
          "registry.stale.initiative",
          "registry.forbidden.initiative",
          EcosystemStore::findInitiative,
          Initiative::id,
          Initiative::version,
          Initiative::territory,
          Initiative::participantIds,
          Initiative::title,
          (i, v) -> i.withId(i.id(), v));

  /**
   * The update both partnerships and initiatives follow, in one transaction: the record must exist,
   * the actor must be allowed to edit both its stored and its new territory, the submitted version
   * must be the stored one (checked on read and again by the {@code UPDATE ... AND version =
   * :version}, which a concurrent save makes match no row), the organisations must exist; then the
   * row is updated, its organisations replaced and the audit log gets the before and after states.
   *
   * @param statement the {@code UPDATE} with every column bound but {@code :id} and {@code
   *     :version}, for the resolved new territory
   */
  private <T> T updateLocated(
      Actor actor, Located<T> kind, T changed, BiFunction<Handle, Territory, Update> statement) {
    long id = kind.id().apply(changed);
    int version = kind.version().apply(changed);
    Territory where = territory(kind.territory().apply(changed));
    return jdbi.inTransaction(
        h -> {
          T before = kind.find().apply(h, id).orElseThrow(() -> notFound(kind.notFound(), id));
          requireEdit(actor, territory(kind.territory().apply(before)), kind.forbidden());
          requireEdit(actor, where, kind.forbidden());
          if (kind.version().apply(before) != version) {
            throw kind.stale(version, before);
          }
          List<Long> members = kind.members().apply(changed);
          requireOrganisations(h, members);
          List<Long> added = new ArrayList<>(members);
          added.removeAll(kind.members().apply(before));
          requireLinkable(h, actor, added);
          int rows = statement.apply(h, where).bind("id", id).bind("version", version).execute();
          if (rows == 0) {
            // Lost a race after our read: report the stored state.
            throw kind.stale(version, kind.find().apply(h, id).orElse(before));
          }
          // Table and column names are constants of this class, never user input.
          h.createUpdate(
                  "DELETE FROM " + kind.memberTable() + " WHERE " + kind.ownerColumn() + " = :id")
              .bind("id", id)
              .execute();
          insertMembers(h, kind.memberTable(), kind.ownerColumn(), id, members);
          T saved = kind.atVersion().apply(changed, version + 1);
          AuditLog.record(h, actor, "UPDATE", kind.entity(), id, before, saved);
          return saved;
        });
  }

  // ---------------------------------------------------------------- helpers

  private static void requireOrganisations(Handle h, List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    List<Long> found =
        h.createQuery("SELECT id FROM eco_organisation WHERE id = ANY(:ids)")
            .bindArray("ids", Long.class, ids)
            .mapTo(Long.class)
            .list();
    for (long id : ids) {
      if (!found.contains(id)) {
        throw RefusedException.refused("registry.members.unknown", "members", "id", id);
      }
    }
  }

  private static void insertMembers(
      Handle h, String table, String ownerColumn, long ownerId, List<Long> members) {
    // Table and column names are constants of this class, never user input.
    var batch =
        h.prepareBatch(
            "INSERT INTO "
                + table
                + " ("
                + ownerColumn
                + ", organisation_id, position) VALUES (:owner, :org, :pos)");
    for (int i = 0; i < members.size(); i++) {
      batch.bind("owner", ownerId).bind("org", members.get(i)).bind("pos", i).add();
    }
    batch.execute();
  }

  private static List<Long> members(Handle h, String table, String ownerColumn, long ownerId) {
    return h.createQuery(
            "SELECT organisation_id FROM "
                + table
                + " WHERE "
                + ownerColumn
                + " = :id ORDER BY position")
        .bind("id", ownerId)
        .mapTo(Long.class)
        .list();
  }

  private static RefusedException notFound(String code, long id) {
    return RefusedException.notFound(code, "id", "id", id);
  }

  static List<String> names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }

  static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
    EnumSet<E> result = EnumSet.noneOf(type);
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        result.add(Enum.valueOf(type, (String) value));
      }
    }
    return result;
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static List<String> split(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
