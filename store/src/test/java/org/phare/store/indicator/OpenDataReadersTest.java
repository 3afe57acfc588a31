package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Observation;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.testing.SharedData;

/** Every file of the open-data bundle, read as published, against hand-checked source values. */
class OpenDataReadersTest {

  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();
  private static final Map<String, SourceData> READ = new HashMap<>();

  @BeforeAll
  static void readBundle() throws ImportException {
    TerritoryReferential referential = TestReferential.get();
    for (OpenDataFile file : OpenDataBundle.files()) {
      Path path = SharedData.path(file.relativePath());
      READ.put(
          file.relativePath(),
          SourceFormats.byName(file.format())
              .read(path, ReadOptions.auto(), referential, CATALOGUE));
    }
  }

  private static SourceData read(String relative) {
    return READ.get("indicators/" + relative);
  }

  private static Observation find(
      String relative, String indicator, Level level, String code, String vintage) {
    TerritoryId id = TerritoryId.of(level, code);
    return read(relative).observations().stream()
        .filter(
            o ->
                o.indicator().equals(indicator)
                    && o.territory().equals(id)
                    && o.vintage().equals(vintage))
        .findFirst()
        .orElseThrow(() -> new AssertionError(indicator + " " + id + " " + vintage + " not read"));
  }

  @Test
  void every_bundle_file_gives_observations() {
    for (OpenDataFile file : OpenDataBundle.files()) {
      assertThat(READ.get(file.relativePath()).observations()).as(file.relativePath()).isNotEmpty();
    }
  }

  @Test
  void every_catalogue_indicator_is_produced_by_the_bundle_or_derived() {
    Set<String> produced = new HashSet<>();
    READ.values().forEach(d -> d.observations().forEach(o -> produced.add(o.indicator())));
    for (IndicatorDefinition definition : CATALOGUE.definitions()) {
      if (definition.derivation() != null) {
        assertThat(produced)
            .as("parts of " + definition.code())
            .contains(
                definition.derivation().numeratorIndicator(),
                definition.derivation().denominatorIndicator());
      } else {
        assertThat(produced).as(definition.code()).contains(definition.code());
      }
    }
  }

  @Test
  void more_than_60_indicators_exist_at_departement_level() {
    long count =
        CATALOGUE.definitions().stream()
            .filter(d -> d.levels().contains(Level.DEPARTEMENT))
            .count();
    assertThat(count).isGreaterThanOrEqualTo(60);
  }

  @Test
  void latest_unemployment_rate_of_centre_val_de_loire_is_the_published_one() {
    // Source file line 514: region,24,Centre-Val de Loire,001515847,2024-T3,2024,3,7, -> 7 %.
    Observation o =
        find(
            "chomage-localise/taux_chomage_localise_trimestriel.csv",
            "chomage-taux",
            Level.REGION,
            "24",
            "2024-T3");
    assertThat(o.value()).isEqualTo(7.0);
    String latest =
        read("chomage-localise/taux_chomage_localise_trimestriel.csv").observations().stream()
            .filter(x -> x.territory().equals(TerritoryId.of(Level.REGION, "24")))
            .map(Observation::vintage)
            .max(String::compareTo)
            .orElseThrow();
    assertThat(latest).isEqualTo("2024-T3");
  }

  @Test
  void loiret_poverty_rate_2013_carries_its_persons_as_denominator() {
    // fr-dpt-pauvrete-2013.csv line 47: 45,Loiret,279093,"660803,5",...,"12,6" (decimal commas).
    Observation o =
        find(
            "filosofi-2013-departements/fr-dpt-pauvrete-2013.csv",
            "pauvrete-taux",
            Level.DEPARTEMENT,
            "45",
            "2013");
    assertThat(o.value()).isEqualTo(12.6);
    assertThat(o.denominator()).isEqualTo(660803.5);
    assertThat(o.numerator()).isCloseTo(0.126 * 660803.5, within(1e-6));
  }

  @Test
  void merged_commune_poverty_rate_sums_numerators_and_denominators_of_former_communes() {
    // Oullins-Pierre-Bénite (69149, COG 2026) = Oullins 69149 + Pierre-Bénite 69152 (2024).
    // Filosofi 2016: 69149 TP6016 14 %, 25,790.5 persons; 69152 19 %, 10,080 persons.
    double numerator = 0.14 * 25790.5 + 0.19 * 10080; // 5,525.87 poor persons
    double denominator = 25790.5 + 10080;
    Observation o =
        find(
            "filosofi-2016/filosofi_2016_communes.csv",
            "pauvrete-taux",
            Level.COMMUNE,
            "69149",
            "2016");
    assertThat(o.numerator()).isCloseTo(numerator, within(1e-6));
    assertThat(o.denominator()).isCloseTo(denominator, within(1e-6));
    assertThat(o.value()).isCloseTo(100 * numerator / denominator, within(1e-9));
    assertThat(read("filosofi-2016/filosofi_2016_communes.csv").warnings())
        .anyMatch(w -> w.contains("niveau-vie-median") && w.contains("not aggregable"));
  }

  @Test
  void crime_rates_keep_count_and_population() {
    // Line 2: "01";"84";"2016";"Homicides";"Victime";"5";"0,0078318";"638425";...
    Observation o =
        find(
            "delinquance/donnee-dep-data.gouv-2024-geographie2024-produit-le2025-01-26.csv",
            "delinquance-homicides",
            Level.DEPARTEMENT,
            "01",
            "2016");
    assertThat(o.value()).isEqualTo(0.0078318);
    assertThat(o.numerator()).isEqualTo(5);
    assertThat(o.denominator()).isEqualTo(638425);
    assertThat(1000 * o.numerator() / o.denominator()).isCloseTo(o.value(), within(1e-7));
  }

  @Test
  void population_age_groups_are_summed_from_five_year_groups() {
    // Ain 2023: 75-79 24,933 + 80-84 15,541 + 85-89 10,616 + 90-94 5,748 + 95+ 1,922 = 58,760.
    String file = "population-estimations/estim_pop_dep_sexe_age_1975_2023.csv";
    assertThat(find(file, "population-75-plus", Level.DEPARTEMENT, "01", "2023").value())
        .isEqualTo(58760);
    assertThat(find(file, "population", Level.DEPARTEMENT, "01", "2023").value()).isEqualTo(671937);
  }

  @Test
  void enedis_codes_without_leading_zero_and_voltage_domains_are_summed() {
    // Département 01: sum over the three voltage rows, checked against a plain re-read below.
    String file =
        "energie-production-electrique/production_electrique_filiere_departement_enedis_2011_2023.csv";
    double expected = 0;
    try {
      for (String line : java.nio.file.Files.readAllLines(SharedData.path("indicators/" + file))) {
        String[] f = line.split(",", -1);
        if (f[0].equals("2023") && f[2].equals("1")) {
          expected += Double.parseDouble(f[7]);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(
            find(file, "energie-production-photovoltaique", Level.DEPARTEMENT, "01", "2023")
                .value())
        .isCloseTo(expected, within(1e-6));
  }

  @Test
  void bpe_counts_are_summed_per_commune_and_mapped_to_cog_2026() {
    SourceData data = read("bpe-2018-extrait/bpe_2018_extrait_types_selectionnes.csv");
    double pharmacies =
        data.observations().stream()
            .filter(o -> o.indicator().equals("bpe-pharmacies"))
            .mapToDouble(Observation::value)
            .sum();
    // Independent re-read of the file: sum of NB_EQUIP over TYPEQU D301 rows whose commune maps
    // (municipal arrondissements count for Paris, Lyon and Marseille: see the test below).
    double expected = 0;
    TerritoryReferential referential = TestReferential.get();
    try {
      for (String line :
          java.nio.file.Files.readAllLines(
              SharedData.path(
                  "indicators/bpe-2018-extrait/bpe_2018_extrait_types_selectionnes.csv"))) {
        String[] f = line.replace("\"", "").split(",");
        // any current code will do: only whether the row counts matters here
        String commune = f[2].matches("751\\d\\d|132\\d\\d|6938\\d") ? "75056" : f[2];
        if (f[5].equals("D301") && referential.currentCommuneCode(commune).isPresent()) {
          expected += Double.parseDouble(f[6]);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(pharmacies).isEqualTo(expected);
  }

  @Test
  void bpe_rows_of_municipal_arrondissements_are_summed_into_paris_lyon_and_marseille() {
    // The BPE lists Paris, Lyon and Marseille by arrondissement only (DEPCOM 75101-75120,
    // 69381-69389, 13201-13216). Hand sums of NB_EQUIP with Python over those rows: Paris 2,574
    // GPs (D201) and 1,161 pharmacies (D301); Lyon 669 GPs; Marseille 417 pharmacies.
    String file = "bpe-2018-extrait/bpe_2018_extrait_types_selectionnes.csv";
    assertThat(find(file, "bpe-medecins-generalistes", Level.COMMUNE, "75056", "2018").value())
        .isEqualTo(2574);
    assertThat(find(file, "bpe-pharmacies", Level.COMMUNE, "75056", "2018").value())
        .isEqualTo(1161);
    assertThat(find(file, "bpe-medecins-generalistes", Level.COMMUNE, "69123", "2018").value())
        .isEqualTo(669);
    assertThat(find(file, "bpe-pharmacies", Level.COMMUNE, "13055", "2018").value()).isEqualTo(417);
  }

  @Test
  void museum_visits_are_also_summed_per_commune_with_arrondissements_into_paris() {
    // frequentation_musees_de_france_2001_2021.csv, 2021, code_commune 45234 (lines 7790-7791):
    // Hôtel Cabu 5,426 + Beaux-Arts 30,612 = 36,038 visits. Paris: the 50 counted museums of
    // code_commune 75101-75120 and 75056 in 2021, summed with Python: 12,426,669.
    String file = "culture-frequentation-musees/frequentation_musees_de_france_2001_2021.csv";
    assertThat(find(file, "musees-frequentation-communes", Level.COMMUNE, "45234", "2021").value())
        .isEqualTo(36038);
    assertThat(find(file, "musees-frequentation-communes", Level.COMMUNE, "75056", "2021").value())
        .isEqualTo(12426669);
    assertThat(read(file).warnings())
        .anyMatch(w -> w.startsWith("museum visits without a commune code"));
  }

  @Test
  void barometre_synthesis_complements_the_detail_files_without_overlap() {
    Set<String> detail =
        read("barometre-resultats/barometre-resultats-detail-departemental-extrait.csv")
            .observations()
            .stream()
            .map(Observation::indicator)
            .collect(Collectors.toSet());
    Set<String> synthesis =
        read("barometre-resultats/barometre-resultats-synthese-departemental.csv")
            .observations()
            .stream()
            .map(Observation::indicator)
            .collect(Collectors.toSet());
    assertThat(synthesis).isNotEmpty().doesNotContainAnyElementsOf(detail);
    assertThat(detail).contains("taux-deploiement-fibre");
  }

  @Test
  void vintages_sort_chronologically_as_text() {
    for (SourceData data : READ.values()) {
      for (Observation o : data.observations()) {
        assertThat(o.vintage()).matches("\\d{4}(-T[1-4]|-\\d{2})?");
      }
    }
  }

  @Test
  void published_files_report_skipped_codes_in_warnings() {
    List<String> warnings =
        read("chomage-localise/taux_chomage_localise_trimestriel.csv").warnings();
    assertThat(warnings).anyMatch(w -> w.contains("FRM"));
    assertThat(warnings).anyMatch(w -> w.contains("empty or secret"));
  }

  @Test
  void filosofi_2016_youth_and_60_74_poverty_pension_and_housing_benefit_shares_are_read() {
    // filosofi_2016_communes.csv, row "45234","Orléans": NBPERSMENFISC16 106234, TP60AGE116 27,
    // TP60AGE516 14, PPEN16 26.7, PPLOGT16 2.4 (published to one decimal: exact).
    String communes = "filosofi-2016/filosofi_2016_communes.csv";
    assertThat(find(communes, "pauvrete-taux-moins-30", Level.COMMUNE, "45234", "2016").value())
        .isEqualTo(27);
    assertThat(find(communes, "pauvrete-taux-60-74", Level.COMMUNE, "45234", "2016").value())
        .isEqualTo(14);
    assertThat(find(communes, "revenus-pensions-part", Level.COMMUNE, "45234", "2016").value())
        .isEqualTo(26.7);
    Observation housing =
        find(communes, "revenus-prestations-logement-part", Level.COMMUNE, "45234", "2016");
    assertThat(housing.value()).isEqualTo(2.4);
    assertThat(housing.denominator()).as("a share of income: no parts").isNaN();
    assertThat(find(communes, "menages-fiscaux-personnes", Level.COMMUNE, "45234", "2016").value())
        .isEqualTo(106234);
    // L'Abergement-Clémenciat (01001): rates secret, persons published (795.5)
    assertThat(find(communes, "menages-fiscaux-personnes", Level.COMMUNE, "01001", "2016").value())
        .isEqualTo(795.5);
    // a count sums over merged communes: Oullins-Pierre-Bénite (69149) = 25,790.5 + 10,080
    assertThat(find(communes, "menages-fiscaux-personnes", Level.COMMUNE, "69149", "2016").value())
        .isEqualTo(35870.5);
    // filosofi_2016_epci.csv, row "244500468","Orléans Métropole": 273011.5 persons,
    // TP60AGE116 23.6, TP60AGE516 8.8, PPEN16 28.5, PPLOGT16 1.7
    String epci = "filosofi-2016/filosofi_2016_epci.csv";
    assertThat(find(epci, "menages-fiscaux-personnes", Level.EPCI, "244500468", "2016").value())
        .isEqualTo(273011.5);
    assertThat(find(epci, "pauvrete-taux-moins-30", Level.EPCI, "244500468", "2016").value())
        .isEqualTo(23.6);
    assertThat(find(epci, "pauvrete-taux-60-74", Level.EPCI, "244500468", "2016").value())
        .isEqualTo(8.8);
    assertThat(find(epci, "revenus-pensions-part", Level.EPCI, "244500468", "2016").value())
        .isEqualTo(28.5);
    assertThat(
            find(epci, "revenus-prestations-logement-part", Level.EPCI, "244500468", "2016")
                .value())
        .isEqualTo(1.7);
  }

  @Test
  void filosofi_2013_gives_the_departements_youth_and_60_74_poverty_rates() {
    // fr-dpt-pauvrete-2013.csv, Loiret: "% des moins de 30 ans" "20,9", "% des 60 à 74 ans" "7,5"
    String file = "filosofi-2013-departements/fr-dpt-pauvrete-2013.csv";
    assertThat(find(file, "pauvrete-taux-moins-30", Level.DEPARTEMENT, "45", "2013").value())
        .isEqualTo(20.9);
    assertThat(find(file, "pauvrete-taux-60-74", Level.DEPARTEMENT, "45", "2013").value())
        .isEqualTo(7.5);
  }

  @Test
  void sofie_reads_the_womens_rows_and_the_non_sexed_indicators_per_epci() {
    // sofie_indicateurs_epci_2018.csv, Orléans Métropole (244500468), lines 17714-17731:
    // EMP_1 Femmes 13.7808968650087 (Hommes 13.614226045437 is not read), FAM_1 15.8157185431245,
    // EQU_1 39.7690148926163, EQU_3 13 (minutes), FOR_2 49.3028465267123.
    String file = "ot-sofie-epci-2019/sofie_indicateurs_epci_2018.csv";
    assertThat(find(file, "sofie-chomage-femmes", Level.EPCI, "244500468", "2015").value())
        .isEqualTo(13.7808968650087);
    assertThat(find(file, "sofie-familles-monoparentales", Level.EPCI, "244500468", "2015").value())
        .isEqualTo(15.8157185431245);
    assertThat(
            find(file, "sofie-enfants-sans-place-accueil", Level.EPCI, "244500468", "2015").value())
        .isEqualTo(39.7690148926163);
    assertThat(find(file, "sofie-trajet-travail-femmes", Level.EPCI, "244500468", "2015").value())
        .isEqualTo(13);
    assertThat(find(file, "sofie-femmes-peu-diplomees", Level.EPCI, "244500468", "2015").value())
        .isEqualTo(49.3028465267123);
    SourceData data = read(file);
    // one value per indicator and EPCI: never two rows (women and men) for one series
    assertThat(
            data.observations().stream()
                .filter(
                    o ->
                        o.indicator().equals("sofie-chomage-femmes")
                            && o.territory().equals(TerritoryId.of(Level.EPCI, "244500468")))
                .count())
        .isEqualTo(1);
    // 1,259 EPCI x 9 skipped rows (5 men's, FOR_3 women, FAM_3, EMP_2, FOR_1)
    assertThat(data.warnings()).anyMatch(w -> w.contains("SOFIE rows") && w.contains("11331"));
  }
}
