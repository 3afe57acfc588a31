package org.phare.store.indicator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.Progress;

/**
 * The two formats users write themselves; everything must be known (indicator in the catalogue,
 * territory in the referential, old commune codes are mapped to COG 2026).
 *
 * <ul>
 *   <li>{@code long}: columns {@code indicator, level, code, vintage, value} and optionally {@code
 *       numerator, denominator};
 *   <li>{@code wide}: columns {@code level, code, vintage}, then one column per indicator code.
 * </ul>
 *
 * Vintages are {@code yyyy}, {@code yyyy-Tn} (quarter) or {@code yyyy-mm} (month). An empty value
 * is missing data and is skipped.
 */
final class GenericFormat implements SourceFormat {

  private final boolean wide;

  private GenericFormat(boolean wide) {
    this.wide = wide;
  }

  static GenericFormat longFormat() {
    return new GenericFormat(false);
  }

  static GenericFormat wideFormat() {
    return new GenericFormat(true);
  }

  @Override
  public String name() {
    return wide ? "wide" : "long";
  }

  @Override
  public String description() {
    return wide
        ? "générique large : level, code, vintage, puis une colonne par code d'indicateur"
        : "générique long : indicator, level, code, vintage, value[, numerator, denominator]";
  }

  @Override
  public SourceData read(
      Path file,
      ReadOptions options,
      TerritoryReferential referential,
      IndicatorCatalogue catalogue,
      Progress progress)
      throws ImportException {
    CsvSource source = CsvSource.open(file, options, progress);
    ObservationSink sink = new ObservationSink(file, name(), referential, catalogue, true);
    int level = source.column("level");
    int code = source.column("code");
    int vintage = source.column("vintage");
    RowKeys keys = new RowKeys(level, code, vintage, referential);
    if (wide) {
      List<Integer> columns = new ArrayList<>();
      CsvSource.Problems unknown = new CsvSource.Problems(file);
      for (int i = 0; i < source.header().size(); i++) {
        if (i == level || i == code || i == vintage) {
          continue;
        }
        String indicator = source.header().get(i);
        if (catalogue.find(indicator).isEmpty()) {
          // every unknown column at once: the header is read whole before any row
          unknown.add(source.headerError(i, "import.indicator.unknown", "indicator", indicator));
        }
        columns.add(i);
      }
      unknown.throwIfAny();
      source.forEachRow(
          row -> {
            for (int column : columns) {
              put(
                  sink,
                  row,
                  keys,
                  source.header().get(column),
                  column,
                  code,
                  Double.NaN,
                  Double.NaN);
            }
          });
    } else {
      int indicator = source.column("indicator");
      int value = source.column("value");
      int numerator = source.optionalColumn("numerator");
      int denominator = source.optionalColumn("denominator");
      String[] lastKnown = {null};
      source.forEachRow(
          row -> {
            String code1 = row.text(indicator);
            if (!code1.equals(lastKnown[0])) {
              if (catalogue.find(code1).isEmpty()) {
                throw row.error(indicator, "import.indicator.unknown", "indicator", code1);
              }
              lastKnown[0] = code1;
            }
            put(
                sink,
                row,
                keys,
                code1,
                value,
                code,
                numerator < 0 ? Double.NaN : row.number(numerator),
                denominator < 0 ? Double.NaN : row.number(denominator));
          });
    }
    return sink.finish();
  }

  /**
   * The level and vintage of the current row, parsed and checked only when their text differs from
   * the previous row's (files list many rows of the same level and vintage in a row).
   */
  private static final class RowKeys {
    private final int levelColumn;
    private final int codeColumn;
    private final int vintageColumn;
    private final TerritoryReferential referential;
    private String levelText;
    private Level level;
    private String vintage;

    RowKeys(int levelColumn, int codeColumn, int vintageColumn, TerritoryReferential referential) {
      this.levelColumn = levelColumn;
      this.codeColumn = codeColumn;
      this.vintageColumn = vintageColumn;
      this.referential = referential;
    }

    /** The commune code of the row, which must be current or an old code the COG maps. */
    String communeCode(CsvRow row) throws ImportException {
      String code = row.text(codeColumn);
      if (referential.index(Level.COMMUNE, code) < 0
          && referential.currentCommuneCode(code).isEmpty()) {
        throw row.error(codeColumn, "import.commune.unknown", "code", code);
      }
      return code;
    }

    Level level(CsvRow row) throws ImportException {
      String text = row.text(levelColumn);
      if (!text.equals(levelText)) {
        try {
          level = Level.parse(text);
        } catch (IllegalArgumentException e) {
          throw row.error(levelColumn, "import.level.unknown", "value", text);
        }
        levelText = text;
      }
      return level;
    }

    String vintage(CsvRow row) throws ImportException {
      String text = row.text(vintageColumn);
      if (!text.equals(vintage)) {
        vintage = GenericFormat.vintage(row, vintageColumn, text);
      }
      return vintage;
    }
  }

  private static void put(
      ObservationSink sink,
      CsvRow row,
      RowKeys keys,
      String indicator,
      int valueColumn,
      int codeColumn,
      double numerator,
      double denominator)
      throws ImportException {
    double value = row.number(valueColumn);
    Level level = keys.level(row);
    String vintage = keys.vintage(row);
    String code = level == Level.COMMUNE ? keys.communeCode(row) : row.text(codeColumn);
    if (Double.isNaN(value)) {
      if (level == Level.COMMUNE) {
        sink.missingCommune(row, valueColumn, indicator, code, vintage);
      } else {
        sink.missing(indicator);
      }
      return;
    }
    if (level == Level.COMMUNE) {
      sink.putCommune(row, valueColumn, indicator, code, vintage, value, numerator, denominator);
      return;
    }
    if (level == Level.COUNTRY && !code.equals(TerritoryId.FRANCE.code())) {
      throw row.error(
          codeColumn,
          "import.value.expected",
          "expected",
          TerritoryId.FRANCE.code(),
          "value",
          code);
    }
    TerritoryId id = sink.territory(row, codeColumn, level, code).orElseThrow();
    sink.put(row, valueColumn, indicator, id, vintage, value, numerator, denominator);
  }

  /** Accepts yyyy, yyyy-Tn and yyyy-mm so that vintages sort chronologically as text. */
  private static String vintage(CsvRow row, int column, String text) throws ImportException {
    boolean year = text.length() >= 4 && allDigits(text, 0, 4);
    boolean ok =
        year
            && (text.length() == 4
                || text.length() == 7
                    && text.charAt(4) == '-'
                    && (text.charAt(5) == 'T' && text.charAt(6) >= '1' && text.charAt(6) <= '4'
                        || allDigits(text, 5, 7)
                            && text.compareTo(text.substring(0, 5) + "01") >= 0
                            && text.compareTo(text.substring(0, 5) + "12") <= 0));
    if (!ok) {
      throw row.error(column, "import.value.not-vintage", "value", text);
    }
    return text;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
