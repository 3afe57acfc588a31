package org.phare.store.indicator;

import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * Observatoire des territoires (CGET/ANCT), SOFIE 2019: women's access to employment, 13 indicators
 * per EPCI (1 January 2018 SIREN; EPCI that no longer exist in 2026 are skipped and counted), long
 * layout {@code epci2018, Indic, SEXE, valeur}. Rates and levels as published, from the census 2015
 * (and CAF 2015 for childcare): no numerator or denominator, so never aggregated.
 *
 * <p>Read: the women's rows of the four employment indicators (the file has no all-sexes value and
 * no counts to compute one), single-parent families, women with little or no diploma, childcare
 * places, primary pupils schooled outside their commune and women's commuting time. Skipped and
 * counted: the men's rows, FOR_3 (NEET: the OT kits give it for both sexes from the same census),
 * FAM_3 (households with three children or more), EMP_2 and FOR_1 (gender mix of jobs and courses),
 * which measure no fragility of a Phare domain.
 */
final class OtSofieFormat extends PublishedFormat {

  /** {@code Indic|SEXE} (empty sex: non-sexed indicator) → catalogue code. */
  private static final Map<String, String> INDICATORS =
      Map.ofEntries(
          Map.entry("EMP_1|Femmes", "sofie-chomage-femmes"),
          Map.entry("FAM_2|Femmes", "sofie-inactivite-femmes"),
          Map.entry("EMP_3|Femmes", "sofie-temps-partiel-femmes"),
          Map.entry("EMP_4|Femmes", "sofie-emplois-precaires-femmes"),
          Map.entry("FAM_1|", "sofie-familles-monoparentales"),
          Map.entry("FOR_2|", "sofie-femmes-peu-diplomees"),
          Map.entry("EQU_1|", "sofie-enfants-sans-place-accueil"),
          Map.entry("EQU_2|", "sofie-ecoliers-hors-commune"),
          Map.entry("EQU_3|", "sofie-trajet-travail-femmes"));

  /** Census 2015 (EQU_1: CAF 2015; EQU_2/EQU_3: census 2015 with Metric 2016 distances). */
  private static final String VINTAGE = "2015";

  OtSofieFormat() {
    super(
        "ot-sofie",
        "Observatoire des territoires, SOFIE 2019, accès à l'emploi des femmes par EPCI"
            + " (epci2018, Indic, SEXE, valeur)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int code = source.column("epci2018");
    int indic = source.column("Indic");
    int sex = source.column("SEXE");
    int value = source.column("valeur");
    source.forEachRow(
        row -> {
          String indicator = INDICATORS.get(row.text(indic) + '|' + row.text(sex));
          if (indicator == null) {
            sink.count(
                "SOFIE rows outside the catalogue skipped (men's rows, FOR_3, FAM_3, EMP_2, FOR_1)");
            return;
          }
          var epci = sink.territory(row, code, Level.EPCI, row.text(code));
          if (epci.isPresent()) {
            sink.putIfPresent(
                row,
                value,
                indicator,
                epci.get(),
                VINTAGE,
                row.number(value),
                Double.NaN,
                Double.NaN);
          }
        });
  }
}
