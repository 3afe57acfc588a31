package org.phare.store.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Mark;
import org.phare.store.message.MessageCatalogue;
import org.phare.store.perception.Provenance.Kind;

/**
 * Perception figures through {@link PerceptionSource}: a study read from real microdata (the INSEE
 * "Histoire de vie 2003" respondents in the PHARE layout, see {@code
 * resources/perception/hdv2003_to_phare.py}), the published national figures and the simulation,
 * layered; the provenance of each figure per territory, actor type and measure.
 */
class PerceptionSourceTest {

  static final MicrodataStudy.Study HDV =
      new MicrodataStudy.Study("Histoire de vie (INSEE), jeu de test", "2003", false);

  static PerceptionStudies study;
  static LayeredPerception layered;

  static Path hdv() throws URISyntaxException {
    return Path.of(PerceptionSourceTest.class.getResource("/perception/hdv2003-phare.csv").toURI());
  }

  @BeforeAll
  static void read() throws Exception {
    study = MicrodataStudy.read(hdv(), HDV, () -> 7);
    PerceptionStudies simulation =
        DemoPerceptionData.generate(DemoPerceptionDataTest.strata(), DemoPerceptionData.SEED);
    layered = new LayeredPerception(List.of(study, new PublishedNationalFigures(), simulation));
  }

  @Test
  void a_study_estimates_weighted_means_with_their_base_and_standard_error() {
    // Independent computation (Python, plain formulas) over the 150 citizens of the file, all in
    // one stratum, each its own PSU: m = sum(w y) / sum(w) over those who rated the domain;
    // z_i = w_i (y_i - m) / sum(w) (0 outside the domain); SE = sqrt(150/149 * sum z_i^2).
    Estimate isolation =
        study.figure(Actor.CITIZENS, Measure.meanRating(Domain.ISOLATION), "24").estimate();
    assertThat(isolation.estimate()).isCloseTo(6.904001874212376, within(1e-9));
    assertThat(isolation.se()).isCloseTo(0.25191957311501256, within(1e-9));
    assertThat(isolation.n()).isEqualTo(150);
    assertThat(isolation.status()).isEqualTo(BaseStatus.OK);
    // rated only by the 81 citizens who work (trav.satisf): domain estimation, flagged base
    Estimate employment =
        study.figure(Actor.CITIZENS, Measure.meanRating(Domain.EMPLOYMENT), "24").estimate();
    assertThat(employment.estimate()).isCloseTo(3.6538127565708187, within(1e-9));
    assertThat(employment.se()).isCloseTo(0.27031835113589886, within(1e-9));
    assertThat(employment.n()).isEqualTo(81);
    assertThat(employment.status()).isEqualTo(BaseStatus.FLAGGED);
    Estimate practice =
        study.figure(Actor.COMPANIES, Measure.practice(Practice.YES), "24").estimate();
    assertThat(practice.estimate()).isCloseTo(0.3946183147177303, within(1e-9));
    assertThat(practice.se()).isCloseTo(0.04980594473633453, within(1e-9));
  }

  @Test
  void a_regional_study_answers_for_its_region_only_and_tests_nothing_against_the_rest() {
    assertThat(study.regions()).containsExactly("24");
    assertThat(study.national(Actor.CITIZENS, Measure.allianceInnovation())).isEmpty();
    assertThat(study.region(Actor.CITIZENS, Measure.allianceInnovation(), "11")).isEmpty();
    PerceptionFigure f = study.figure(Actor.CITIZENS, Measure.allianceInnovation(), "24");
    assertThat(f.mark()).isEqualTo(Mark.NONE);
    assertThat(f.provenance())
        .isEqualTo(Provenance.study("Histoire de vie (INSEE), jeu de test", "2003", 150));
  }

  @Test
  void each_figure_comes_from_the_first_layer_that_has_it() {
    Measure employment = Measure.meanRating(Domain.EMPLOYMENT);
    assertThat(layered.figure(Actor.CITIZENS, employment, "24").provenance().kind())
        .isEqualTo(Kind.STUDY);
    assertThat(layered.figure(Actor.CITIZENS, employment, "11").provenance().kind())
        .isEqualTo(Kind.SIMULATED);
    // France: the published mean (§2-3, base 2 024), not the simulation's estimate of it
    PerceptionFigure france = layered.figure(Actor.CITIZENS, employment, null);
    assertThat(france.provenance().kind()).isEqualTo(Kind.PUBLISHED);
    assertThat(france.estimate().estimate()).isEqualTo(7.1);
    assertThat(france.estimate().n()).isEqualTo(2024);
    // citizens' DIGITAL mean is illegible in the source: a demo value, so the simulation answers
    assertThat(
            layered
                .figure(Actor.CITIZENS, Measure.meanRating(Domain.DIGITAL), null)
                .provenance()
                .kind())
        .isEqualTo(Kind.SIMULATED);
    assertThat(layered.figure(Actor.MAYORS, employment, null).provenance().kind())
        .isEqualTo(Kind.SIMULATED);
    assertThat(
            layered
                .figure(Actor.COMPANIES, Measure.practice(Practice.YES), null)
                .estimate()
                .estimate())
        .isEqualTo(0.37);
    // Q8: the split of the last three items is reconstructed (simulated), "not needed" published
    LocalAuthorityRole experiments = LocalAuthorityRole.COLLECTIVE_EXPERIMENTS;
    assertThat(
            layered
                .figure(Actor.MAYORS, Measure.role(experiments, RolePriority.PRIORITY), null)
                .provenance()
                .kind())
        .isEqualTo(Kind.SIMULATED);
    assertThat(
            layered
                .figure(Actor.MAYORS, Measure.role(experiments, RolePriority.NOT_NEEDED), null)
                .estimate()
                .estimate())
        .isEqualTo(0.05);
    assertThat(layered.figure(Actor.CITIZENS, employment, "01").provenance())
        .isEqualTo(Provenance.NONE);
    assertThat(layered.regions()).hasSize(13).contains("24", "11");
  }

  @Test
  void the_label_of_each_provenance_comes_from_the_catalogue_in_both_languages() {
    MessageCatalogue catalogue = MessageCatalogue.get();
    for (Kind kind : Kind.values()) {
      Provenance p = new Provenance(kind, "PHARE-Citoyens", "2015", 10, "rapport");
      for (Locale locale : List.of(MessageCatalogue.FRENCH, MessageCatalogue.ENGLISH)) {
        assertThat(catalogue.pattern(p.labelKey(), locale)).as(p.labelKey()).isNotNull();
        assertThat(catalogue.pattern(p.noteKey(), locale)).as(p.noteKey()).isNotNull();
      }
    }
    Provenance simulated = Provenance.simulated("PHARE-Citoyens", "2015", 2024);
    assertThat(catalogue.text(simulated.labelKey(), MessageCatalogue.FRENCH, simulated.labelArgs()))
        .isEqualTo("données simulées");
    assertThat(
            catalogue.text(simulated.labelKey(), MessageCatalogue.ENGLISH, simulated.labelArgs()))
        .isEqualTo("simulated data");
    Provenance hdv = Provenance.study("Histoire de vie", "2003", 150);
    assertThat(catalogue.text(hdv.labelKey(), MessageCatalogue.FRENCH, hdv.labelArgs()))
        .isEqualTo("Histoire de vie (2003)");
    assertThat(simulated.simulated()).isTrue();
    assertThat(hdv.simulated()).isFalse();
    assertThat(Provenance.published("x", "y", 0, "z").simulated()).isFalse();
  }

  @Test
  void estimates_are_cached_per_data_version_in_a_bounded_map() throws Exception {
    AtomicLong version = new AtomicLong(1);
    PerceptionStudies s = MicrodataStudy.read(hdv(), HDV, version::get);
    Measure m = Measure.meanRating(Domain.HEALTH);
    Estimate first = s.figure(Actor.CITIZENS, m, "24").estimate();
    s.figure(Actor.CITIZENS, m, "24");
    assertThat(s.cachedEntries()).isEqualTo(1);
    version.incrementAndGet();
    assertThat(s.version()).isEqualTo(2);
    assertThat(s.figure(Actor.CITIZENS, m, "24").estimate()).isEqualTo(first);
    assertThat(s.cachedEntries()).as("a new entry under the new version").isEqualTo(2);
    for (long v = 3; v < 2000; v++) {
      version.set(v);
      s.figure(Actor.CITIZENS, m, "24");
    }
    assertThat(s.cachedEntries()).isEqualTo(1024);
  }

  @Test
  void small_bases_are_hidden_and_bad_cells_are_refused_with_their_line(@TempDir Path dir)
      throws IOException {
    Path small = dir.resolve("small.csv");
    Files.writeString(
        small,
        "actor;region;weight;rating_health\n"
            + "citizens;24;10;3\ncitizens;24;20;5\ncitizens;24;30;8\n");
    PerceptionStudies s = MicrodataStudy.read(small, HDV, () -> 1);
    Estimate e = s.figure(Actor.CITIZENS, Measure.meanRating(Domain.HEALTH), "24").estimate();
    assertThat(e.status()).isEqualTo(BaseStatus.HIDDEN);
    assertThat(e.estimate()).isNaN();
    assertThat(e.n()).isEqualTo(3);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad, "actor,region,weight,rating_health\ncitizens,24,10,3\ncitizens,24,10,11\n");
    assertThatThrownBy(() -> MicrodataStudy.read(bad, HDV, () -> 1))
        .hasMessageContaining("line 3")
        .hasMessageContaining("rating_health");
    Path noActor = dir.resolve("no-actor.csv");
    Files.writeString(noActor, "actor,region,weight\nfarmers,24,10\n");
    assertThatThrownBy(() -> MicrodataStudy.read(noActor, HDV, () -> 1))
        .hasMessageContaining("line 2")
        .hasMessageContaining("'farmers'");
  }
}
