package org.phare.store.indicator;

import org.phare.core.territory.TerritoryReferential;

/**
 * INSEE census 2018 for communes of 2,000 inhabitants or more (R package questionr): rates with
 * their counts as numerator and denominator. Commune codes are COG 2018, mapped to COG 2026; a
 * commune merged since with a smaller one is summed over the rows present only.
 */
final class Rp2018Format extends PublishedFormat {

  /** indicator, published percentage, numerator count, denominator count. */
  private static final String[][] INDICATORS = {
    {"rp-chomage-taux", "chom", "pop_chom", "pop_act_15p"},
    {"rp-75-plus-part", "age_75p", "pop_75p", "pop_tot"},
    {"rp-sans-diplome-part", "dipl_aucun", "pop_dipl_aucun", "pop_non_scol_15p"},
    {"rp-scolarisation-18-24", "etud", "pop_scol_18_24", "pop_18_24"},
    {"rp-hlm-part", "hlm", "log_hlm", "log_rp"}
  };

  Rp2018Format() {
    super(
        "rp2018-communes",
        "INSEE RP 2018, communes de 2 000 habitants ou plus (package R questionr)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int code = source.column("code_insee");
    int[][] columns = new int[INDICATORS.length][3];
    for (int i = 0; i < INDICATORS.length; i++) {
      for (int j = 0; j < 3; j++) {
        columns[i][j] = source.column(INDICATORS[i][j + 1]);
      }
    }
    sink.note(
        "only communes of 2,000 inhabitants or more: a commune merged since 2018 with a smaller"
            + " one gets the sum of the rows present");
    source.forEachRow(
        row -> {
          for (int i = 0; i < INDICATORS.length; i++) {
            sink.putCommuneIfPresent(
                row,
                columns[i][0],
                INDICATORS[i][0],
                row.text(code),
                "2018",
                row.number(columns[i][0]),
                row.number(columns[i][1]),
                row.number(columns[i][2]));
          }
        });
  }
}
