package org.phare.store.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Mark;
import org.phare.core.testing.SharedData;

/**
 * The simulated studies reproduce the published national figures (rapport PHARE 2013-2017 and outil
 * diagnostic 2019, see {@link PublishedFigures}). Tolerance: published figures are whole percents
 * (or one-decimal means), and the generator hits them up to regional rounding, so 0.5 point (0.05
 * for means).
 */
class DemoPerceptionDataTest {

  static PerceptionStudies studies;

  /** Metropolitan regions with their population and commune counts from the COG 2026 files. */
  static List<Stratum> strata() throws IOException {
    Map<String, long[]> byRegion = new TreeMap<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder()
            .ofNamedCsvRecord(SharedData.path("decoupage-administratif/communes_actuelles.csv"))) {
      for (NamedCsvRecord row : reader) {
        if (!row.getField("zone").equals("metro") || row.getField("population").isEmpty()) {
          continue;
        }
        long[] totals = byRegion.computeIfAbsent(row.getField("region"), k -> new long[2]);
        totals[0] += Long.parseLong(row.getField("population"));
        totals[1]++;
      }
    }
    return byRegion.entrySet().stream()
        .map(e -> new Stratum(e.getKey(), e.getValue()[0], (int) e.getValue()[1]))
        .toList();
  }

  @BeforeAll
  static void generate() throws IOException {
    studies = DemoPerceptionData.generate(strata(), DemoPerceptionData.SEED);
  }

  @Test
  void thirteen_regions_and_the_published_sample_size_of_citizens() {
    assertThat(studies.regions()).hasSize(13).contains("11", "24", "94");
    assertThat(studies.respondents(Actor.CITIZENS)).hasSize(2024);
  }

  @Test
  void partnership_rates_match_the_published_figures() {
    // Outil diagnostic 2019: companies 37 / 5 / 58 %, associations 38 / 38 / 24 %.
    assertThat(pct(Actor.COMPANIES, Measure.practice(Practice.YES))).isCloseTo(37, within(0.5));
    assertThat(pct(Actor.COMPANIES, Measure.practice(Practice.INTENDS))).isCloseTo(5, within(0.5));
    assertThat(pct(Actor.COMPANIES, Measure.practice(Practice.NO))).isCloseTo(58, within(0.5));
    assertThat(pct(Actor.ASSOCIATIONS, Measure.practice(Practice.YES))).isCloseTo(38, within(0.5));
    assertThat(pct(Actor.ASSOCIATIONS, Measure.practice(Practice.INTENDS)))
        .isCloseTo(38, within(0.5));
  }

  @Test
  void category_shares_among_partnering_companies_are_42_30_25_16() {
    // DESIGN §4: responsible practices 42 %, mécénat 30 %, economic cooperation 25 %, societal
    // innovation 16 %.
    assertThat(pct(Actor.COMPANIES, Measure.category(PartnershipCategory.RESPONSIBLE_PRACTICES)))
        .isCloseTo(42, within(0.5));
    assertThat(pct(Actor.COMPANIES, Measure.category(PartnershipCategory.MECENAT)))
        .isCloseTo(30, within(0.5));
    assertThat(pct(Actor.COMPANIES, Measure.category(PartnershipCategory.ECONOMIC_COOPERATION)))
        .isCloseTo(25, within(0.5));
    assertThat(pct(Actor.COMPANIES, Measure.category(PartnershipCategory.SOCIETAL_INNOVATION)))
        .isCloseTo(16, within(0.5));
    // Rapport §2-5: associations mécénat 67 %.
    assertThat(pct(Actor.ASSOCIATIONS, Measure.category(PartnershipCategory.MECENAT)))
        .isCloseTo(67, within(0.5));
  }

  @Test
  void mayors_co_construction_dynamic_is_17_13_46_24() {
    double[] expected = {17, 13, 46, 24};
    for (CoConstructionDynamic answer : CoConstructionDynamic.values()) {
      assertThat(pct(Actor.MAYORS, Measure.dynamic(answer)))
          .as(answer.name())
          .isCloseTo(expected[answer.ordinal()], within(0.5));
    }
  }

  @Test
  void mayors_q8_roles_of_local_authorities_reproduce_the_published_shares() {
    // Alliances innovantes et territoires 2018, Q8 (base: all mayors): priority / secondary
    // 74/24, 71/25, 68/29 (legible); totals 97, 95, 88 for the last three, whose split 64/33,
    // 56/39, 54/34 is read from the one legible part (see PublishedFigures). 0.5 point tolerance.
    double[][] expected = {{74, 24}, {71, 25}, {68, 29}, {64, 33}, {56, 39}, {54, 34}};
    for (LocalAuthorityRole item : LocalAuthorityRole.values()) {
      double[] e = expected[item.ordinal()];
      assertThat(pct(Actor.MAYORS, Measure.role(item, RolePriority.PRIORITY)))
          .as(item.name())
          .isCloseTo(e[0], within(0.5));
      assertThat(pct(Actor.MAYORS, Measure.role(item, RolePriority.SECONDARY)))
          .as(item.name())
          .isCloseTo(e[1], within(0.5));
    }
    assertThat(studies.respondents(Actor.CITIZENS).get(0).role(LocalAuthorityRole.FOSTER_MEETINGS))
        .as("only mayors were asked")
        .isNull();
  }

  @Test
  void alliances_are_a_source_of_innovation_for_69_81_86_87_percent() {
    assertThat(pct(Actor.CITIZENS, Measure.allianceInnovation())).isCloseTo(69, within(0.5));
    assertThat(pct(Actor.COMPANIES, Measure.allianceInnovation())).isCloseTo(81, within(0.5));
    assertThat(pct(Actor.ASSOCIATIONS, Measure.allianceInnovation())).isCloseTo(86, within(0.5));
    assertThat(pct(Actor.MAYORS, Measure.allianceInnovation())).isCloseTo(87, within(0.5));
    // Published regional value kept: Occitanie mayors 100 %.
    assertThat(
            studies.figure(Actor.MAYORS, Measure.allianceInnovation(), "76").estimate().estimate())
        .isEqualTo(1.0);
  }

  @Test
  void mean_ratings_reproduce_the_published_means() {
    // Rapport §2-3: citizens employment 7.1, security 6.6, living standard 6.6; §2-6 companies
    // employment 5.6; §2-5 associations ageing 6.7.
    assertThat(mean(Actor.CITIZENS, Domain.EMPLOYMENT)).isCloseTo(7.1, within(0.05));
    assertThat(mean(Actor.CITIZENS, Domain.SECURITY)).isCloseTo(6.6, within(0.05));
    assertThat(mean(Actor.CITIZENS, Domain.LIVING_STANDARD)).isCloseTo(6.6, within(0.05));
    assertThat(mean(Actor.COMPANIES, Domain.EMPLOYMENT)).isCloseTo(5.6, within(0.05));
    assertThat(mean(Actor.ASSOCIATIONS, Domain.AGEING)).isCloseTo(6.7, within(0.05));
  }

  @Test
  void companies_priorities_reproduce_employment_61_percent_in_expectation() {
    // Rapport §2-6: 61 % of company leaders cite employment. Madow sampling hits it in
    // expectation: with n = 1 000 the sampling error is at most √(0.61·0.39/1000) ≈ 1.5 point,
    // so 3 points (2 standard errors).
    assertThat(pct(Actor.COMPANIES, Measure.priority(Domain.EMPLOYMENT)))
        .isCloseTo(61, within(3.0));
    for (Respondent respondent : studies.respondents(Actor.COMPANIES)) {
      assertThat(respondent.priorities()).hasSizeBetween(2, 3);
    }
  }

  @Test
  void generation_is_deterministic_and_regions_vary() throws IOException {
    PerceptionStudies again = DemoPerceptionData.generate(strata(), DemoPerceptionData.SEED);
    Respondent a = studies.respondents(Actor.CITIZENS).get(1234);
    Respondent b = again.respondents(Actor.CITIZENS).get(1234);
    assertThat(b.ratings()).containsExactly(a.ratings());
    assertThat(b.priorities()).isEqualTo(a.priorities());
    double min = 1;
    double max = 0;
    for (String region : studies.regions()) {
      double yes =
          studies
              .figure(Actor.COMPANIES, Measure.practice(Practice.YES), region)
              .estimate()
              .estimate();
      min = Math.min(min, yes);
      max = Math.max(max, yes);
    }
    assertThat(max - min).isGreaterThan(0.05);
  }

  @Test
  void estimates_come_from_the_survey_engine_with_bases_comparisons_and_hidden_small_bases() {
    // Hand computation of the weighted mean sum(w y) / sum(w) over the base (practice asked).
    double sumW = 0;
    double sumWy = 0;
    for (Respondent r : studies.respondents(Actor.COMPANIES)) {
      sumW += r.weight();
      sumWy += r.weight() * (r.practice() == Practice.YES ? 1 : 0);
    }
    Estimate national =
        studies.figure(Actor.COMPANIES, Measure.practice(Practice.YES), null).estimate();
    assertThat(national.estimate()).isCloseTo(sumWy / sumW, within(1e-12));
    assertThat(national.n()).isEqualTo(studies.respondents(Actor.COMPANIES).size());
    assertThat(national.se()).isPositive();
    for (String region : studies.regions()) {
      Estimate e = studies.figure(Actor.MAYORS, Measure.allianceInnovation(), region).estimate();
      if (e.n() < 30) {
        // the small-base rule of the survey engine: no number survives
        assertThat(e.status()).isEqualTo(BaseStatus.HIDDEN);
        assertThat(e.estimate()).isNaN();
        assertThat(studies.figure(Actor.MAYORS, Measure.allianceInnovation(), region).mark())
            .isEqualTo(Mark.NONE);
      } else {
        assertThat(e.comparison()).isNotNull();
        assertThat(e.comparison().pValue()).isBetween(0.0, 1.0);
      }
    }
    assertThat(studies.figure(Actor.CITIZENS, Measure.allianceInnovation(), "01").estimate().n())
        .as("an overseas region is not surveyed")
        .isZero();
  }

  private static double pct(Actor actor, Measure measure) {
    return studies.figure(actor, measure, null).estimate().estimate() * 100;
  }

  private static double mean(Actor actor, Domain domain) {
    return studies.figure(actor, Measure.meanRating(domain), null).estimate().estimate();
  }
}
