package org.phare.store.indicator;

import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * SDES "Logements et logements sociaux dans les départements", one row per département and
 * publication year (the vintage is the publication year; the data are often one or two years
 * older).
 */
final class LogementDepartementsFormat extends PublishedFormat {

  LogementDepartementsFormat() {
    super(
        "logement-departements",
        "SDES (RPLS) / INSEE, logements et logements sociaux dans les départements");
  }

  @Override
  void read(CsvSource source, ObservationSink sink, TerritoryReferential referential)
      throws ImportException {
    int year = source.column("annee_publication");
    int code = source.column("code_departement");
    int dwellings = source.column("nombre_de_logements");
    int vacancy = source.column("taux_de_logements_vacants_en");
    int social = source.column("taux_de_logements_sociaux_en");
    int socialStock = source.column("parc_social_nombre_de_logements");
    int energyHungry = source.column("parc_social_taux_de_logements_energivores_e_f_g_en");
    int poverty = source.column("taux_de_pauvrete_en");
    int growth = source.column("variation_de_la_population_sur_10_ans_en");
    int migration = source.column("dont_contribution_du_solde_migratoire_en");
    int density = source.column("densite_de_population_au_km2");
    int construction = source.column("moyenne_annuelle_de_la_construction_neuve_sur_10_ans");
    source.forEachRow(
        row -> {
          var found = sink.territory(row, code, Level.DEPARTEMENT, row.text(code));
          if (found.isEmpty()) {
            return;
          }
          TerritoryId id = found.get();
          String vintage = year(row, year);
          rate(sink, row, vacancy, "logement-vacance-taux", id, vintage, dwellings);
          rate(
              sink,
              row,
              energyHungry,
              "logement-social-energivores-taux",
              id,
              vintage,
              socialStock);
          plain(sink, row, social, "logement-social-taux", id, vintage);
          plain(sink, row, poverty, "pauvrete-taux-sdes", id, vintage);
          plain(sink, row, growth, "population-variation-10-ans", id, vintage);
          plain(sink, row, migration, "population-solde-migratoire", id, vintage);
          plain(sink, row, density, "population-densite", id, vintage);
          plain(sink, row, construction, "logement-construction-neuve", id, vintage);
        });
  }

  /** A percentage whose denominator is published: numerator = rate / 100 x denominator. */
  private static void rate(
      ObservationSink sink,
      CsvRow row,
      int column,
      String indicator,
      TerritoryId id,
      String vintage,
      int denominatorColumn)
      throws ImportException {
    double value = row.number(column);
    double denominator = row.number(denominatorColumn);
    double numerator = value / 100 * denominator;
    sink.putIfPresent(row, column, indicator, id, vintage, value, numerator, denominator);
  }

  private static void plain(
      ObservationSink sink,
      CsvRow row,
      int column,
      String indicator,
      TerritoryId id,
      String vintage)
      throws ImportException {
    sink.putIfPresent(
        row, column, indicator, id, vintage, row.number(column), Double.NaN, Double.NaN);
  }
}
