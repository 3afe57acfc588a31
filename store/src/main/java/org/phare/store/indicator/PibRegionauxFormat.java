package org.phare.store.indicator;

import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/** INSEE regional GDP 1990-2022 (long format: indicateur, code_region, annee, valeur). */
final class PibRegionauxFormat extends PublishedFormat {

  private static final Map<String, String> INDICATORS =
      Map.of(
          "pib_valeur", "pib-valeur",
          "pib_volume", "pib-volume",
          "pib_par_habitant", "pib-par-habitant",
          "pib_par_emploi", "pib-par-emploi");

  PibRegionauxFormat() {
    super("pib-regionaux", "INSEE, PIB régionaux 1990-2022 (comptes régionaux base 2014)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int indicator = source.column("indicateur");
    int region = source.column("code_region");
    int year = source.column("annee");
    int value = source.column("valeur");
    int raw = source.column("valeur_brute");
    source.forEachRow(
        row -> {
          String code = INDICATORS.get(row.text(indicator));
          if (code == null) {
            throw row.error(
                indicator,
                "import.label.unknown-among",
                "value",
                row.text(indicator),
                "known",
                String.join(", ", INDICATORS.keySet()));
          }
          if (row.text(region).isEmpty()) {
            sink.count("aggregates without a region code skipped (France, DOM totals)");
            return;
          }
          double number = row.number(value);
          if (Double.isNaN(number) && !row.isMissing(raw)) {
            // The workbook marks estimated values "10 735 (e)": kept, and counted.
            String text = row.text(raw);
            int mark = text.indexOf("(e)");
            if (mark < 0) {
              throw row.error(raw, "import.value.not-estimate", "value", text);
            }
            try {
              number = NumberCell.parse(text.substring(0, mark));
            } catch (NumberCell.Invalid e) {
              throw row.error(raw, e.code, "value", e.cell);
            }
            sink.count("estimated values '(e)' kept as published (Mayotte)");
          }
          var id = sink.territory(row, region, Level.REGION, row.text(region));
          if (id.isPresent()) {
            sink.putIfPresent(
                row, value, code, id.get(), year(row, year), number, Double.NaN, Double.NaN);
          }
        });
  }
}
