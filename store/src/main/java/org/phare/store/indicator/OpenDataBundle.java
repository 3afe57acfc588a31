package org.phare.store.indicator;

import java.util.List;

/**
 * The open-data files loaded on first start, relative to the data folder, each with its format. The
 * barometer's synthesis files complement its detail files (see {@link BarometreFormat}); the
 * national synthesis is not loaded since the national detail file already has every date.
 */
public final class OpenDataBundle {

  private static final List<OpenDataFile> FILES =
      List.of(
          file("chomage-localise/taux_chomage_localise_trimestriel.csv", "chomage-localise"),
          file("pib-regionaux/pib_regionaux_1990_2022.csv", "pib-regionaux"),
          file(
              "population-estimations/estim_pop_dep_sexe_age_1975_2023.csv",
              "population-estimations"),
          file("immigration/part_immigres_departements_2021.csv", "immigration"),
          file("immigration/part_immigres_regions_2021.csv", "immigration"),
          file(
              "delinquance/donnee-dep-data.gouv-2024-geographie2024-produit-le2025-01-26.csv",
              "delinquance"),
          file(
              "logement-departements/logements_et_logements_sociaux_departements_2018_2022.csv",
              "logement-departements"),
          file(
              "sante-professionnels/effectifs_professionnels_sante_departement_2012_2020.csv",
              "sante-professionnels"),
          file(
              "energie-production-electrique/"
                  + "production_electrique_filiere_departement_enedis_2011_2023.csv",
              "energie-production"),
          file(
              "barometre-resultats/barometre-resultats-detail-departemental-extrait.csv",
              "barometre-detail"),
          file(
              "barometre-resultats/barometre-resultats-detail-regional-extrait.csv",
              "barometre-detail"),
          file("barometre-resultats/barometre-resultats-detail-national.csv", "barometre-detail"),
          file(
              "barometre-resultats/barometre-resultats-synthese-departemental.csv",
              "barometre-synthese"),
          file(
              "barometre-resultats/barometre-resultats-synthese-regional.csv",
              "barometre-synthese"),
          file("filosofi-2013-departements/fr-dpt-pauvrete-2013.csv", "filosofi-2013-departements"),
          file("filosofi-2016/filosofi_2016_communes.csv", "filosofi-2016"),
          file("filosofi-2016/filosofi_2016_epci.csv", "filosofi-2016"),
          file("bpe-2018-extrait/bpe_2018_extrait_types_selectionnes.csv", "bpe"),
          file("paris-iris-2017/data_iris_paris_2017.csv", "paris-iris"),
          file("questionr-rp2018/rp2018_communes_2000plus.csv", "rp2018-communes"),
          file("insee-itdd-developpement-durable/itdd_indicateurs_dep_reg.csv", "itdd"),
          file("ot-kits-grand-debat-2019/indicateurs_communes_cog2018.csv", "ot-kits"),
          file("ot-kits-grand-debat-2019/indicateurs_epci_2018.csv", "ot-kits"),
          file("ot-sofie-epci-2019/sofie_indicateurs_epci_2018.csv", "ot-sofie"),
          file("drees-minima-sociaux/minima_sociaux_departements_1995_2019.csv", "drees-minima"),
          file(
              "culture-frequentation-musees/frequentation_musees_de_france_2001_2021.csv",
              "musees"));

  private OpenDataBundle() {}

  private static OpenDataFile file(String path, String format) {
    return new OpenDataFile("indicators/" + path, format);
  }

  /** Every file, in load order (population before the indicators derived from it). */
  public static List<OpenDataFile> files() {
    return FILES;
  }
}
