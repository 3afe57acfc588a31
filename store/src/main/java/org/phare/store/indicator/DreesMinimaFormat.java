package org.phare.store.indicator;

import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * DREES, minima sociaux par département (long format converted from the DREES workbook): {@code
 * tableau}, {@code code_departement}, {@code colonne}, {@code valeur}. Beneficiaries at 31
 * December, counts: AAH (table 1), ASS (table 6), ASV/ASPA (table 7) and RSA (table 11, columns
 * {@code Total RSA | YYYY}). Only columns that are a plain year are read: the second column of a
 * series break ({@code 2016 (1)}) and the ratio columns are skipped, as are total rows (no
 * département code) and the other tables.
 */
final class DreesMinimaFormat extends PublishedFormat {

  private static final Map<String, String> TABLES =
      Map.of(
          "Tableau 1", "drees-allocataires-aah",
          "Tableau 6", "drees-allocataires-ass",
          "Tableau 7", "drees-allocataires-aspa",
          "Tableau 11", "drees-allocataires-rsa");

  DreesMinimaFormat() {
    super(
        "drees-minima",
        "DREES, minima sociaux par département (tableau, code_departement, colonne, valeur)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int table = source.column("tableau");
    int code = source.column("code_departement");
    int column = source.column("colonne");
    int value = source.column("valeur");
    source.forEachRow(
        row -> {
          String indicator = TABLES.get(row.text(table));
          if (indicator == null) {
            sink.count("tables outside the catalogue skipped");
            return;
          }
          String year = row.text(column);
          if (year.startsWith("Total RSA | ")) {
            year = year.substring("Total RSA | ".length());
          }
          if (year.length() != 4 || !year.chars().allMatch(Character::isDigit)) {
            sink.count("series-break and ratio columns skipped");
            return;
          }
          if (row.text(code).isEmpty()) {
            sink.count("total rows (France, DOM) skipped");
            return;
          }
          var id = sink.territory(row, code, Level.DEPARTEMENT, row.text(code));
          if (id.isPresent()) {
            sink.putIfPresent(
                row, value, indicator, id.get(), year, row.number(value), Double.NaN, Double.NaN);
          }
        });
  }
}
