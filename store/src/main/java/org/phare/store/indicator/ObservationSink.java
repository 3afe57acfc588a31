package org.phare.store.indicator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phare.core.indicator.Aggregation;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Observation;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * Collects the observations of one file: checks each against the catalogue and the referential,
 * refuses a second value for the same indicator, territory and vintage, maps commune codes to COG
 * 2026 and counts what is skipped.
 *
 * <p>Communes merged since the file's vintage: the values of their former communes are combined
 * when the indicator allows it (SUM: sum of values; RATE with numerator and denominator on every
 * row: scale x sum of numerators / sum of denominators). Otherwise — a median, or a former commune
 * whose value is secret — no value is kept for the current commune and the case is counted in the
 * warnings.
 */
final class ObservationSink {

  private final Path file;
  private final String format;
  private final TerritoryReferential referential;
  private final IndicatorCatalogue catalogue;
  private final boolean strictTerritories;
  private final List<Observation> observations = new ArrayList<>();
  private final Map<SeriesKey, FirstLines> firstLines = new HashMap<>();
  private FirstLines lastFirstLines;
  private IndicatorDefinition lastDefinition;
  private Level lastLevel;
  private final Map<String, CommuneGroup> communeGroups = new LinkedHashMap<>();
  private final Map<String, Long> warningCounts = new LinkedHashMap<>();
  private final Map<String, String> missingMessages = new HashMap<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * @param strictTerritories true for user files (a code outside the referential is an error),
   *     false for published files (such codes, e.g. overseas collectivities, are counted)
   */
  ObservationSink(
      Path file,
      String format,
      TerritoryReferential referential,
      IndicatorCatalogue catalogue,
      boolean strictTerritories) {
    this.file = file;
    this.format = format;
    this.referential = referential;
    this.catalogue = catalogue;
    this.strictTerritories = strictTerritories;
  }

  IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The territory of a code at a level, or empty when the referential does not know it (counted, or
   * an error in strict mode). Commune codes must go through {@link #putCommune}.
   */
  Optional<TerritoryId> territory(CsvRow row, int column, Level level, String code)
      throws ImportException {
    TerritoryId id = level == Level.COUNTRY ? TerritoryId.FRANCE : TerritoryId.of(level, code);
    if (referential.find(id).isPresent()) {
      return Optional.of(id);
    }
    if (strictTerritories) {
      throw row.error(column, "import.territory.unknown", "level", level.code(), "code", code);
    }
    count(level.code() + " codes outside the referential (COG 2026, 18 regions) skipped: " + code);
    return Optional.empty();
  }

  /** Counts one occurrence of a warning line. */
  void count(String warning) {
    warningCounts.merge(warning, 1L, Long::sum);
  }

  /** Adds a warning printed once, as is. */
  void note(String warning) {
    notes.add(warning);
  }

  /** Counts an empty or secret cell of an indicator. */
  void missing(String indicator) {
    // commune files have hundreds of thousands of secret cells: build each message once
    count(
        missingMessages.computeIfAbsent(
            indicator, i -> "indicator " + i + ": empty or secret cells skipped (missing data)"));
  }

  void put(
      CsvRow row,
      int column,
      String indicator,
      TerritoryId territory,
      String vintage,
      double value,
      double numerator,
      double denominator)
      throws ImportException {
    IndicatorDefinition definition = check(row, column, indicator, territory.level());
    FirstLines lines = firstLines(indicator, territory.level(), vintage);
    long first =
        lines.putIfAbsent(false, referential.index(territory), territory.code(), line(row));
    if (first >= 0) {
      throw duplicate(row, column, indicator, territory.toString(), vintage, first);
    }
    if (definition.aggregation() != Aggregation.RATE) {
      numerator = Double.NaN;
      denominator = Double.NaN;
    }
    // the catalogue's code string: one instance for millions of rows, compared by identity later
    observations.add(
        new Observation(definition.code(), territory, vintage, value, numerator, denominator));
  }

  /** Puts a value, or counts it as missing data when NaN (an empty or secret cell). */
  void putIfPresent(
      CsvRow row,
      int column,
      String indicator,
      TerritoryId territory,
      String vintage,
      double value,
      double numerator,
      double denominator)
      throws ImportException {
    if (Double.isNaN(value)) {
      missing(indicator);
    } else {
      put(row, column, indicator, territory, vintage, value, numerator, denominator);
    }
  }

  /** Same as {@link #putCommune}, or {@link #missingCommune} when the value is NaN. */
  void putCommuneIfPresent(
      CsvRow row,
      int column,
      String indicator,
      String sourceCode,
      String vintage,
      double value,
      double numerator,
      double denominator)
      throws ImportException {
    if (Double.isNaN(value)) {
      missingCommune(row, column, indicator, sourceCode, vintage);
    } else {
      putCommune(row, column, indicator, sourceCode, vintage, value, numerator, denominator);
    }
  }

  /** A commune value, under the code the file uses; mapped to COG 2026 at {@link #finish}. */
  void putCommune(
      CsvRow row,
      int column,
      String indicator,
      String sourceCode,
      String vintage,
      double value,
      double numerator,
      double denominator)
      throws ImportException {
    IndicatorDefinition definition = check(row, column, indicator, Level.COMMUNE);
    int index = referential.index(Level.COMMUNE, sourceCode);
    long first =
        firstLines(indicator, Level.COMMUNE, vintage)
            .putIfAbsent(true, index, sourceCode, line(row));
    if (first >= 0) {
      throw duplicate(row, column, indicator, "commune:" + sourceCode, vintage, first);
    }
    if (index >= 0 && !referential.absorbedOtherCommunes(index)) {
      // the common case: a current commune that absorbed no other, nothing to combine
      boolean parts =
          definition.aggregation() == Aggregation.RATE
              && !Double.isNaN(numerator)
              && !Double.isNaN(denominator);
      observations.add(
          new Observation(
              definition.code(),
              referential.at(Level.COMMUNE, index).id(),
              vintage,
              value,
              parts ? numerator : Double.NaN,
              parts ? denominator : Double.NaN));
      return;
    }
    CommuneGroup group = group(row, column, definition, sourceCode, vintage);
    if (group != null) {
      group.add(value, numerator, denominator);
    }
  }

  /** A commune whose cell is empty or secret: a merged commune it belongs to is incomplete. */
  void missingCommune(CsvRow row, int column, String indicator, String sourceCode, String vintage)
      throws ImportException {
    missing(indicator);
    IndicatorDefinition definition = check(row, column, indicator, Level.COMMUNE);
    int index = referential.index(Level.COMMUNE, sourceCode);
    if (index >= 0 && !referential.absorbedOtherCommunes(index)) {
      return; // a current commune that absorbed no other: no merged value to spoil
    }
    CommuneGroup group = group(row, column, definition, sourceCode, vintage);
    if (group != null) {
      group.incomplete = true;
    }
  }

  private CommuneGroup group(
      CsvRow row, int column, IndicatorDefinition definition, String sourceCode, String vintage)
      throws ImportException {
    Optional<String> current = referential.currentCommuneCode(sourceCode);
    if (current.isEmpty()) {
      if (strictTerritories) {
        throw row.error(column, "import.commune.unknown", "code", sourceCode);
      }
      count("commune codes outside the referential (COG 2026, 18 regions) skipped");
      return null;
    }
    return communeGroups.computeIfAbsent(
        definition.code() + '\u0000' + current.get() + '\u0000' + vintage,
        k -> new CommuneGroup(definition, current.get(), vintage));
  }

  private static long line(CsvRow row) {
    return row == null ? 0L : row.line();
  }

  /** The lines already given for a series; consecutive rows usually share theirs. */
  private FirstLines firstLines(String indicator, Level level, String vintage) {
    FirstLines last = lastFirstLines;
    if (last != null
        && last.key.level() == level
        && last.key.indicator().equals(indicator)
        && last.key.vintage().equals(vintage)) {
      return last;
    }
    lastFirstLines =
        firstLines.computeIfAbsent(
            new SeriesKey(indicator, level, vintage),
            k -> new FirstLines(k, referential.size(level)));
    return lastFirstLines;
  }

  private IndicatorDefinition check(CsvRow row, int column, String indicator, Level level)
      throws ImportException {
    IndicatorDefinition last = lastDefinition;
    if (last != null && level == lastLevel && last.code().equals(indicator)) {
      return last; // checked on an earlier row
    }
    Optional<IndicatorDefinition> found = catalogue.find(indicator);
    if (found.isEmpty()) {
      throw row.error(column, "import.indicator.unknown", "indicator", indicator);
    }
    IndicatorDefinition definition = found.get();
    if (definition.derivation() != null) {
      throw fail(
          row,
          column,
          "import.indicator.derived",
          "indicator",
          indicator,
          "numerator",
          definition.derivation().numeratorIndicator(),
          "denominator",
          definition.derivation().denominatorIndicator());
    }
    if (!definition.levels().contains(level)) {
      throw fail(
          row,
          column,
          "import.indicator.level",
          "indicator",
          indicator,
          "level",
          level.code(),
          "levels",
          definition.levels().stream()
              .map(Level::code)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    lastDefinition = definition;
    lastLevel = level;
    return definition;
  }

  private ImportException duplicate(
      CsvRow row, int column, String indicator, String territory, String vintage, long first) {
    return fail(
        row,
        column,
        "import.value.duplicate",
        "indicator",
        indicator,
        "territory",
        territory,
        "vintage",
        vintage,
        "firstLine",
        first);
  }

  /**
   * An error at a row, or — for values totalled over several rows, checked against the catalogue
   * after the rows are read — an IllegalStateException since the reader and the catalogue disagree.
   */
  private static ImportException fail(
      CsvRow row, int column, String code, Object... namesAndValues) {
    if (row == null) {
      throw new IllegalStateException(
          org.phare.core.message.Refusal.of(code, "", namesAndValues).toString());
    }
    return row.error(column, code, namesAndValues);
  }

  SourceData finish() {
    for (CommuneGroup group : communeGroups.values()) {
      group.emit();
    }
    List<String> warnings = new ArrayList<>(notes);
    warningCounts.forEach((text, count) -> warnings.add(text + " (" + count + ")"));
    return new SourceData(file, format, observations, warnings);
  }

  private record SeriesKey(String indicator, Level level, String vintage) {}

  /**
   * The line where each territory of one series was first given, to refuse a second value: by dense
   * territory index (an array, cheap for millions of rows), by code for commune codes the
   * referential does not know as current (old codes). Values given by current code ({@link #put})
   * and by a file's commune code ({@link #putCommune}) are tracked apart, as before mapping.
   */
  private static final class FirstLines {
    final SeriesKey key;
    private final int territories;
    private long[] byIndex;
    private long[] bySourceIndex;
    private Map<String, Long> bySourceCode;

    FirstLines(SeriesKey key, int territories) {
      this.key = key;
      this.territories = territories;
    }

    /** Records the line, or returns the first line given earlier (else -1). */
    long putIfAbsent(boolean source, int index, String code, long line) {
      if (index < 0) {
        if (bySourceCode == null) {
          bySourceCode = new HashMap<>();
        }
        Long first = bySourceCode.putIfAbsent((source ? "source:" : "current:") + code, line);
        return first == null ? -1 : first;
      }
      long[] lines = source ? bySourceIndex : byIndex;
      if (lines == null) {
        lines = new long[territories]; // 0 = not given yet; lines are stored plus one
        if (source) {
          bySourceIndex = lines;
        } else {
          byIndex = lines;
        }
      }
      if (lines[index] != 0) {
        return lines[index] - 1;
      }
      lines[index] = line + 1;
      return -1;
    }
  }

  /** The rows of a file that fall into one current commune for an indicator and vintage. */
  private final class CommuneGroup {
    private final IndicatorDefinition definition;
    private final String code;
    private final String vintage;
    private int rows;
    private boolean incomplete;
    private boolean allParts = true;
    private double value;
    private double numerator;
    private double denominator;

    CommuneGroup(IndicatorDefinition definition, String code, String vintage) {
      this.definition = definition;
      this.code = code;
      this.vintage = vintage;
    }

    void add(double v, double num, double den) {
      rows++;
      value += v;
      if (Double.isNaN(num) || Double.isNaN(den)) {
        allParts = false;
      } else {
        numerator += num;
        denominator += den;
      }
    }

    void emit() {
      if (rows == 0) {
        return;
      }
      String indicator = definition.code();
      TerritoryId id = TerritoryId.of(Level.COMMUNE, code);
      boolean rate = definition.aggregation() == Aggregation.RATE;
      if (rows == 1 && !incomplete) {
        observations.add(
            new Observation(
                indicator,
                id,
                vintage,
                value,
                rate && allParts ? numerator : Double.NaN,
                rate && allParts ? denominator : Double.NaN));
        return;
      }
      if (incomplete) {
        count(
            "indicator "
                + indicator
                + ": communes merged since the file's vintage with a former commune's value"
                + " missing or secret, no value kept");
      } else if (definition.aggregation() == Aggregation.SUM) {
        observations.add(Observation.of(indicator, id, vintage, value));
        count("indicator " + indicator + ": merged communes, values of former communes summed");
      } else if (rate && allParts && denominator > 0) {
        observations.add(
            new Observation(
                indicator,
                id,
                vintage,
                definition.scale() * numerator / denominator,
                numerator,
                denominator));
        count(
            "indicator "
                + indicator
                + ": merged communes, numerators and denominators of former communes summed");
      } else {
        count(
            "indicator "
                + indicator
                + ": communes merged since the file's vintage, value not aggregable"
                + " (no numerator/denominator), no value kept");
      }
    }
  }
}
