package org.phare.store.indicator;

import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * INSEE share of immigrants in 2021 (census), by département ({@code code_departement}) or region
 * ({@code code_region}, national rows without a code are skipped).
 */
final class ImmigrationFormat extends PublishedFormat {

  ImmigrationFormat() {
    super("immigration", "INSEE, part de la population immigrée 2021 (départements ou régions)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    boolean departements = source.hasColumn("code_departement");
    int code = source.column(departements ? "code_departement" : "code_region");
    Level level = departements ? Level.DEPARTEMENT : Level.REGION;
    int share = source.column("part_immigres_pct");
    source.forEachRow(
        row -> {
          if (row.text(code).isEmpty()) {
            sink.count("national rows without a code skipped");
            return;
          }
          if (row.text(code).equals("976")) {
            sink.note("Mayotte: census 2017 value, as published in the 2021 figure");
          }
          var id = sink.territory(row, code, level, row.text(code));
          if (id.isPresent()) {
            sink.putIfPresent(
                row,
                share,
                "immigres-part",
                id.get(),
                "2021",
                row.number(share),
                Double.NaN,
                Double.NaN);
          }
        });
  }
}
