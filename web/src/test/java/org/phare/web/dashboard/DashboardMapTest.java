package org.phare.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;
import org.phare.web.WebFixture;

/**
 * Maps at every level (issue 14): communes and EPCI of France or inside a territory, drill-down
 * links, hatched "no data", and the size of the France-by-commune map. Expected counts are read
 * from the open-data files in the test.
 */
class DashboardMapTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static int count(String text, String pattern) {
    return (int) Pattern.compile(pattern).matcher(text).results().count();
  }

  /** Current communes of a département in decoupage-administratif/communes_actuelles.csv. */
  static long communesOf(String departement) throws Exception {
    List<String> lines =
        Files.readAllLines(SharedData.path("decoupage-administratif/communes_actuelles.csv"));
    return lines.subList(1, lines.size()).stream()
        .filter(l -> l.split(",", -1)[2].equals(departement))
        .count();
  }

  @Test
  void the_communes_of_the_loiret_are_mapped_and_each_opens_its_report() throws Exception {
    HttpResponse<String> response =
        get("/carte.svg?domaine=HEALTH&niveau=commune&dans=departement:45");
    assertThat(response.statusCode()).isEqualTo(200);
    String svg = response.body();
    long communes = communesOf("45");
    assertThat(communes).isEqualTo(325);
    assertThat(count(svg, "<path[^>]*class=\"area\"")).isEqualTo(325);
    assertThat(count(svg, "<a [^>]*href=\"/territoire/commune/45")).isEqualTo(325);
    assertThat(svg).contains("data-code=\"45234\"").contains("Orléans");
    // the legend says how classes are made and what is hatched
    assertThat(svg)
        .contains("Classes fixes en écarts-types")
        .contains("hachures")
        .contains("url(#map-nodata)")
        .contains("Contours : IGN – ADMIN EXPRESS COG 2018");
  }

  @Test
  void the_epci_of_the_loiret_open_their_communes() throws Exception {
    // 16 EPCI are attached to the Loiret (DGCL rule: département of the largest population,
    // summed from epci.json members and communes.json départements)
    String svg = get("/carte.svg?domaine=EMPLOYMENT&niveau=epci&dans=departement:45").body();
    assertThat(count(svg, "<path[^>]*class=\"area\"")).isEqualTo(16);
    assertThat(count(svg, "<a [^>]*href=\"/\\?domaine=EMPLOYMENT&amp;niveau=commune"))
        .isEqualTo(16);
    assertThat(svg).contains("data-code=\"244500468\"");
  }

  @Test
  void the_departements_open_their_communes() throws Exception {
    String svg = get("/carte.svg?domaine=EMPLOYMENT&niveau=departement").body();
    assertThat(svg)
        .contains(
            "href=\"/?domaine=EMPLOYMENT&amp;niveau=commune&amp;ref=national&amp;dans=departement%3A45\"");
  }

  @Test
  void france_by_commune_draws_every_commune_under_5_mb_with_departements_to_click()
      throws Exception {
    HttpResponse<String> response = get("/carte.svg?domaine=EMPLOYMENT&niveau=commune");
    assertThat(response.statusCode()).isEqualTo(200);
    String svg = response.body();
    int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
    System.out.println("France by commune: " + bytes + " bytes");
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target", "france-communes.svg"), svg, StandardCharsets.UTF_8);
    assertThat(bytes).isLessThan(5_000_000);
    // 34 868 current communes have an outline (geo/PROVENANCE.md: 34 969 minus 101)
    assertThat(count(svg, "<path d=\"[^\"]*\" data-code=\"")).isEqualTo(34_868);
    // 101 départements drawn over them, each a link to its communes
    assertThat(count(svg, "class=\"overlay\"")).isEqualTo(101);
    assertThat(svg).contains("dans=departement%3A974");
  }

  @Test
  void a_level_above_the_chosen_territory_is_refused_in_french() throws Exception {
    HttpResponse<String> response = get("/?niveau=departement&dans=commune:45234");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("ne contient pas de territoires du niveau département")
        .contains("« commune:45234 »");
    HttpResponse<String> classes = get("/carte.svg?niveau=departement&classes=kmeans");
    assertThat(classes.statusCode()).isEqualTo(400);
    assertThat(classes.body()).contains("Méthode de classes « kmeans » inconnue");
  }

  @Test
  void one_indicator_is_mapped_with_quantile_or_jenks_classes_and_its_reference_value()
      throws Exception {
    // the unemployment rate of the départements (chomage-localise), national reference
    String page = get("/?domaine=EMPLOYMENT&niveau=departement").body();
    Matcher option = Pattern.compile("<option value=\"(chomage[^\"]*)\"").matcher(page);
    assertThat(option.find()).as("an unemployment indicator to choose").isTrue();
    String code = option.group(1);
    String quantiles =
        get("/carte.svg?domaine=EMPLOYMENT&niveau=departement&indicateur=" + code).body();
    assertThat(quantiles)
        .contains("Classes : quantiles sur ")
        .contains("valeur de référence (France) :")
        .contains("url(#map-nodata)");
    // five classes, the drill-down keeps the indicator
    assertThat(count(quantiles, "class=\"legend-box\"")).isEqualTo(6);
    assertThat(quantiles).contains("indicateur=" + code);
    String jenks =
        get("/carte.svg?domaine=EMPLOYMENT&niveau=departement&classes=jenks&indicateur=" + code)
            .body();
    assertThat(jenks).contains("Classes : seuils naturels de Jenks sur ");
    // an indicator of another domain falls back to the domain score
    String other = get("/carte.svg?domaine=HEALTH&niveau=departement&indicateur=" + code).body();
    assertThat(other).contains("Classes fixes en écarts-types");
  }

  @Test
  void the_maps_data_table_and_csv_give_the_loiret_unemployment_rate_of_the_source_file()
      throws Exception {
    String query = "?domaine=EMPLOYMENT&niveau=departement&indicateur=chomage-taux";
    String page = get("/" + query).body();
    // chomage-localise/taux_chomage_localise_trimestriel.csv, last Loiret row:
    // "departement,45,Loiret,001515910,2024-T3,2024,3,7.5," → 7,5 % (one decimal, exact)
    String table =
        page.substring(page.indexOf("<figure class=\"chart-figure\" id=\"figure-map\">"));
    table = table.substring(table.indexOf("<table>"), table.indexOf("</table>"));
    assertThat(table)
        .contains(
            "<caption>France : que vaut « Taux de chômage localisé » dans chaque département ?")
        .containsPattern(
            "<th scope=\"row\"><a href=\"[^\"]*\">Loiret</a></th><td class=\"num\">7,5 %</td>");
    // the same number in the map's tooltip and in its CSV (French spreadsheet: ; and BOM)
    assertThat(get("/carte.svg" + query).body()).contains("<title>Loiret : 7,5 %</title>");
    HttpResponse<byte[]> csv =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(WebFixture.get().url("/carte.csv" + query))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFFTerritoire;Taux de chômage localisé (%)\r\n")
        .contains("\r\nLoiret;7,5 %\r\n");
    assertThat(text.lines().count()).as("header and 101 départements").isEqualTo(102);
  }
}
