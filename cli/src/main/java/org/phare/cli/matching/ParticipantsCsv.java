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
import org.phare.cli.CliMessages;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.Location;
import org.phare.core.matching.Objective;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Side;

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

  /** Problems found in a participants file, one message per problem. */
  public static final class InvalidFileException extends RuntimeException {
    private final List<String> problems;

    InvalidFileException(List<String> problems) {
      super(String.join(System.lineSeparator(), problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private ParticipantsCsv() {}

  /**
   * Reads every participant of the file.
   *
   * @throws InvalidFileException listing every problem (file, line, column, field)
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Participant> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<String> problems = new ArrayList<>();
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
              name
                  + ", line "
                  + record.getStartingLineNumber()
                  + ": "
                  + record.getFieldCount()
                  + " fields, but the header has "
                  + headerSize);
          continue;
        }
        Row row = new Row(name, record, columns, problems);
        Participant participant = row.participant();
        if (participant != null) {
          Long previous = lineOfId.putIfAbsent(participant.id(), record.getStartingLineNumber());
          if (previous != null) {
            problems.add(
                row.where("id")
                    + ": participant id '"
                    + participant.id()
                    + "' already used on line "
                    + previous);
          } else {
            participants.add(participant);
          }
        }
      }
      if (columns == null && problems.isEmpty()) {
        problems.add(name + ": the file is empty (expected a header line: " + REQUIRED + ")");
      }
    } catch (CsvParseException e) {
      problems.add(name + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!problems.isEmpty()) {
      throw new InvalidFileException(problems);
    }
    return List.copyOf(participants);
  }

  private static Map<String, Integer> header(String file, CsvRecord record, List<String> problems) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> fields = record.getFields();
    int before = problems.size();
    for (int i = 0; i < fields.size(); i++) {
      String column = fields.get(i).trim().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
        problems.add(
            file
                + ", line "
                + record.getStartingLineNumber()
                + ", column "
                + (i + 1)
                + ": unknown column '"
                + fields.get(i)
                + "' (expected "
                + REQUIRED
                + ", optionally "
                + OPTIONAL
                + ")");
      } else if (columns.putIfAbsent(column, i) != null) {
        problems.add(
            file
                + ", line "
                + record.getStartingLineNumber()
                + ", column "
                + (i + 1)
                + ": column '"
                + column
                + "' appears twice");
      }
    }
    for (String column : REQUIRED) {
      if (!columns.containsKey(column)) {
        problems.add(
            file
                + ", line "
                + record.getStartingLineNumber()
                + ": missing column '"
                + column
                + "'");
      }
    }
    return problems.size() == before ? columns : null;
  }

  /** One data line: parses fields and records problems with their position. */
  private static final class Row {
    private final String file;
    private final CsvRecord record;
    private final Map<String, Integer> columns;
    private final List<String> problems;
    private boolean valid = true;

    Row(String file, CsvRecord record, Map<String, Integer> columns, List<String> problems) {
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

    String where(String column) {
      return file
          + ", line "
          + record.getStartingLineNumber()
          + ", column "
          + (columns.get(column) + 1)
          + " ("
          + column
          + ")";
    }

    private String text(String column, boolean required) {
      Integer index = columns.get(column);
      String value = index == null ? "" : record.getField(index).trim();
      if (required && value.isEmpty()) {
        problems.add(where(column) + ": value is missing");
        valid = false;
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
      } catch (IllegalArgumentException e) {
        problems.add(where(column) + ": " + CliMessages.message(e));
        valid = false;
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
          problems.add(where(column) + ": empty code in '" + value + "'");
          valid = false;
          continue;
        }
        try {
          into.add(parser.apply(code));
        } catch (IllegalArgumentException e) {
          problems.add(where(column) + ": " + CliMessages.message(e));
          valid = false;
        }
      }
    }
  }
}
