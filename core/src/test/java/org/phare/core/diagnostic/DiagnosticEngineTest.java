package org.phare.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Aggregation;
import org.phare.core.indicator.Derivation;
import org.phare.core.indicator.Domain;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Observation;
import org.phare.core.indicator.Polarity;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * The diagnostic engine on a small hand-made France: 2 regions (R1, R2), 4 départements (D1, D2 in
 * R1; D3, D4 in R2), 8 communes (two per département). Every expected value is computed by hand in
 * the comments.
 */
class DiagnosticEngineTest {

  static final Set<Level> ALL_LEVELS = Set.of(Level.values());

  static final IndicatorDefinition UNEMPLOYMENT =
      new IndicatorDefinition(
          "chomage",
          "Taux de chômage",
          "Unemployment rate",
          Domain.EMPLOYMENT,
          "%",
          Polarity.HIGHER_IS_MORE_FRAGILE,
          "test",
          ALL_LEVELS,
          Aggregation.RATE,
          100,
          "chômeurs",
          "actifs",
          null);
  static final IndicatorDefinition INCOME =
      new IndicatorDefinition(
          "revenu",
          "Revenu médian",
          "Median income",
          Domain.LIVING_STANDARD,
          "€",
          Polarity.HIGHER_IS_LESS_FRAGILE,
          "test",
          Set.of(Level.DEPARTEMENT),
          Aggregation.NONE,
          1,
          "",
          "",
          null);
  static final IndicatorDefinition DOCTORS =
      new IndicatorDefinition(
          "medecins",
          "Médecins",
          "Doctors",
          Domain.HEALTH,
          "médecins",
          Polarity.NEUTRAL,
          "test",
          ALL_LEVELS,
          Aggregation.SUM,
          1,
          "",
          "",
          null);
  static final IndicatorDefinition POPULATION =
      new IndicatorDefinition(
          "population",
          "Population",
          "Population",
          Domain.AGEING,
          "hab.",
          Polarity.NEUTRAL,
          "test",
          ALL_LEVELS,
          Aggregation.SUM,
          1,
          "",
          "",
          null);
  static final IndicatorDefinition DOCTOR_DENSITY =
      new IndicatorDefinition(
          "densite-medecins",
          "Médecins pour 100 000 hab.",
          "Doctors per 100,000",
          Domain.HEALTH,
          "pour 100 000 hab.",
          Polarity.HIGHER_IS_LESS_FRAGILE,
          "test",
          ALL_LEVELS,
          Aggregation.RATE,
          100_000,
          "médecins",
          "habitants",
          new Derivation("medecins", "population"));
  static final List<IndicatorDefinition> CATALOGUE =
      List.of(UNEMPLOYMENT, INCOME, DOCTORS, POPULATION, DOCTOR_DENSITY);

  static TerritoryReferential referential() {
    List<Territory> territories = new ArrayList<>();
    territories.add(new Territory(TerritoryId.FRANCE, "France", 800, Map.of(), "france"));
    for (String region : List.of("R1", "R2")) {
      territories.add(
          new Territory(
              TerritoryId.of(Level.REGION, region),
              region,
              400,
              Map.of(Level.COUNTRY, "FR"),
              "metro"));
    }
    for (int d = 1; d <= 4; d++) {
      String region = d <= 2 ? "R1" : "R2";
      territories.add(
          new Territory(
              TerritoryId.of(Level.DEPARTEMENT, "D" + d),
              "Dép " + d,
              200,
              Map.of(Level.COUNTRY, "FR", Level.REGION, region),
              "metro"));
      for (int c = 1; c <= 2; c++) {
        territories.add(
            new Territory(
                TerritoryId.of(Level.COMMUNE, "C" + d + c),
                "Commune " + d + c,
                100,
                Map.of(Level.COUNTRY, "FR", Level.REGION, region, Level.DEPARTEMENT, "D" + d),
                "metro"));
      }
    }
    return new TerritoryReferential(territories, Map.of("C99", "C11"));
  }

  /** Unemployed / active per commune: the rate is 100 x unemployed / active. */
  static final double[][] COMMUNE_PARTS = {
    {5, 50}, {15, 50}, // D1: 20/100 = 20 %
    {4, 40}, {6, 60}, // D2: 10/100 = 10 %
    {3, 30}, {9, 70}, // D3: 12/100 = 12 %
    {8, 80}, {10, 20} // D4: 18/100 = 18 %
  };

  static List<Observation> observations() {
    List<Observation> list = new ArrayList<>();
    int i = 0;
    for (int d = 1; d <= 4; d++) {
      for (int c = 1; c <= 2; c++, i++) {
        double[] p = COMMUNE_PARTS[i];
        list.add(
            new Observation(
                "chomage",
                TerritoryId.of(Level.COMMUNE, "C" + d + c),
                "2024-T3",
                100 * p[0] / p[1],
                p[0],
                p[1]));
        // the same quarter one year before: every rate one point lower
        list.add(
            new Observation(
                "chomage",
                TerritoryId.of(Level.COMMUNE, "C" + d + c),
                "2023-T3",
                100 * p[0] / p[1] - 1,
                p[0] - p[1] / 100,
                p[1]));
      }
    }
    double[] incomes = {20000, 22000, 24000, 26000};
    double[] doctors = {100, 200, 300, 400};
    for (int d = 1; d <= 4; d++) {
      TerritoryId dep = TerritoryId.of(Level.DEPARTEMENT, "D" + d);
      list.add(Observation.of("revenu", dep, "2021", incomes[d - 1]));
      list.add(Observation.of("medecins", dep, "2021", doctors[d - 1]));
      list.add(Observation.of("population", dep, "2021", 200_000));
    }
    list.add(Observation.of("revenu", TerritoryId.FRANCE, "2021", 23500));
    return list;
  }

  static DiagnosticEngine engine(List<Observation> observations) {
    IndicatorDataset.Builder builder = IndicatorDataset.builder(referential(), CATALOGUE);
    observations.forEach(builder::add);
    // the hand-made France has one or two indicators per domain: scored from one indicator here;
    // the minimum itself is tested below with the default engine
    return new DiagnosticEngine(builder.build(), 1);
  }

  static IndicatorResult indicator(TerritoryDiagnostic diagnostic, Domain domain, String code) {
    return diagnostic.domain(domain).orElseThrow().indicators().stream()
        .filter(r -> r.indicator().code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_departement_rate_is_the_sum_of_numerators_over_the_sum_of_denominators() {
    DiagnosticEngine engine = engine(observations());
    // D1 communes: 5/50 = 10 % and 15/50 = 30 %; (5 + 15) / (50 + 50) = 20 %
    assertThat(engine.data().value("chomage", "2024-T3", TerritoryId.of(Level.DEPARTEMENT, "D1")))
        .isCloseTo(20.0, within(1e-12));
    // D3: (3 + 9) / (30 + 70) = 12 %, not the mean of rates (10 % + 12.857 %) / 2
    assertThat(engine.data().value("chomage", "2024-T3", TerritoryId.of(Level.DEPARTEMENT, "D3")))
        .isCloseTo(12.0, within(1e-12));
    // France: (20 + 10 + 12 + 18) / 400 = 15 %
    assertThat(engine.data().value("chomage", "2024-T3", TerritoryId.FRANCE))
        .isCloseTo(15.0, within(1e-12));
    assertThat(
            engine
                .data()
                .series("chomage", "2024-T3", Level.DEPARTEMENT)
                .orElseThrow()
                .aggregated(0))
        .isTrue();
  }

  @Test
  void score_is_the_oriented_gap_to_the_national_value_in_peer_standard_deviations() {
    DiagnosticEngine engine = engine(observations());
    TerritoryDiagnostic d1 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D1"), Reference.NATIONAL, null);
    IndicatorResult rate = indicator(d1, Domain.EMPLOYMENT, "chomage");
    // peers 20, 10, 12, 18: mean 15, sample sd = sqrt((25 + 25 + 9 + 9) / 3) = sqrt(68 / 3)
    double sd = Math.sqrt(68.0 / 3);
    assertThat(rate.value()).isCloseTo(20, within(1e-12));
    assertThat(rate.referenceValue()).isCloseTo(15, within(1e-12));
    assertThat(rate.gap()).isCloseTo(5, within(1e-12));
    assertThat(rate.score()).isCloseTo(5 / sd, within(1e-12));
    assertThat(rate.rank()).isEqualTo(1);
    assertThat(rate.of()).isEqualTo(4);
    // 3 peers less fragile + half of itself: (3 + 0.5) / 4 = 87.5 %
    assertThat(rate.percentile()).isCloseTo(87.5, within(1e-12));
    assertThat(d1.domain(Domain.EMPLOYMENT).orElseThrow().score()).isCloseTo(5 / sd, within(1e-12));
    // priorities, most fragile first: income (23500 - 20000) / sqrt(20e6 / 3) = 1.355; doctor
    // density (125 - 50) / sd(50, 100, 150, 200) = 75 / 64.55 = 1.162; unemployment 5 / 4.761 =
    // 1.050
    assertThat(d1.priorities())
        .containsExactly(Domain.LIVING_STANDARD, Domain.HEALTH, Domain.EMPLOYMENT);
  }

  @Test
  void a_higher_is_better_indicator_scores_negative_above_the_reference() {
    DiagnosticEngine engine = engine(observations());
    TerritoryDiagnostic d4 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D4"), Reference.NATIONAL, null);
    IndicatorResult income = indicator(d4, Domain.LIVING_STANDARD, "revenu");
    // incomes 20000..26000: mean 23000, sd = sqrt((9 + 1 + 1 + 9) x 1e6 / 3); France published
    // 23500
    double sd = Math.sqrt(20e6 / 3);
    assertThat(income.referenceValue()).isEqualTo(23500);
    assertThat(income.score()).isCloseTo(-(26000 - 23500) / sd, within(1e-12));
    assertThat(income.rank()).isEqualTo(4); // richest = least fragile
    TerritoryDiagnostic d1 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D1"), Reference.NATIONAL, null);
    assertThat(indicator(d1, Domain.LIVING_STANDARD, "revenu").rank()).isEqualTo(1);
  }

  @Test
  void peers_are_the_departements_of_the_same_region_and_their_median_is_the_reference() {
    DiagnosticEngine engine = engine(observations());
    TerritoryDiagnostic d2 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D2"), Reference.PEERS, null);
    IndicatorResult rate = indicator(d2, Domain.EMPLOYMENT, "chomage");
    // peers D1 (20 %) and D2 (10 %): median 15, sd = sqrt((25 + 25) / 1) = 7.071; score -5 / 7.071
    assertThat(d2.peerCount()).isEqualTo(2);
    assertThat(rate.referenceValue()).isCloseTo(15, within(1e-12));
    assertThat(rate.score()).isCloseTo(-5 / Math.sqrt(50), within(1e-12));
    assertThat(rate.rank()).isEqualTo(2);
    assertThat(rate.of()).isEqualTo(2);
  }

  @Test
  void with_the_default_minimum_a_domain_of_fewer_than_three_scored_indicators_is_insufficient() {
    IndicatorDataset.Builder builder = IndicatorDataset.builder(referential(), CATALOGUE);
    observations().forEach(builder::add);
    DiagnosticEngine engine = new DiagnosticEngine(builder.build());
    assertThat(engine.minimumIndicators()).isEqualTo(DiagnosticEngine.MIN_DOMAIN_INDICATORS);
    TerritoryDiagnostic d1 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D1"), Reference.NATIONAL, null);
    DomainResult employment = d1.domain(Domain.EMPLOYMENT).orElseThrow();
    // one scored indicator (chomage, +1.050 above): below the minimum of 3
    assertThat(employment.score()).isNaN();
    assertThat(employment.insufficient()).isTrue();
    assertThat(employment.scoredIndicators()).isEqualTo(1);
    assertThat(employment.indicatorCount()).isZero();
    assertThat(employment.rank()).isZero();
    assertThat(employment.minimum()).isEqualTo(3);
    // the indicator itself keeps its score: only the domain score is withheld
    assertThat(indicator(d1, Domain.EMPLOYMENT, "chomage").score())
        .isCloseTo(5 / Math.sqrt(68.0 / 3), within(1e-12));
    // no domain reaches 3 indicators: no priority
    assertThat(d1.priorities()).isEmpty();
    DomainResult digital = d1.domain(Domain.DIGITAL).orElseThrow();
    assertThat(digital.insufficient()).isFalse();
    assertThat(digital.hasData()).isFalse();
  }

  @Test
  void with_the_parent_reference_ranks_are_among_the_parent_s_children() {
    DiagnosticEngine engine = engine(observations());
    // R2 holds D3 (12 %) and D4 (18 %): D4 is 1st of 2 in R2, although 2nd of 4 nationally
    TerritoryDiagnostic d4 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D4"), Reference.PARENT, null);
    IndicatorResult rate = indicator(d4, Domain.EMPLOYMENT, "chomage");
    assertThat(rate.rank()).isEqualTo(1);
    assertThat(rate.of()).isEqualTo(2);
    assertThat(d4.rankedAmong()).extracting(t -> t.code()).containsExactly("D3", "D4");
    assertThat(d4.peers()).extracting(t -> t.code()).containsExactly("D3");
    // the spread stays the national one, so the score is still defined: (18 - 15) / sd of the
    // four départements, R2's rate being 15 % (see the test below)
    assertThat(rate.score()).isCloseTo(3 / Math.sqrt(68.0 / 3), within(1e-12));
    assertThat(d4.domain(Domain.EMPLOYMENT).orElseThrow().rank()).isEqualTo(1);
    assertThat(d4.domain(Domain.EMPLOYMENT).orElseThrow().of()).isEqualTo(2);
    TerritoryDiagnostic national =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D4"), Reference.NATIONAL, null);
    assertThat(indicator(national, Domain.EMPLOYMENT, "chomage").rank()).isEqualTo(2);
    assertThat(indicator(national, Domain.EMPLOYMENT, "chomage").of()).isEqualTo(4);
  }

  @Test
  void chosen_peers_give_the_median_spread_and_ranks_among_them() {
    DiagnosticEngine engine = engine(observations());
    TerritoryId d1 = TerritoryId.of(Level.DEPARTEMENT, "D1");
    TerritoryDiagnostic chosen =
        engine.diagnose(
            d1,
            List.of(
                TerritoryId.of(Level.DEPARTEMENT, "D2"), TerritoryId.of(Level.DEPARTEMENT, "D4")),
            null);
    assertThat(chosen.chosenPeers()).isTrue();
    assertThat(chosen.reference()).isEqualTo(Reference.PEERS);
    assertThat(chosen.peers()).extracting(t -> t.code()).containsExactly("D2", "D4");
    IndicatorResult rate = indicator(chosen, Domain.EMPLOYMENT, "chomage");
    // D1 20 %, D2 10 %, D4 18 %: median 18, gap 2, sample sd = sqrt((16 + 36 + 4) / 2) = sqrt(28)
    assertThat(rate.referenceValue()).isCloseTo(18, within(1e-12));
    assertThat(rate.score()).isCloseTo(2 / Math.sqrt(28), within(1e-12));
    assertThat(rate.rank()).isEqualTo(1);
    assertThat(rate.of()).isEqualTo(3);
  }

  @Test
  void chosen_peers_of_another_level_or_unknown_are_refused() {
    DiagnosticEngine engine = engine(observations());
    TerritoryId d1 = TerritoryId.of(Level.DEPARTEMENT, "D1");
    assertThatThrownBy(
            () -> engine.diagnose(d1, List.of(TerritoryId.of(Level.DEPARTEMENT, "D9")), null))
        .isInstanceOfSatisfying(
            org.phare.core.message.RefusedException.class,
            e -> assertThat(e.refusals().get(0).code()).isEqualTo("diagnostic.peers.unknown"));
    assertThatThrownBy(() -> engine.diagnose(d1, List.of(TerritoryId.of(Level.REGION, "R1")), null))
        .isInstanceOfSatisfying(
            org.phare.core.message.RefusedException.class,
            e -> assertThat(e.refusals().get(0).code()).isEqualTo("diagnostic.peers.wrong-level"));
    assertThatThrownBy(() -> engine.diagnose(d1, List.of(d1), null))
        .isInstanceOfSatisfying(
            org.phare.core.message.RefusedException.class,
            e -> assertThat(e.refusals().get(0).code()).isEqualTo("diagnostic.peers.none"));
  }

  @Test
  void parent_reference_is_the_enclosing_region_aggregated_from_its_communes() {
    DiagnosticEngine engine = engine(observations());
    TerritoryDiagnostic d3 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D3"), Reference.PARENT, null);
    // R2 = (3 + 9 + 8 + 10) / (30 + 70 + 80 + 20) = 30 / 200 = 15 %
    assertThat(d3.referenceTerritory().code()).isEqualTo("R2");
    assertThat(indicator(d3, Domain.EMPLOYMENT, "chomage").referenceValue())
        .isCloseTo(15, within(1e-12));
  }

  @Test
  void a_count_has_no_national_reference_value_but_is_compared_with_its_peers() {
    DiagnosticEngine engine = engine(observations());
    TerritoryId d1 = TerritoryId.of(Level.DEPARTEMENT, "D1");
    IndicatorResult national =
        indicator(engine.diagnose(d1, Reference.NATIONAL, null), Domain.HEALTH, "medecins");
    assertThat(national.value()).isEqualTo(100);
    assertThat(national.referenceValue()).isNaN();
    assertThat(national.gap()).isNaN();
    // peers of D1: D1 (100) and D2 (200): median 150
    IndicatorResult peers =
        indicator(engine.diagnose(d1, Reference.PEERS, null), Domain.HEALTH, "medecins");
    assertThat(peers.referenceValue()).isEqualTo(150);
  }

  @Test
  void derived_rates_divide_two_indicators_at_every_level() {
    DiagnosticEngine engine = engine(observations());
    // D3: 300 doctors / 200 000 inhabitants x 100 000 = 150
    assertThat(
            engine
                .data()
                .value("densite-medecins", "2021", TerritoryId.of(Level.DEPARTEMENT, "D3")))
        .isCloseTo(150, within(1e-9));
    // France: (100 + 200 + 300 + 400) / 800 000 x 100 000 = 125 (both parts summed first)
    assertThat(engine.data().value("densite-medecins", "2021", TerritoryId.FRANCE))
        .isCloseTo(125, within(1e-9));
  }

  @Test
  void a_domain_without_indicator_is_explicitly_without_data() {
    DiagnosticEngine engine = engine(observations());
    TerritoryDiagnostic d1 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D1"), Reference.NATIONAL, null);
    DomainResult digital = d1.domain(Domain.DIGITAL).orElseThrow();
    assertThat(digital.hasData()).isFalse();
    assertThat(digital.score()).isNaN();
    assertThat(digital.rank()).isZero();
    assertThat(d1.domains()).hasSize(16);
  }

  @Test
  void trend_compares_with_the_same_quarter_one_year_before() {
    DiagnosticEngine engine = engine(observations());
    TerritoryDiagnostic c11 =
        engine.diagnose(TerritoryId.of(Level.COMMUNE, "C11"), Reference.NATIONAL, null);
    Trend trend = indicator(c11, Domain.EMPLOYMENT, "chomage").trend();
    assertThat(trend.earlierVintage()).isEqualTo("2023-T3");
    assertThat(trend.change()).isCloseTo(1.0, within(1e-9));
    assertThat(trend.direction()).isEqualTo(Trend.Direction.WORSENING);
    assertThat(DiagnosticEngine.earlierVintage(List.of("2019", "2020", "2021"), "2021"))
        .isEqualTo("2020");
    assertThat(DiagnosticEngine.earlierVintage(List.of("2023-T2", "2024-T1", "2024-T2"), "2024-T2"))
        .isEqualTo("2023-T2");
  }

  @Test
  void a_requested_vintage_uses_the_latest_values_not_after_it() {
    DiagnosticEngine engine = engine(observations());
    TerritoryDiagnostic d1 =
        engine.diagnose(TerritoryId.of(Level.DEPARTEMENT, "D1"), Reference.NATIONAL, "2023");
    IndicatorResult rate = indicator(d1, Domain.EMPLOYMENT, "chomage");
    assertThat(rate.vintage()).isEqualTo("2023-T3");
    assertThat(rate.value()).isCloseTo(19, within(1e-12)); // (4.5 + 14.5) / 100
  }

  @Test
  void row_order_does_not_change_any_result() {
    List<Observation> shuffled = new ArrayList<>(observations());
    Collections.shuffle(shuffled, new Random(42));
    DiagnosticEngine a = engine(observations());
    DiagnosticEngine b = engine(shuffled);
    for (Level level : List.of(Level.REGION, Level.DEPARTEMENT, Level.COMMUNE)) {
      for (Reference reference : Reference.values()) {
        assertThat(b.diagnoseAll(level, reference, null))
            .isEqualTo(a.diagnoseAll(level, reference, null));
      }
    }
  }

  @Test
  void a_second_value_for_the_same_key_is_refused() {
    IndicatorDataset.Builder builder = IndicatorDataset.builder(referential(), CATALOGUE);
    builder.add(Observation.of("revenu", TerritoryId.of(Level.DEPARTEMENT, "D1"), "2021", 1));
    assertThatThrownBy(
            () ->
                builder.add(
                    Observation.of("revenu", TerritoryId.of(Level.DEPARTEMENT, "D1"), "2021", 2)))
        .hasMessageContaining("two values for revenu / departement:D1 / 2021");
  }

  @Test
  void a_rate_is_not_aggregated_when_children_with_data_hold_less_than_half_the_population() {
    IndicatorDataset.Builder builder = IndicatorDataset.builder(referential(), CATALOGUE);
    // only C11 (100 of D1's 200 inhabitants... exactly half is enough) and nothing in D2
    builder.add(
        new Observation("chomage", TerritoryId.of(Level.COMMUNE, "C11"), "2024", 10, 5, 50));
    IndicatorDataset data = builder.build();
    assertThat(data.value("chomage", "2024", TerritoryId.of(Level.DEPARTEMENT, "D1")))
        .isCloseTo(10, within(1e-12));
    assertThat(data.value("chomage", "2024", TerritoryId.of(Level.DEPARTEMENT, "D2"))).isNaN();
    // R1 has 400 inhabitants, 100 covered: 25 % < 50 %, no aggregate
    assertThat(data.value("chomage", "2024", TerritoryId.of(Level.REGION, "R1"))).isNaN();
  }
}
