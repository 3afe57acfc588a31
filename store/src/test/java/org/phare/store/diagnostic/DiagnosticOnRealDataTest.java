package org.phare.store.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.Series;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.testing.SharedData;
import org.phare.store.PhareServices;
import org.phare.store.TestPhare;

/** The diagnostic on the bundled open data, checked against the source files read here directly. */
class DiagnosticOnRealDataTest {

  static final String LATEST_QUARTER = "2024-T3";

  @Test
  void every_region_has_the_source_unemployment_rate_and_rank_of_the_latest_quarter()
      throws IOException {
    // Independent reading of taux_chomage_localise_trimestriel.csv (INSEE, CVS): region rows of
    // the latest quarter; rank = 1 + number of regions with a strictly higher rate.
    Map<String, Double> source = new HashMap<>();
    for (String line :
        Files.readAllLines(
            SharedData.path("indicators/chomage-localise/taux_chomage_localise_trimestriel.csv"),
            StandardCharsets.UTF_8)) {
      String[] f = line.split(",", -1);
      if (f[0].equals("region") && f[4].equals(LATEST_QUARTER)) {
        source.put(f[1], Double.parseDouble(f[7]));
      }
    }
    assertThat(source).hasSize(13); // the 13 metropolitan regions are published for 2024-T3
    PhareServices phare = TestPhare.get();
    List<TerritoryDiagnostic> all =
        phare.diagnostics().diagnoseAll(Level.REGION, Reference.NATIONAL, null);
    int checked = 0;
    for (TerritoryDiagnostic diagnostic : all) {
      IndicatorResult rate = indicator(diagnostic, Domain.EMPLOYMENT, "chomage-taux");
      Double expected = source.get(diagnostic.territory().code());
      if (expected == null) {
        assertThat(rate.hasValue())
            .as("no published rate for %s", diagnostic.territory().name())
            .isFalse();
        continue;
      }
      long higher = source.values().stream().filter(v -> v > expected).count();
      assertThat(rate.vintage()).isEqualTo(LATEST_QUARTER);
      assertThat(rate.value())
          .as(diagnostic.territory().name())
          .isEqualTo(expected); // exact, as published
      assertThat(rate.rank()).as(diagnostic.territory().name()).isEqualTo(1 + (int) higher);
      assertThat(rate.of()).isEqualTo(13);
      checked++;
    }
    assertThat(checked).isEqualTo(13);
  }

  @Test
  void a_departement_rate_aggregated_from_communes_is_their_numerators_over_their_denominators() {
    PhareServices phare = TestPhare.get();
    IndicatorDataset data = phare.diagnostics().dataset();
    TerritoryReferential referential = data.referential();
    int checked = 0;
    for (String indicator : List.of("pauvrete-taux", "menages-imposes-part")) {
      for (String vintage : data.vintages(indicator, Level.COMMUNE)) {
        Series communes = data.series(indicator, vintage, Level.COMMUNE).orElseThrow();
        Series departements = data.series(indicator, vintage, Level.DEPARTEMENT).orElse(null);
        if (departements == null) {
          continue;
        }
        double scale = data.definition(indicator).orElseThrow().scale();
        for (Territory departement : referential.all(Level.DEPARTEMENT)) {
          int d = referential.index(departement.id());
          if (!departements.has(d) || !departements.aggregated(d)) {
            continue;
          }
          // independent sum over the département's communes that have both parts
          double numerator = 0;
          double denominator = 0;
          for (Territory commune : referential.within(departement.id(), Level.COMMUNE)) {
            int c = referential.index(commune.id());
            if (communes.has(c) && !Double.isNaN(communes.numerator(c))) {
              numerator += communes.numerator(c);
              denominator += communes.denominator(c);
            }
          }
          assertThat(departements.value(d))
              .as("%s %s %s", indicator, vintage, departement.name())
              .isCloseTo(scale * numerator / denominator, within(1e-9));
          assertThat(departements.coverage(d)).isBetween(0.5, 1.0);
          checked++;
        }
      }
    }
    assertThat(checked).as("départements aggregated from communes").isGreaterThan(10);
  }

  @Test
  void every_departement_is_diagnosed_on_the_16_domains_and_missing_data_stays_explicit() {
    PhareServices phare = TestPhare.get();
    List<TerritoryDiagnostic> all =
        phare.diagnostics().diagnoseAll(Level.DEPARTEMENT, Reference.PEERS, null);
    assertThat(all).hasSize(101);
    for (TerritoryDiagnostic diagnostic : all) {
      assertThat(diagnostic.domains()).hasSize(16);
      diagnostic.domains().stream()
          .filter(d -> !d.hasData())
          .forEach(d -> assertThat(d.rank()).isZero());
    }
    TerritoryDiagnostic loiret =
        phare
            .diagnostics()
            .diagnose(TerritoryId.of(Level.DEPARTEMENT, "45"), Reference.PEERS, null);
    assertThat(loiret.peerCount()).isEqualTo(6); // the six départements of Centre-Val de Loire
    long scoredDomains = loiret.domains().stream().filter(d -> d.hasData()).count();
    // a domain needs 3 scored indicators (DiagnosticEngine.MIN_DOMAIN_INDICATORS)
    assertThat(scoredDomains).isGreaterThanOrEqualTo(9);
  }

  static IndicatorResult indicator(TerritoryDiagnostic diagnostic, Domain domain, String code) {
    return diagnostic.domain(domain).orElseThrow().indicators().stream()
        .filter(r -> r.indicator().code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + code + " in " + domain));
  }
}
