package org.phare.store.ecosystem;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.phare.core.account.Actor;
import org.phare.core.account.Permissions;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.DuplicateCandidate;
import org.phare.core.ecosystem.EconomicStatus;
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
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.CsvCells;
import org.phare.core.text.CsvTable;
import org.phare.store.csv.CsvSeparator;

/**
 * CSV import and export of organisations and partnerships (UTF-8; exported through {@link
 * CsvTable}, {@code ;} and a BOM by default; imports read {@code ;} or {@code ,} and skip a BOM;
 * header line, multi-valued fields separated by {@code |}). Imports are all-or-nothing: every line
 * is checked first, every error is reported with file, line, column and field, and only a clean
 * file is written, in one transaction.
 */
public final class RegistryCsv {

  public static final List<String> ORGANISATION_COLUMNS =
      List.of(
          "id",
          "name",
          "type",
          "size",
          "status",
          "ess",
          "commune",
          "domains",
          "objectives",
          "contact_person",
          "contact_email",
          "contact_phone",
          "website",
          "siren");

  public static final List<String> PARTNERSHIP_COLUMNS =
      List.of(
          "id",
          "title",
          "members",
          "category",
          "modality",
          "domains",
          "territory",
          "start",
          "end",
          "resources",
          "stage",
          "innovation_stage",
          "levers");

  /**
   * French labels written beside the codes on export, so a reader of the file never meets a code
   * alone ("POVERTY|HOUSING" beside "Pauvreté, exclusion | Mal-logement"); the import accepts and
   * ignores them (the codes are the data).
   */
  public static final List<String> ORGANISATION_LABEL_COLUMNS =
      List.of(
          "type_libelle",
          "taille_libelle",
          "statut_libelle",
          "domaines_libelles",
          "objectifs_libelles");

  /** French labels of a partnership's codes (export only, ignored on import). */
  public static final List<String> PARTNERSHIP_LABEL_COLUMNS =
      List.of(
          "categorie_libelle",
          "modalite_libelle",
          "domaines_libelles",
          "etape_libelle",
          "stade_innovation_libelle");

  private static List<String> with(List<String> columns, List<String> labels) {
    List<String> all = new ArrayList<>(columns);
    all.addAll(labels);
    return List.copyOf(all);
  }

  private static final Set<String> ORGANISATION_REQUIRED = Set.of("name", "type", "commune");
  private static final Set<String> PARTNERSHIP_REQUIRED =
      Set.of("title", "members", "category", "territory");

  private final EcosystemStore registry;

  public RegistryCsv(EcosystemStore registry) {
    this.registry = registry;
  }

  /** Result of a successful import. */
  public record ImportResult(int imported, List<Long> ids) {}

  /** A field-level failure while reading a line: the column it concerns and why. */
  private static final class FieldError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;
    final transient Refusal reason;

    FieldError(String field, Refusal reason) {
      super(reason.toString());
      this.field = field;
      this.reason = reason;
    }
  }

  /** The lines of a file with their header, read fully before anything is written. */
  private record Table(String file, Map<String, Integer> header, List<CsvRecord> records) {
    String get(CsvRecord record, String field) {
      Integer index = header.get(field);
      if (index == null || index >= record.getFieldCount()) {
        return "";
      }
      // An exported cell defused against formula injection ('=…) reads back as it was stored.
      return CsvCells.restore(record.getField(index).strip());
    }

    int column(String field) {
      Integer index = header.get(field);
      return index == null ? 0 : index + 1;
    }
  }

  private static Table read(String file, Reader reader, List<String> known, Set<String> required) {
    List<ImportException.LineError> errors = new ArrayList<>();
    List<CsvRecord> records = new ArrayList<>();
    java.io.BufferedReader buffered = new java.io.BufferedReader(reader);
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(separator(buffered))
            .skipEmptyLines(true)
            .allowMissingFields(true)
            .ofCsvRecord(buffered)) {
      for (CsvRecord record : csv) {
        records.add(record);
      }
    } catch (CsvParseException | UncheckedIOException | IOException e) {
      throw new ImportException(
          List.of(
              new ImportException.LineError(
                  file, records.size() + 1, 0, "", Refusal.of("input.csv.unreadable", ""))));
    }
    if (records.isEmpty()) {
      throw new ImportException(
          List.of(
              new ImportException.LineError(file, 1, 0, "", Refusal.of("input.csv.empty", ""))));
    }
    CsvRecord headerRecord = records.remove(0);
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < headerRecord.getFieldCount(); i++) {
      String name = headerRecord.getField(i).strip().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\ufeff")) {
        name = name.substring(1);
      }
      if (!known.contains(name)) {
        errors.add(
            new ImportException.LineError(
                file,
                headerRecord.getStartingLineNumber(),
                i + 1,
                name,
                Refusal.of(
                    "input.csv.unknown-column",
                    name,
                    "column",
                    name,
                    "expected",
                    String.join(", ", known))));
      } else if (header.putIfAbsent(name, i) != null) {
        errors.add(
            new ImportException.LineError(
                file,
                headerRecord.getStartingLineNumber(),
                i + 1,
                name,
                Refusal.of("input.csv.column-twice", name, "column", name)));
      }
    }
    for (String column : required) {
      if (!header.containsKey(column)) {
        errors.add(
            new ImportException.LineError(
                file,
                headerRecord.getStartingLineNumber(),
                0,
                column,
                Refusal.of("input.csv.column-missing", column, "column", column)));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
    return new Table(file, header, records);
  }

  /** The separator of a file ({@link CsvSeparator} on its header line); the reader is reset. */
  private static char separator(java.io.BufferedReader reader) throws IOException {
    reader.mark(64 * 1024);
    String first = reader.readLine();
    reader.reset();
    return first == null ? ',' : CsvSeparator.detect(first);
  }

  private static <T> T field(
      Table table, CsvRecord record, String field, Function<String, T> parse) {
    String text = table.get(record, field);
    try {
      return parse.apply(text);
    } catch (RefusedException e) {
      Refusal first = e.first();
      throw new FieldError(field, new Refusal(first.code(), field, first.args()));
    }
  }

  private static <E extends Enum<E>> Set<E> enumSet(
      String text, Function<String, E> parse, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (String part : EcosystemStore.split(text)) {
      set.add(parse.apply(part));
    }
    return set;
  }

  private static boolean bool(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return switch (t) {
      case "", "0", "false", "non", "no", "n" -> false;
      case "1", "true", "oui", "yes", "o", "y" -> true;
      default -> throw RefusedException.badInput("input.not-a-boolean", "", "value", text);
    };
  }

  private static LocalDate date(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw RefusedException.badInput("input.not-a-date", "", "value", text);
    }
  }

  /**
   * Imports organisations. A probable duplicate (of a stored organisation or of an earlier line) is
   * an error unless {@code allowDuplicates}.
   */
  public ImportResult importOrganisations(
      Actor actor, String file, Reader reader, boolean allowDuplicates) {
    Table table =
        read(
            file,
            reader,
            with(ORGANISATION_COLUMNS, ORGANISATION_LABEL_COLUMNS),
            ORGANISATION_REQUIRED);
    List<ImportException.LineError> errors = new ArrayList<>();
    List<Organisation> parsed = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (CsvRecord record : table.records()) {
      long line = record.getStartingLineNumber();
      try {
        OrganisationType type = field(table, record, "type", OrganisationType::parse);
        Organisation organisation =
            new Organisation(
                0,
                field(table, record, "name", t -> t),
                type,
                field(table, record, "size", t -> t.isEmpty() ? null : CompanySize.parse(t)),
                field(table, record, "status", t -> t.isEmpty() ? null : EconomicStatus.parse(t)),
                field(table, record, "ess", RegistryCsv::bool),
                field(table, record, "commune", t -> registry.commune(t).code()),
                field(table, record, "domains", t -> enumSet(t, Domain::parse, Domain.class)),
                field(
                    table,
                    record,
                    "objectives",
                    t -> enumSet(t, PartnershipObjective::parse, PartnershipObjective.class)),
                new Contact(
                    field(table, record, "contact_person", t -> t),
                    field(table, record, "contact_email", t -> t),
                    field(table, record, "contact_phone", t -> t),
                    field(table, record, "website", t -> t)),
                field(table, record, "siren", Siren::parseOrNull),
                0);
        Territory commune = registry.commune(organisation.communeCode());
        Optional<Refusal> refused =
            actor.permissions().editRefusal(commune, "registry.forbidden.organisation", "commune");
        if (refused.isPresent()) {
          throw new FieldError("commune", refused.get());
        }
        parsed.add(organisation);
        lines.add(line);
      } catch (FieldError e) {
        errors.add(
            new ImportException.LineError(file, line, table.column(e.field), e.field, e.reason));
      } catch (RefusedException e) {
        // A rule across fields (e.g. size on an association): reported on the line.
        errors.add(new ImportException.LineError(file, line, 0, "", e.first()));
      }
    }
    if (!allowDuplicates) {
      for (int i = 0; i < parsed.size(); i++) {
        Organisation o = parsed.get(i);
        List<DuplicateCandidate> stored = registry.duplicates(o);
        if (!stored.isEmpty()) {
          Organisation twin = stored.get(0).existing();
          errors.add(
              new ImportException.LineError(
                  file,
                  lines.get(i),
                  table.column("name"),
                  "name",
                  Refusal.of(
                      "registry.import.duplicate-stored",
                      "name",
                      "id",
                      twin.id(),
                      "name",
                      twin.name(),
                      "reason",
                      stored.get(0).reason())));
        }
        for (int j = 0; j < i; j++) {
          Organisation earlier = parsed.get(j);
          boolean sameSiren = o.siren() != null && o.siren().equals(earlier.siren());
          boolean similar =
              o.communeCode().equals(earlier.communeCode())
                  && NameSimilarity.probableDuplicate(o.name(), earlier.name());
          if (sameSiren || similar) {
            errors.add(
                new ImportException.LineError(
                    file,
                    lines.get(i),
                    table.column(sameSiren ? "siren" : "name"),
                    sameSiren ? "siren" : "name",
                    Refusal.of(
                        "registry.import.duplicate-line",
                        sameSiren ? "siren" : "name",
                        "line",
                        lines.get(j))));
            break;
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingLong(ImportException.LineError::line));
      throw new ImportException(errors);
    }
    List<Long> ids =
        registry
            .jdbi()
            .inTransaction(
                h -> {
                  List<Long> saved = new ArrayList<>();
                  for (Organisation o : parsed) {
                    saved.add(registry.insert(h, actor, o, registry.commune(o.communeCode())).id());
                  }
                  return saved;
                });
    return new ImportResult(ids.size(), ids);
  }

  /**
   * Imports partnerships. Members are organisation ids, or {@code siren:NNNNNNNNN} for an
   * organisation known by its SIREN, separated by {@code |}.
   */
  public ImportResult importPartnerships(Actor actor, String file, Reader reader) {
    Table table =
        read(
            file,
            reader,
            with(PARTNERSHIP_COLUMNS, PARTNERSHIP_LABEL_COLUMNS),
            PARTNERSHIP_REQUIRED);
    List<ImportException.LineError> errors = new ArrayList<>();
    List<Partnership> parsed = new ArrayList<>();
    for (CsvRecord record : table.records()) {
      long line = record.getStartingLineNumber();
      try {
        PartnershipCategory category = field(table, record, "category", PartnershipCategory::parse);
        TerritoryId territoryId = field(table, record, "territory", TerritoryId::parse);
        Territory where = field(table, record, "territory", t -> registry.territory(territoryId));
        Optional<Refusal> refused =
            actor.permissions().editRefusal(where, "registry.forbidden.partnership", "territory");
        if (refused.isPresent()) {
          throw new FieldError("territory", refused.get());
        }
        parsed.add(
            new Partnership(
                0,
                field(table, record, "title", t -> t),
                field(table, record, "members", t -> linkable(actor, members(t))),
                category,
                field(table, record, "modality", t -> t.isEmpty() ? null : Modality.parse(t)),
                field(table, record, "domains", t -> enumSet(t, Domain::parse, Domain.class)),
                territoryId,
                field(table, record, "start", RegistryCsv::date),
                field(table, record, "end", RegistryCsv::date),
                field(
                    table,
                    record,
                    "resources",
                    t -> enumSet(t, ResourceKind::parse, ResourceKind.class)),
                field(table, record, "stage", t -> t.isEmpty() ? null : PartnershipStage.parse(t)),
                field(
                    table,
                    record,
                    "innovation_stage",
                    t -> t.isEmpty() ? null : InnovationStage.parse(t)),
                field(
                    table,
                    record,
                    "levers",
                    t -> enumSet(t, SupportLever::parse, SupportLever.class)),
                0));
      } catch (FieldError e) {
        errors.add(
            new ImportException.LineError(file, line, table.column(e.field), e.field, e.reason));
      } catch (RefusedException e) {
        errors.add(new ImportException.LineError(file, line, 0, "", e.first()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
    List<Long> ids =
        registry
            .jdbi()
            .inTransaction(
                h -> {
                  List<Long> saved = new ArrayList<>();
                  for (Partnership p : parsed) {
                    saved.add(registry.insert(h, actor, p, registry.territory(p.territory())).id());
                  }
                  return saved;
                });
    return new ImportResult(ids.size(), ids);
  }

  /** The members, refused on the line when one lies outside the actor's territories. */
  private List<Long> linkable(Actor actor, List<Long> members) {
    registry.requireLinkable(actor, members);
    return members;
  }

  private List<Long> members(String text) {
    List<Long> ids = new ArrayList<>();
    for (String part : EcosystemStore.split(text)) {
      if (part.toLowerCase(Locale.ROOT).startsWith("siren:")) {
        Siren siren = new Siren(part.substring(6));
        long id =
            registry
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT id FROM eco_organisation WHERE siren = :s ORDER BY id LIMIT 1")
                            .bind("s", siren.value())
                            .mapTo(Long.class)
                            .findOne())
                .orElseThrow(
                    () ->
                        RefusedException.refused(
                            "registry.import.siren-unknown", "members", "siren", siren.value()));
        ids.add(id);
      } else {
        try {
          long id = Long.parseLong(part);
          if (registry.organisation(id).isEmpty()) {
            throw RefusedException.refused("registry.members.unknown", "members", "id", id);
          }
          ids.add(id);
        } catch (NumberFormatException e) {
          throw RefusedException.badInput(
              "registry.import.member-reference", "members", "value", part);
        }
      }
    }
    return ids;
  }

  /** Writes the organisations of a territory, header first, with every contact (the operator). */
  public void exportOrganisations(TerritoryId territory, Writer writer) {
    exportOrganisations(territory, Actor.SYSTEM.permissions(), CsvTable.Format.FRENCH, writer);
  }

  /**
   * Writes the organisations of a territory, header first, as {@code reader} may see them: the
   * contact person, e-mail and phone only where {@link org.phare.core.account.ContactVisibility}
   * allows (empty cells elsewhere). Cells are defused against formula injection.
   *
   * @param reader the signed-in account's rights, {@code null} for an anonymous visitor
   * @param format the file's separator and BOM ({@link CsvTable}: the one CSV writer)
   */
  public void exportOrganisations(
      TerritoryId territory, Permissions reader, CsvTable.Format format, Writer writer) {
    CsvTable csv = new CsvTable(format);
    csv.row(with(ORGANISATION_COLUMNS, ORGANISATION_LABEL_COLUMNS));
    int offset = 0;
    while (true) {
      List<Organisation> page = registry.organisations(territory, null, null, 5_000, offset);
      for (Organisation stored : page) {
        Organisation o = registry.shownTo(reader, stored);
        csv.row(
            Long.toString(o.id()),
            o.name(),
            o.type().name(),
            o.size() == null ? "" : o.size().name(),
            o.status() == null ? "" : o.status().name(),
            Boolean.toString(o.ess()),
            o.communeCode(),
            join(o.domains()),
            join(o.objectives()),
            o.contact().person(),
            o.contact().email(),
            o.contact().phone(),
            o.contact().website(),
            o.siren() == null ? "" : o.siren().value(),
            o.type().labelFr(),
            o.size() == null ? "" : o.size().labelFr(),
            o.status() == null ? "" : o.status().labelFr(),
            labels(o.domains()),
            labels(o.objectives()));
      }
      if (page.size() < 5_000) {
        break;
      }
      offset += page.size();
    }
    flush(csv, writer);
  }

  /** Writes the partnerships of a territory, header first, in the French format. */
  public void exportPartnerships(TerritoryId territory, Writer writer) {
    exportPartnerships(territory, CsvTable.Format.FRENCH, writer);
  }

  /** Writes the partnerships of a territory, header first. */
  public void exportPartnerships(TerritoryId territory, CsvTable.Format format, Writer writer) {
    CsvTable csv = new CsvTable(format);
    csv.row(with(PARTNERSHIP_COLUMNS, PARTNERSHIP_LABEL_COLUMNS));
    for (Partnership p : registry.partnerships(territory, 10_000, 0)) {
      csv.row(
          Long.toString(p.id()),
          p.title(),
          String.join("|", p.memberIds().stream().map(String::valueOf).toList()),
          p.category().name(),
          p.modality() == null ? "" : p.modality().name(),
          join(p.domains()),
          p.territory().toString(),
          p.start() == null ? "" : p.start().toString(),
          p.end() == null ? "" : p.end().toString(),
          join(p.resources()),
          p.stage().name(),
          p.innovationStage() == null ? "" : p.innovationStage().name(),
          join(p.levers()),
          p.category().labelFr(),
          p.modality() == null ? "" : p.modality().labelFr(),
          labels(p.domains()),
          p.stage().labelFr(),
          p.innovationStage() == null ? "" : p.innovationStage().labelFr());
    }
    flush(csv, writer);
  }

  private static void flush(CsvTable csv, Writer writer) {
    try {
      writer.write(csv.text());
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** French labels of a set of codes, in the codes' order, separated by " | ". */
  private static String labels(Set<? extends org.phare.core.message.Localized> values) {
    return String.join(
        " | ", values.stream().map(org.phare.core.message.Localized::labelFr).toList());
  }

  private static String join(Set<? extends Enum<?>> values) {
    return String.join("|", EcosystemStore.names(values));
  }
}
