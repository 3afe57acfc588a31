package org.phare.store.indicator;

import java.util.List;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * Observatoire des territoires (CGET/ANCT), the nine indicators of the "Grand débat national" map
 * kits (2019), one file per level: communes ({@code CODGEO}, COG 2018, mapped to COG 2026) or EPCI
 * ({@code epci2018}, SIREN at 1 January 2018; EPCI that no longer exist in 2026 are skipped and
 * counted). Columns {@code ID_1}…{@code ID_9}; each indicator has its own year (dictionary column
 * {@code an}). Rates and levels as published, without numerator or denominator: never aggregated,
 * and a merged commune gets no value. {@code ID_9} (median disposable income 2015) is skipped:
 * Filosofi 2016 gives the same measure one year later.
 */
final class OtKitsFormat extends PublishedFormat {

  /** Column, catalogue code (null: skipped), year of the indicator. */
  private record Column(String name, String indicator, String year) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("ID_1", "ot-trajet-travail-30min", "2014"),
          new Column("ID_2", "ot-apl-medecins", "2015"),
          new Column("ID_3", "ot-tres-haut-debit", "2017"),
          new Column("ID_4", "ot-jeunes-non-inseres", "2015"),
          new Column("ID_5", "ot-acces-cinema-theatre", "2017"),
          new Column("ID_6", "ot-taux-emploi", "2015"),
          new Column("ID_7", "ot-logements-vacants", "2015"),
          new Column("ID_8", "ot-participation-presidentielle", "2017"),
          new Column("ID_9", null, "2015"));

  OtKitsFormat() {
    super(
        "ot-kits",
        "Observatoire des territoires, kits Grand débat 2019 (CODGEO ou epci2018, ID_1…ID_9)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    boolean communes = source.hasColumn("CODGEO");
    int code = source.column(communes ? "CODGEO" : "epci2018");
    int[] columns = new int[COLUMNS.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = source.column(COLUMNS.get(i).name());
    }
    source.forEachRow(
        row -> {
          var epci = communes ? null : sink.territory(row, code, Level.EPCI, row.text(code));
          if (!communes && epci.isEmpty()) {
            return;
          }
          for (int i = 0; i < columns.length; i++) {
            Column column = COLUMNS.get(i);
            if (column.indicator() == null) {
              continue;
            }
            double value = row.number(columns[i]);
            if (communes) {
              sink.putCommuneIfPresent(
                  row,
                  columns[i],
                  column.indicator(),
                  row.text(code),
                  column.year(),
                  value,
                  Double.NaN,
                  Double.NaN);
            } else {
              sink.putIfPresent(
                  row,
                  columns[i],
                  column.indicator(),
                  epci.get(),
                  column.year(),
                  value,
                  Double.NaN,
                  Double.NaN);
            }
          }
        });
  }
}
