package org.phare.store.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.Series;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.TestPhare;

/** Domain scores' minimum of indicators and counts summed upwards, on the bundled open data. */
class ScoresOnRealDataTest {

  @Test
  void mayotte_employment_has_too_few_indicators_for_a_score() {
    TerritoryDiagnostic mayotte = diagnose("06");
    DomainResult employment = mayotte.domain(Domain.EMPLOYMENT).orElseThrow();
    // the localised unemployment rate is published for the 13 metropolitan regions only, and the
    // ITDD employment rate and NEET share are "nd" for Mayotte (itdd_indicateurs_dep_reg.csv,
    // rows REG 06): fewer than 3 scored indicators remain
    assertThat(employment.scoredIndicators())
        .isBetween(1, DiagnosticEngine.MIN_DOMAIN_INDICATORS - 1);
    assertThat(employment.insufficient()).isTrue();
    assertThat(employment.score()).isNaN();
    assertThat(employment.indicatorCount()).isZero();
    assertThat(employment.rank()).isZero();
    assertThat(mayotte.priorities()).doesNotContain(Domain.EMPLOYMENT);
  }

  @Test
  void la_reunion_employment_rests_on_at_least_three_indicators_and_counts_exactly_those() {
    // Issue 14: La Réunion looked the least fragile region for employment from one indicator.
    // Its unemployment rate is still unpublished at region level; with the ITDD employment rate
    // and NEET share (2013) it now has enough indicators, and they place it in the most
    // fragile third of the regions.
    TerritoryDiagnostic reunion = diagnose("04");
    DomainResult employment = reunion.domain(Domain.EMPLOYMENT).orElseThrow();
    assertThat(employment.hasData()).isTrue();
    assertThat(employment.indicatorCount())
        .isGreaterThanOrEqualTo(DiagnosticEngine.MIN_DOMAIN_INDICATORS);
    assertThat(
            employment.indicators().stream()
                .filter(i -> i.indicator().code().equals("chomage-taux"))
                .allMatch(i -> !i.hasValue()))
        .isTrue();
    // more fragile than France, and in the most fragile third of the regions with a score
    assertThat(employment.score()).isPositive();
    assertThat(employment.rank()).isBetween(1, (employment.of() + 2) / 3);
    // every domain counts exactly the indicators behind its score
    for (DomainResult domain : reunion.domains()) {
      long scored = domain.indicators().stream().filter(i -> !Double.isNaN(i.score())).count();
      assertThat(domain.scoredIndicators()).as(domain.domain().name()).isEqualTo((int) scored);
      if (domain.hasData()) {
        assertThat(domain.indicatorCount()).isEqualTo((int) scored).isGreaterThanOrEqualTo(3);
      } else {
        assertThat(domain.indicatorCount()).isZero();
      }
    }
  }

  private static TerritoryDiagnostic diagnose(String region) {
    return TestPhare.get()
        .diagnostics()
        .diagnose(TerritoryId.of(Level.REGION, region), Reference.NATIONAL, null);
  }

  @Test
  void bpe_pharmacies_of_the_loiret_are_the_sum_of_its_communes() {
    IndicatorDataset data = TestPhare.get().diagnostics().dataset();
    TerritoryReferential referential = data.referential();
    TerritoryId loiret = TerritoryId.of(Level.DEPARTEMENT, "45");
    // Hand check: indicators/bpe-2018-extrait/bpe_2018_extrait_types_selectionnes.csv, rows with
    // DEP "45" and TYPEQU "D301" (155 rows between lines 23099 and 23598), NB_EQUIP summed with
    // awk: 219 pharmacies. Centre-Val de Loire (REG "24"): 908. Exact (counts).
    assertThat(data.value("bpe-pharmacies", "2018", loiret)).isEqualTo(219);
    assertThat(data.value("bpe-pharmacies", "2018", TerritoryId.of(Level.REGION, "24")))
        .isEqualTo(908);
    // and the département is the sum of its communes in memory, each absent commune counting 0
    Series communes = data.series("bpe-pharmacies", "2018", Level.COMMUNE).orElseThrow();
    double sum = 0;
    int zeros = 0;
    for (Territory commune : referential.within(loiret, Level.COMMUNE)) {
      int c = referential.index(commune.id());
      assertThat(communes.has(c)).as(commune.name()).isTrue();
      sum += communes.value(c);
      zeros += communes.value(c) == 0 ? 1 : 0;
    }
    assertThat(sum).isEqualTo(219);
    assertThat(zeros).as("Loiret communes without a pharmacy").isGreaterThan(100);
    // EPCI: Orléans Métropole (SIREN 244500468) is the sum of its member communes
    TerritoryId orleans = TerritoryId.of(Level.EPCI, "244500468");
    double members = 0;
    for (Territory commune : referential.within(orleans, Level.COMMUNE)) {
      members += communes.value(referential.index(commune.id()));
    }
    assertThat(members).isGreaterThan(0);
    assertThat(data.value("bpe-pharmacies", "2018", orleans)).isEqualTo(members);
    // the rate per 100,000 inhabitants divides the summed count by the population of that year
    double population = data.value("population", "2018", loiret);
    assertThat(population).isGreaterThan(600_000);
    assertThat(data.value("pharmacies-pour-100000", "2018", loiret))
        .isCloseTo(100_000 * 219 / population, within(1e-9));
  }

  @Test
  void bpe_general_practitioners_now_reach_every_departement_and_region() {
    IndicatorDataset data = TestPhare.get().diagnostics().dataset();
    for (Level level : List.of(Level.DEPARTEMENT, Level.REGION)) {
      Series s = data.series("bpe-medecins-generalistes", "2018", level).orElseThrow();
      assertThat(s.count()).as(level.name()).isEqualTo(data.referential().size(level));
    }
    // Loiret GPs: rows DEP "45", TYPEQU "D201" of the same file, NB_EQUIP summed: 457
    assertThat(
            data.value(
                "bpe-medecins-generalistes", "2018", TerritoryId.of(Level.DEPARTEMENT, "45")))
        .isEqualTo(457);
  }
}
