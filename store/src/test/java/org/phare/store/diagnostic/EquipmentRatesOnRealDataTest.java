package org.phare.store.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.TestPhare;

/**
 * BPE 2018 equipment rates of communes and EPCI, per 10,000 persons in fiscal households (Filosofi
 * 2016, the only population of the period the bundle has for nearly every commune).
 */
class EquipmentRatesOnRealDataTest {

  @Test
  void orleans_general_practitioners_and_pharmacies_per_10000_persons_are_the_hand_ratios() {
    IndicatorDataset data = TestPhare.get().diagnostics().dataset();
    TerritoryId orleans = TerritoryId.of(Level.COMMUNE, "45234");
    // Hand check: bpe_2018_extrait_types_selectionnes.csv, rows DEPCOM "45234", NB_EQUIP summed
    // with Python: D201 100 GPs, D301 38 pharmacies; filosofi_2016_communes.csv "45234"
    // NBPERSMENFISC16 106234. 100 / 106234 x 10,000 = 9.4132; 38 / 106234 x 10,000 = 3.5770.
    assertThat(data.value("medecins-generalistes-pour-10000-personnes", "2018", orleans))
        .isCloseTo(1e4 * 100 / 106234, within(1e-9));
    assertThat(data.value("pharmacies-pour-10000-personnes", "2018", orleans))
        .isCloseTo(1e4 * 38 / 106234, within(1e-9));
  }

  @Test
  void orleans_museum_visits_per_person_divide_the_2021_visits_by_the_2016_persons() {
    IndicatorDataset data = TestPhare.get().diagnostics().dataset();
    // 36,038 visits in 2021 (Hôtel Cabu 5,426 + Beaux-Arts 30,612) / 106,234 persons = 0.3392
    assertThat(
            data.value(
                "musees-entrees-par-personne", "2021", TerritoryId.of(Level.COMMUNE, "45234")))
        .isCloseTo(36038.0 / 106234, within(1e-12));
    // a commune without a Musée de France: 0 visits, not missing (L'Abergement-Clémenciat)
    assertThat(
            data.value(
                "musees-entrees-par-personne", "2021", TerritoryId.of(Level.COMMUNE, "01001")))
        .isZero();
  }

  @Test
  void an_epci_rate_divides_its_summed_equipments_by_its_published_persons() {
    IndicatorDataset data = TestPhare.get().diagnostics().dataset();
    TerritoryReferential referential = data.referential();
    TerritoryId metropole = TerritoryId.of(Level.EPCI, "244500468");
    double gps = 0;
    for (Territory commune : referential.within(metropole, Level.COMMUNE)) {
      gps += data.value("bpe-medecins-generalistes", "2018", commune.id());
    }
    assertThat(gps).isGreaterThan(100);
    // filosofi_2016_epci.csv, "244500468" Orléans Métropole: NBPERSMENFISC16 273011.5
    assertThat(data.value("medecins-generalistes-pour-10000-personnes", "2018", metropole))
        .isCloseTo(1e4 * gps / 273011.5, within(1e-9));
  }

  @Test
  void paris_equipments_listed_by_arrondissement_reach_the_commune_and_the_departement() {
    IndicatorDataset data = TestPhare.get().diagnostics().dataset();
    // BPE rows DEPCOM 75101-75120, TYPEQU D201, NB_EQUIP summed: 2,574 GPs; Filosofi 2016 "75056"
    // NBPERSMENFISC16 2074629.5
    TerritoryId paris = TerritoryId.of(Level.COMMUNE, "75056");
    assertThat(data.value("bpe-medecins-generalistes", "2018", paris)).isEqualTo(2574);
    assertThat(
            data.value(
                "bpe-medecins-generalistes", "2018", TerritoryId.of(Level.DEPARTEMENT, "75")))
        .isEqualTo(2574);
    assertThat(data.value("medecins-generalistes-pour-10000-personnes", "2018", paris))
        .isCloseTo(1e4 * 2574 / 2074629.5, within(1e-9));
  }

  @Test
  void the_persons_denominator_stops_at_the_epci_so_departements_keep_their_own_rate() {
    IndicatorDataset data = TestPhare.get().diagnostics().dataset();
    TerritoryId loiret = TerritoryId.of(Level.DEPARTEMENT, "45");
    assertThat(data.value("medecins-generalistes-pour-10000-personnes", "2018", loiret)).isNaN();
    assertThat(data.value("medecins-generalistes-pour-100000", "2018", loiret)).isPositive();
  }
}
