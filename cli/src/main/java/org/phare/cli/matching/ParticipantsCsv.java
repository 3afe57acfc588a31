package org.phare.cli.matching;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.Location;
import org.phare.core.matching.Objective;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Side;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.store.ecosystem.ImportException;
import org.phare.store.ecosystem.ImportException.LineError;

/**
 * Reads speed-dating participants from a CSV file (UTF-8, comma-separated, header line first).
 *
 * <p>Columns, in any order: {@code id}, {@code side} (company or association), {@code domains}
 * (domain codes separated by {@code |}), {@code commune} (INSEE code), {@code objectives} (codes of
 * the participant's side, separated by {@code |}); optional: {@code name}, {@code epci}, {@code
 * departement}, {@code region}, {@code categories} (partnership categories separated by {@code |}).
 * The read is all-or-nothing: every problem is reported with its file, line, column and field, and
 * no participant is returned when there is one.
 */
public final class ParticipantsCsv {

  static final List<String> REQUIRED = List.of("id", "side", "domains", "commune", "objectives");
  static final List<String> OPTIONAL =
      List.of("name", "epci", "departement", "region", "categories");

  private ParticipantsCsv() {}

  /**
   * Reads every participant of the file.
   *
   * @throws ImportException listing every problem (file, line, column, field), coded
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Participant> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<LineError> problems = new ArrayList<>();
    List<Participant> participants = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .detectBomHeader(true)
            .skipEmptyLines(true)
            .allowMissingFields(true)
            .allowExtraFields(true)
            .ofCsvRecord(file, StandardCharsets.UTF_8)) {
      Map<String, Integer> columns = null;
      int headerSize = 0;
      Map<String, Long> lineOfId = new HashMap<>();
      for (CsvRecord record : reader) {
        if (columns == null) {
          columns = header(name, record, problems);
          headerSize = record.getFieldCount();
          if (columns == null) {
            break;
          }
          continue;
        }
        if (record.getFieldCount() != headerSize) {
          problems.add(
              new LineError(
                  name,
                  record.getStartingLineNumber(),
                  0,
                  "",
                  Refusal.of(
                      "input.csv.field-count",
                      "",
                      "found",
                      record.getFieldCount(),
                      "expected",
                      headerSize)));
          continue;
        }
        Row row = new Row(name, record, columns, problems);
        Participant participant = row.participant();
        if (participant != null) {
          Long previous = lineOfId.putIfAbsent(participant.id(), record.getStartingLineNumber());
          if (previous != null) {
            row.problem(
                "id",
                Refusal.of(
                    "matching.participant.duplicate-id",
                    "id",
                    "id",
                    participant.id(),
                    "line",
                    previous));
          } else {
            participants.add(participant);
          }
        }
      }
      if (columns == null && problems.isEmpty()) {
        problems.add(new LineError(name, 1, 0, "", Refusal.of("input.csv.empty", "")));
      }
    } catch (CsvParseException e) {
      problems.add(new LineError(name, 1, 0, "", Refusal.of("input.csv.unreadable", "")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    return List.copyOf(participants);
  }

  private static Map<String, Integer> header(
      String file, CsvRecord record, List<LineError> problems) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> fields = record.getFields();
    long line = record.getStartingLineNumber();
    int before = problems.size();
    for (int i = 0; i < fields.size(); i++) {
      String column = fields.get(i).trim().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
        problems.add(
            new LineError(
                file,
                line,
                i + 1,
                fields.get(i),
                Refusal.of(
                    "input.csv.unknown-column",
                    column,
                    "column",
                    fields.get(i),
                    "expected",
                    String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL))));
      } else if (columns.putIfAbsent(column, i) != null) {
        problems.add(
            new LineError(
                file,
                line,
                i + 1,
                column,
                Refusal.of("input.csv.column-twice", column, "column", column)));
      }
    }
    for (String column : REQUIRED) {
      if (!columns.containsKey(column)) {
        problems.add(
            new LineError(
                file,
                line,
                0,
                "",
                Refusal.of("input.csv.column-missing", column, "column", column)));
      }
    }
    return problems.size() == before ? columns : null;
  }

  /** One data line: parses fields and records problems with their position. */
  private static final class Row {
    private final String file;
    private final CsvRecord record;
    private final Map<String, Integer> columns;
    private final List<LineError> problems;
    private boolean valid = true;

    Row(String file, CsvRecord record, Map<String, Integer> columns, List<LineError> problems) {
      this.file = file;
      this.record = record;
      this.columns = columns;
      this.problems = problems;
    }

    Participant participant() {
      String id = text("id", true);
      Side side = parse("side", true, Side::parse);
      Set<Domain> domains = EnumSet.noneOf(Domain.class);
      list("domains", Domain::parse, domains);
      String commune = text("commune", true);
      Set<Objective> objectives = new LinkedHashSet<>();
      if (side != null) {
        list("objectives", code -> Objective.parse(side, code), objectives);
      }
      Set<PartnershipCategory> categories = EnumSet.noneOf(PartnershipCategory.class);
      list("categories", PartnershipCategory::parse, categories);
      if (!valid) {
        return null;
      }
      return new Participant(
          id,
          text("name", false),
          side,
          domains,
          new Location(
              commune, text("epci", false), text("departement", false), text("region", false)),
          objectives,
          categories);
    }

    /** Records a problem of this line's {@code column}. */
    void problem(String column, Refusal reason) {
      problems.add(
          new LineError(
              file, record.getStartingLineNumber(), columns.get(column) + 1, column, reason));
      valid = false;
    }

    private String text(String column, boolean required) {
      Integer index = columns.get(column);
      String value = index == null ? "" : record.getField(index).trim();
      if (required && value.isEmpty()) {
        problem(column, Refusal.of("input.required", column));
      }
      return value.isEmpty() ? null : value;
    }

    private <T> T parse(String column, boolean required, Function<String, T> parser) {
      String value = text(column, required);
      if (value == null) {
        return null;
      }
      try {
        return parser.apply(value);
      } catch (RefusedException e) {
        problem(column, e.first());
        return null;
      }
    }

    private <T> void list(String column, Function<String, T> parser, Set<T> into) {
      String value = text(column, false);
      if (value == null) {
        return;
      }
      for (String code : value.split("\\|", -1)) {
        if (code.isBlank()) {
          problem(column, Refusal.of("input.list.empty-code", column, "value", value));
          continue;
        }
        try {
          into.add(parser.apply(code));
        } catch (RefusedException e) {
          problem(column, e.first());
        }
      }
    }
  }
}
