package org.phare.web.perception;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;
import org.phare.store.perception.LayeredPerception;
import org.phare.store.perception.MicrodataStudy;
import org.phare.store.perception.PerceptionStudies;
import org.phare.web.PhareApplication;
import org.phare.web.ServicesData;
import org.phare.web.WebFixture;
import org.phare.web.WebServer;
import org.phare.web.map.GeoAtlas;

/**
 * The report over a source with a real study: the INSEE "Histoire de vie 2003" respondents (real
 * people and weights) in the PHARE layout, placed in Centre-Val de Loire (24), see the store's
 * {@code test/resources/perception/hdv2003_to_phare.py} for the documented mapping. The region's
 * report shows the study's figures, formatted in French, with no "données simulées" label; another
 * region still shows the simulated data and says so.
 */
class StudySourceReportTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static WebServer server;

  @BeforeAll
  static void start() {
    WebFixture fixture = WebFixture.get();
    Path file =
        Path.of("..", "store", "src", "test", "resources", "perception", "hdv2003-phare.csv");
    PerceptionStudies study =
        MicrodataStudy.read(
            file,
            new MicrodataStudy.Study("Histoire de vie (INSEE), jeu de test", "2003", false),
            () -> 1);
    // assembled like the fixture's application, with the study layered over the standard source
    server =
        PhareApplication.of(
                fixture.services.database(),
                fixture.services.territories().referential(),
                new ServicesData(
                    fixture.services,
                    LayeredPerception.standard(
                        fixture.services.territories().referential(), List.of(study))),
                GeoAtlas.load(SharedData.path("geo")))
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static String get(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void the_region_of_the_study_shows_its_figures_without_the_simulated_label() throws Exception {
    String page = get("/territoire/region/24");
    // Expected values computed independently (Python, plain formulas, over the file's rows):
    // citizens' highest mean rating is ISOLATION, sum(w y)/sum(w) = 6.904 over n = 150;
    // companies with partnerships sum(w [practice = yes])/sum(w) = 0.3946 (n = 150), compared
    // with the published national 37 %; mayors seeing a dynamic (anchored + growing + emerging)
    // 0.6589 over the 148 who answered.
    String nnbsp = "\u202F";
    assertThat(page)
        .contains(
            "Les citoyens en Centre-Val de Loire placent en tête de leurs fragilités perçues :"
                + " Isolement, lien social (note moyenne 6,9/10, n = 150)"
                + " (Histoire de vie (INSEE), jeu de test (2003)).")
        .contains(
            "39"
                + nnbsp
                + "% des entreprises en Centre-Val de Loire ont des partenariats (France : 37"
                + nnbsp
                + "%, n = 150) (Histoire de vie (INSEE), jeu de test (2003)).")
        .contains(
            "66"
                + nnbsp
                + "% des maires en Centre-Val de Loire voient leur territoire porteur d’une"
                + " dynamique de co-construction (n = 148)");
    assertThat(page.toLowerCase(Locale.ROOT))
        .doesNotContain("simulées")
        .doesNotContain("simulated");
    assertThat(page).doesNotContain("badge simulated");
  }

  @Test
  void the_csv_of_the_region_carries_the_study_figures_and_its_provenance() throws Exception {
    String csv = get("/territoire/region/24/donnees.csv");
    // ISOLATION: 6.904 (SE sqrt(150/149 sum z_i^2) = 0.25192, n = 150); reference: the published
    // national mean 6.1 (rapport PHARE §2-3)
    assertThat(csv)
        .contains(
            "perception;région;24;Centre-Val de Loire;citizens;Citoyens;ISOLATION;"
                + "Isolement, lien social;note-moyenne;Note moyenne de fragilité (1 à 10);"
                + "6,904;;6,1;;;;;2003;Histoire de vie (INSEE), jeu de test;150;0,25192;non\r\n");
    // DIGITAL's national mean is simulated: no reference against real figures
    assertThat(csv)
        .contains(
            ";citizens;Citoyens;DIGITAL;Accès au numérique;note-moyenne;"
                + "Note moyenne de fragilité (1 à 10);4,66498;;;");
    assertThat(csv.lines().filter(l -> l.startsWith("perception;")))
        .allMatch(l -> l.endsWith(";non"));
  }

  @Test
  void another_region_still_says_its_figures_are_simulated() throws Exception {
    String page = get("/territoire/region/11");
    assertThat(page).contains("badge simulated").contains("données simulées");
    assertThat(page).doesNotContain("Histoire de vie");
    String csv = get("/territoire/region/11/donnees.csv");
    assertThat(csv).contains("perception;région;11;Île-de-France;citizens;Citoyens;ISOLATION;");
    assertThat(csv.lines().filter(l -> l.startsWith("perception;région;11;")))
        .hasSizeGreaterThan(0)
        .allMatch(l -> l.endsWith(";oui"));
  }
}
