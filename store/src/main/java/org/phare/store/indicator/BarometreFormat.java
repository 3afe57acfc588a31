package org.phare.store.indicator;

import java.util.Set;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * Etalab/DITP "Baromètre des résultats de l'action publique". The catalogue codes of its indicators
 * are the {@code id_indicateur} of the source; indicators outside the catalogue are skipped and
 * counted.
 *
 * <p>Two formats: {@code barometre-detail} reads the histories (one value per date) and {@code
 * barometre-synthese} the latest values ({@code valeur_actuelle} at {@code date_valeur_actuelle}).
 * The synthesis skips the 19 indicators whose history is published in the detail extracts, so that
 * loading both never gives the same value twice. The territory column tells the level: {@code
 * code_departement}, {@code code_region} or {@code maille_geographique} (national).
 */
final class BarometreFormat extends PublishedFormat {

  /** The indicators of the detail extracts (dans_extrait_detail = oui in the dictionary). */
  static final Set<String> IN_DETAIL_EXTRACTS =
      Set.of(
          "taux-deploiement-fibre",
          "nb-maisons-sante",
          "nb-centres-sante",
          "nb-points-recharge",
          "km-amenagement-cyclables-securises",
          "nb-morts-routes",
          "nb-primes-conversion",
          "nb-maprimerenov-valides",
          "surface-agriculture-biologique",
          "nb-utilisateurs-pass-culture",
          "nombre-creation-ulis",
          "duree-moyenne-traitement-demandes-allocation-adulte-handicape",
          "nb-atteintes-personnes",
          "nb-atteintes-biens",
          "nombre-contrats-apprentissage",
          "nb-beneficiaires-siae",
          "logement-sans-domicile-hebergement-urgence",
          "nb-labellisations-france-services",
          "tx-reussite-examens");

  private final boolean synthesis;

  private BarometreFormat(String name, String description, boolean synthesis) {
    super(name, description);
    this.synthesis = synthesis;
  }

  static BarometreFormat detail() {
    return new BarometreFormat(
        "barometre-detail",
        "Baromètre des résultats de l'action publique, historiques (national, régions,"
            + " départements)",
        false);
  }

  static BarometreFormat synthesis() {
    return new BarometreFormat(
        "barometre-synthese",
        "Baromètre des résultats de l'action publique, dernières valeurs (hors indicateurs"
            + " historisés)",
        true);
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    Level level;
    int code;
    if (source.hasColumn("code_departement")) {
      level = Level.DEPARTEMENT;
      code = source.column("code_departement");
    } else if (source.hasColumn("code_region")) {
      level = Level.REGION;
      code = source.column("code_region");
    } else {
      level = Level.COUNTRY;
      code = source.column("maille_geographique");
    }
    int indicator = source.column("id_indicateur");
    int date = source.column(synthesis ? "date_valeur_actuelle" : "date");
    int value = source.column(synthesis ? "valeur_actuelle" : "valeur");
    source.forEachRow(
        row -> {
          String id = row.text(indicator);
          if (sink.catalogue().find(id).isEmpty()) {
            sink.count("rows of indicators outside the catalogue skipped");
            return;
          }
          if (synthesis && IN_DETAIL_EXTRACTS.contains(id)) {
            sink.count("rows skipped: indicators read from the detail (history) files");
            return;
          }
          if (level == Level.COUNTRY && !row.text(code).equals("national")) {
            throw row.error(
                code, "import.value.expected", "expected", "national", "value", row.text(code));
          }
          double number = row.number(value);
          if (Double.isNaN(number)) {
            sink.missing(id);
            return;
          }
          var territory = sink.territory(row, code, level, row.text(code));
          if (territory.isPresent()) {
            sink.put(
                row, value, id, territory.get(), month(row, date), number, Double.NaN, Double.NaN);
          }
        });
  }
}
