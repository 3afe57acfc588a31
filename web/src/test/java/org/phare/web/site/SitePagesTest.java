package org.phare.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.web.WebFixture;

/**
 * The entry page, the footer of every page, the method and glossary page and the accessibility
 * statement, as served (issue 15 point 2, issue 20 point 6).
 */
class SitePagesTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String footer(String page) {
    Matcher m = Pattern.compile("(?s)<footer class=\"site\">(.*?)</footer>").matcher(page);
    assertThat(m.find()).as("a footer").isTrue();
    return m.group(1);
  }

  @Test
  void the_home_says_what_phare_is_offers_the_search_and_the_three_ways_in_and_keeps_the_map()
      throws Exception {
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    String body = home.body();
    assertThat(body)
        .contains("<h1 id=\"home-h\">")
        .contains("Phare montre où une région, un département, une intercommunalité ou une commune")
        // the search, prominent, reusing /recherche and its htmx fragment
        .contains("<label for=\"home-q\">Chercher un territoire</label>")
        .contains("hx-get=\"/recherche\"")
        .contains("id=\"par-territoire\"")
        .contains("id=\"par-domaine\"")
        .contains("id=\"par-acteur\"")
        // the 18 regions of the COG as ways in by territory, each a report
        .contains("href=\"/territoire/region/24?ref=national\">Centre-Val de Loire</a>")
        // the 16 domains as ways in by domain
        .contains(">Transition énergétique</a>")
        .contains("/acteurs?acteur=citizens");
    assertThat(Pattern.compile("href=\"/territoire/region/").matcher(body).results().count())
        .isGreaterThanOrEqualTo(18);
    // one h1 on the page, and the map still there below the entry block
    assertThat(Pattern.compile("<h1[ >]").matcher(body).results().count()).isEqualTo(1);
    assertThat(body.indexOf("class=\"area\"")).isGreaterThan(body.indexOf("id=\"par-acteur\""));
    // with a dashboard parameter the page is the dashboard alone
    assertThat(get("/?domaine=HEALTH&niveau=region").body())
        .doesNotContain("id=\"home-h\"")
        .contains("<h1>Fragilités par domaine</h1>");
    // English
    assertThat(get("/?lang=en").body())
        .contains("Phare shows where a region")
        .contains("Find a territory")
        .contains("By actor");
  }

  @Test
  void by_territory_never_opens_france_compared_with_france() throws Exception {
    String body = get("/").body();
    Matcher nav =
        Pattern.compile("(?s)<nav aria-label=\"Navigation principale\">(.*?)</nav>").matcher(body);
    assertThat(nav.find()).isTrue();
    assertThat(nav.group(1))
        .contains("href=\"/#par-territoire\">Par territoire</a>")
        .doesNotContain("/territoire/pays/FR");
  }

  @Test
  void every_page_has_the_footer_with_sources_licence_method_api_and_accessibility()
      throws Exception {
    for (String path :
        List.of(
            "/",
            "/territoire/departement/45",
            "/methode",
            "/accessibilite",
            "/recherche?q=Loiret",
            "/organisations",
            "/nulle-part")) {
      String footer = footer(get(path).body());
      assertThat(footer)
          .as(path)
          .contains("Sources : INSEE")
          .contains("href=\"/methode\">Méthode et glossaire</a>")
          .contains("Licence Ouverte 2.0")
          .contains("href=\"/api/openapi.yaml\"")
          .contains("href=\"/accessibilite\">Accessibilité : non conforme</a>");
    }
    assertThat(footer(get("/methode?lang=en").body()))
        .contains("href=\"/accessibilite?lang=en\">Accessibility: not compliant</a>")
        .contains("href=\"/methode?lang=en\">Method and glossary</a>");
    HttpResponse<String> api = get("/api/openapi.yaml");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).startsWith("openapi:");
  }

  @Test
  void the_method_page_explains_every_term_shown_on_screen_with_the_code_s_thresholds()
      throws Exception {
    HttpResponse<String> page = get("/methode");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"ecart-standardise-oriente\"")
        .contains("Écart standardisé orienté")
        .contains("id=\"score-de-domaine\"")
        .contains("id=\"donnees-insuffisantes\"")
        .contains("id=\"pairs\"")
        .contains("id=\"petite-base\"")
        .contains("id=\"ponderation\"")
        .contains("id=\"quantiles\"")
        .contains("id=\"jenks\"")
        .contains("id=\"provenance\"")
        // DiagnosticEngine.MIN_DOMAIN_INDICATORS = 3, SmallBaseRule.DEFAULT = (30, 100),
        // TerritoryDiagnostic.PRIORITY_THRESHOLD = 0.5
        .contains("au moins 3 indicateurs du domaine ont un score")
        .contains("Base &lt; 30")
        .contains("entre 30 et 99 répondants")
        .contains("atteint au moins 0,5");
    assertThat(get("/methode?lang=en").body())
        .contains("Oriented standardised gap")
        .contains("at least 0.5");
  }

  @Test
  void the_report_links_its_terms_and_the_provenance_note_to_the_method() throws Exception {
    String report = get("/territoire/departement/45").body();
    assertThat(report)
        .contains("href=\"/methode#ecart-standardise-oriente\">Méthode et glossaire</a>")
        .contains("href=\"/methode#provenance\">")
        .doesNotContain("voir la documentation");
    assertThat(get("/acteurs?acteur=citizens").body())
        .contains("href=\"/methode#provenance\">(voir la méthode)</a>")
        .doesNotContain("voir la documentation");
  }

  @Test
  void the_accessibility_statement_has_the_content_rgaa_requires() throws Exception {
    HttpResponse<String> page = get("/accessibilite");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Déclaration d’accessibilité")
        .contains("id=\"etat\"")
        .contains("Phare est non conforme avec le référentiel général d’amélioration")
        .contains("id=\"non-conformites\"")
        .contains("id=\"contact\"")
        .contains("id=\"recours\"")
        .contains("Défenseur des droits")
        .contains("Libre réponse 71120, 75342 Paris CEDEX 07");
    assertThat(get("/accessibilite?lang=en").body()).contains("Accessibility statement");
  }
}
