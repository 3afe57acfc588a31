package org.phare.store.indicator;

import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/** INSEE localised unemployment rates, quarterly, one row per series and quarter. */
final class ChomageLocaliseFormat extends PublishedFormat {

  ChomageLocaliseFormat() {
    super(
        "chomage-localise",
        "INSEE, taux de chômage localisés trimestriels (niveau, code, periode, taux_chomage)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int level = source.column("niveau");
    int code = source.column("code");
    int period = source.column("periode");
    int rate = source.column("taux_chomage");
    source.forEachRow(
        row -> {
          String niveau = row.text(level);
          if (niveau.equals("france")) {
            // FRM (metropolitan France) and FRHM (France without Mayotte) are not the 18-region
            // France of the referential.
            sink.count("national series " + row.text(code) + " skipped (not the 18-region France)");
            return;
          }
          Level territoryLevel;
          try {
            territoryLevel = Level.parse(niveau);
          } catch (IllegalArgumentException e) {
            throw row.error(level, "import.level.unknown", "value", niveau);
          }
          String vintage = row.text(period);
          if (vintage.length() != 7 || vintage.charAt(5) != 'T') {
            throw row.error(period, "import.value.not-quarter", "value", vintage);
          }
          double value = row.number(rate);
          var id = sink.territory(row, code, territoryLevel, row.text(code));
          if (id.isPresent()) {
            sink.putIfPresent(
                row, rate, "chomage-taux", id.get(), vintage, value, Double.NaN, Double.NaN);
          }
        });
  }
}
