package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.testing.SharedData;
import org.phare.web.WebFixture;
import org.phare.web.i18n.Lang;
import org.phare.web.map.GeoAtlas;

/**
 * The synthesis sentences on the real diagnostics of the Loiret and of Orléans (the web fixture's
 * open data), with and without perception, and with a missing population.
 */
class KeyMessagesTest {

  static final WebFixture FIXTURE = WebFixture.get();
  static final GeoAtlas ATLAS = GeoAtlas.load(SharedData.path("geo"));
  static final TerritoryId LOIRET = TerritoryId.of(Level.DEPARTEMENT, "45");

  static List<String> write(TerritoryId id, boolean surveyed, Lang lang) {
    Territory territory = FIXTURE.data.referential().require(id);
    TerritoryDiagnostic diagnostic = FIXTURE.data.diagnose(id, Reference.NATIONAL);
    return KeyMessages.write(
        territory,
        IdentityFigures.of(territory, FIXTURE.data.referential(), ATLAS, diagnostic),
        diagnostic,
        lang.pick("la France", "France"),
        new org.phare.web.perception.PerceptionCharts(FIXTURE.data.perceptions(), lang),
        "24",
        FIXTURE.data.referential().require(TerritoryId.of(Level.REGION, "24")),
        surveyed,
        lang);
  }

  /** Populations summed by hand from decoupage-administratif/communes_actuelles.csv. */
  static long population(String departement) throws Exception {
    long sum = 0;
    List<String> lines =
        Files.readAllLines(SharedData.path("decoupage-administratif/communes_actuelles.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if ((departement == null || f[2].equals(departement)) && !f[6].isEmpty()) {
        sum += Long.parseLong(f[6]);
      }
    }
    return sum;
  }

  @Test
  void the_first_sentence_gives_the_population_its_national_share_and_the_area() throws Exception {
    String first = write(LOIRET, false, Lang.FR).get(0);
    long loiret = population("45");
    assertThat(first)
        .startsWith(
            "Le Loiret compte " + ReportPageTest.frenchThousands(loiret) + " habitants, soit ");
    Matcher share =
        Pattern.compile(
                "soit (\\d+,\\d)\u202F% de la population française, sur ([\\d\u202F]+) km²\\.$")
            .matcher(first);
    assertThat(share.find()).as(first).isTrue();
    // share of every current commune's population; printed with one decimal, so within 0.05
    double expected = 100.0 * loiret / population(null);
    assertThat(Double.parseDouble(share.group(1).replace(',', '.')))
        .isCloseTo(expected, within(0.05 + 1e-9));
    // IGN outline of the Loiret: about 6,800 km² (INSEE gives 6,775 km²); 1 % tolerance
    assertThat(Double.parseDouble(share.group(2).replace("\u202F", "")))
        .isCloseTo(6775, within(68.0));
  }

  @Test
  void english_sentences_use_english_numbers() throws Exception {
    String first = write(LOIRET, false, Lang.EN).get(0);
    String digits = Long.toString(population("45"));
    String grouped =
        digits.substring(0, digits.length() - 3) + "," + digits.substring(digits.length() - 3);
    assertThat(first).startsWith("Loiret has " + grouped + " inhabitants, ").contains("% of");
  }

  @Test
  void priorities_or_the_most_exposed_domain_are_named_with_their_signed_score() {
    TerritoryDiagnostic diagnostic = FIXTURE.data.diagnose(LOIRET, Reference.NATIONAL);
    List<String> messages = write(LOIRET, false, Lang.FR);
    String second = messages.get(1);
    if (diagnostic.priorities().isEmpty()) {
      assertThat(second).startsWith("Aucun domaine n’est plus fragile que la France");
    } else {
      assertThat(second).startsWith("Fragilités prioritaires par rapport à la France : ");
      for (Domain d : diagnostic.priorities()) {
        assertThat(second).contains(d.labelFr() + " (+");
      }
    }
    // the strength: the domain with the lowest score, its score written with U+2212 if negative
    List<DomainResult> scored = new ArrayList<>();
    diagnostic.domains().stream().filter(DomainResult::hasData).forEach(scored::add);
    DomainResult best =
        scored.stream().min(java.util.Comparator.comparingDouble(DomainResult::score)).get();
    String strength =
        messages.stream().filter(m -> m.startsWith("Point fort : ")).findFirst().orElseThrow();
    assertThat(strength).startsWith("Point fort : " + best.domain().labelFr() + " (");
    if (best.score() < -0.005) {
      assertThat(strength).contains("(\u2212").doesNotContain("(-");
    }
  }

  @Test
  void without_perception_no_sentence_speaks_of_simulated_data_and_with_it_every_one_says_so() {
    assertThat(write(LOIRET, false, Lang.FR)).noneMatch(m -> m.contains("simulées"));
    List<String> surveyed = write(LOIRET, true, Lang.FR);
    List<String> perception =
        surveyed.stream().filter(m -> m.contains("n = ") && !m.startsWith("Point")).toList();
    assertThat(perception).isNotEmpty().allMatch(m -> m.contains("(données simulées)."));
    assertThat(surveyed).anyMatch(m -> m.startsWith("Les citoyens en Centre-Val de Loire "));
  }

  @Test
  void a_commune_says_how_many_domains_have_no_data_and_a_missing_population_drops_its_sentence() {
    TerritoryId orleans = TerritoryId.of(Level.COMMUNE, "45234");
    TerritoryDiagnostic diagnostic = FIXTURE.data.diagnose(orleans, Reference.NATIONAL);
    long missing =
        diagnostic.domains().stream().filter(d -> !d.hasData() && !d.insufficient()).count();
    long insufficient = diagnostic.domains().stream().filter(d -> d.insufficient()).count();
    List<String> messages = write(orleans, false, Lang.FR);
    if (insufficient > 0) {
      assertThat(messages)
          .contains(
              insufficient
                  + (insufficient == 1 ? " domaine" : " domaines")
                  + " aux données insuffisantes (moins de 3 indicateurs notés) : pas de score.");
    }
    if (missing > 0) {
      assertThat(messages)
          .contains(
              missing
                  + (missing == 1 ? " domaine" : " domaines")
                  + " sans donnée à ce niveau : la lecture reste partielle.");
    }
    Territory territory = FIXTURE.data.referential().require(orleans);
    List<IdentityFigures.Figure> figures =
        new ArrayList<>(
            IdentityFigures.of(territory, FIXTURE.data.referential(), ATLAS, diagnostic));
    IdentityFigures.Figure p = figures.get(0);
    figures.set(
        0,
        new IdentityFigures.Figure(
            p.key(), p.labelFr(), p.labelEn(), Double.NaN, p.national(), p.unit(), p.source()));
    List<String> withoutPopulation =
        KeyMessages.write(
            territory,
            figures,
            diagnostic,
            "la France",
            new org.phare.web.perception.PerceptionCharts(FIXTURE.data.perceptions(), Lang.FR),
            "24",
            FIXTURE.data.referential().require(TerritoryId.of(Level.REGION, "24")),
            false,
            Lang.FR);
    assertThat(withoutPopulation).noneMatch(m -> m.contains(" compte "));
    assertThat(withoutPopulation).hasSize(messages.size() - 1);
  }
}
