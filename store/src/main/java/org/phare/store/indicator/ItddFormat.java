package org.phare.store.indicator;

import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * INSEE, indicateurs territoriaux de développement durable (ITDD, detailed data), long format: one
 * row per dimension, level ({@code DEP}, {@code REG}; aggregates skipped), code, indicator label,
 * year and value. Rates as published (no numerator or denominator), so never aggregated. Years such
 * as {@code 2006*} (revised Corine Land Cover) keep their four digits; {@code nd}/{@code nc} cells
 * are missing data. Indicators already read from another source (poverty rate, interdecile ratio,
 * organic farming) or without a fragility reading (aggregates production, Agenda 21) are skipped
 * and counted.
 */
final class ItddFormat extends PublishedFormat {

  /** Source label → catalogue code. */
  private static final Map<String, String> INDICATORS =
      Map.ofEntries(
          Map.entry("Taux d'emploi (%)", "itdd-taux-emploi"),
          Map.entry("Part des jeunes non insérés (%)", "itdd-jeunes-non-inseres"),
          Map.entry("Part des jeunes diplômés (%)", "itdd-jeunes-diplomes"),
          Map.entry(
              "Modes de transport pour se rendre au travail | en transport en commun (%)",
              "itdd-travail-transport-commun"),
          Map.entry(
              "Modes de transport pour se rendre au travail | en voiture (%)",
              "itdd-travail-voiture"),
          Map.entry("Part de surfaces artificialisées (%)", "itdd-surfaces-artificialisees"),
          Map.entry("Taux de valorisation matière et organique (%)", "itdd-valorisation-dechets"),
          Map.entry(
              "Part de la population estimée en zone inondable (%)", "itdd-population-inondable"),
          Map.entry(
              "Espérance de vie des femmes à la naissance- (années)", "itdd-esperance-vie-femmes"),
          Map.entry(
              "Espérance de vie des hommes à la naissance- (années)", "itdd-esperance-vie-hommes"),
          Map.entry(
              "Part de la population éloignée de plus de 7 mn des services de santé de proximité (%)",
              "itdd-eloignement-sante"),
          Map.entry(
              "Taux de participation au premier tour des élections législatives (%)",
              "itdd-participation-legislatives"),
          Map.entry("Effort de recherche et développement (%)", "itdd-recherche-developpement"),
          Map.entry(
              "Part de l'électricité renouvelable dans la consommation intérieure brute"
                  + " d'électricité (%)",
              "itdd-electricite-renouvelable"),
          Map.entry(
              "Poids de l'économie sociale dans les emplois salariés du territoire (%)",
              "itdd-economie-sociale"));

  ItddFormat() {
    super(
        "itdd",
        "INSEE, indicateurs territoriaux de développement durable (dimension, niveau, code,"
            + " indicateur, annee, valeur)");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int levelColumn = source.column("niveau");
    int code = source.column("code");
    int label = source.column("indicateur");
    int year = source.column("annee");
    int value = source.column("valeur");
    source.forEachRow(
        row -> {
          String indicator = INDICATORS.get(row.text(label));
          if (indicator == null) {
            sink.count("indicators read from another source or without fragility reading skipped");
            return;
          }
          Level level =
              switch (row.text(levelColumn)) {
                case "DEP" -> Level.DEPARTEMENT;
                case "REG" -> Level.REGION;
                default -> null;
              };
          if (level == null) {
            sink.count("aggregates (France, province, metropolitan France) skipped");
            return;
          }
          String vintage = row.text(year).replace("*", "");
          if (vintage.length() != 4 || !Character.isDigit(vintage.charAt(0))) {
            throw row.error(year, "import.value.not-year", "value", row.text(year));
          }
          var id = sink.territory(row, code, level, row.text(code));
          if (id.isPresent()) {
            sink.putIfPresent(
                row,
                value,
                indicator,
                id.get(),
                vintage,
                row.number(value),
                Double.NaN,
                Double.NaN);
          }
        });
  }
}
