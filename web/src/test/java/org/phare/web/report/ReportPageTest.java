package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;
import org.phare.web.WebFixture;

/**
 * The dashboard, the map, a territory report and the actor page as served: content, not only
 * status. Expected figures are computed in the test from the open-data files, never through the
 * code under test.
 */
class ReportPageTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static final String NNBSP = "\u202F";

  /** Thousands grouped by hand the French way (narrow no-break spaces), for expectations. */
  static String frenchThousands(long n) {
    String digits = Long.toString(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(NNBSP);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /**
   * Loiret's population summed by hand from decoupage-administratif/communes_actuelles.csv (column
   * 7, population légale of each current commune whose column 3, département, is 45; no field of
   * that file is quoted).
   */
  static long loiretPopulation() throws Exception {
    long sum = 0;
    List<String> lines =
        Files.readAllLines(SharedData.path("decoupage-administratif/communes_actuelles.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[2].equals("45")) {
        sum += Long.parseLong(f[6]);
      }
    }
    return sum;
  }

  /** Geographic features (outlines) in a GeoJSON file of ../shared/data/geo. */
  static int outlines(String file) throws Exception {
    return new ObjectMapper()
        .readTree(SharedData.path("geo/" + file).toFile())
        .get("features")
        .size();
  }

  static int count(String text, String pattern) {
    return (int) Pattern.compile(pattern).matcher(text).results().count();
  }

  @Test
  void the_dashboard_ranks_the_departements_maps_them_and_writes_scores_the_french_way()
      throws Exception {
    HttpResponse<String> response = get("/?domaine=EMPLOYMENT&niveau=departement");
    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .contains("Emploi, chômage, insertion — département — France")
        // the ranking and the map are figures whose titles ask their question
        .contains(
            "France : quels départements sont les plus fragiles pour « Emploi, chômage, insertion » ?")
        .contains(
            "France : où sont les départements les plus fragiles pour « Emploi, chômage, insertion » ?")
        // Loiret ranked, linking to its report
        .contains("href=\"/territoire/departement/45");
    // one map path per département outline of the IGN file (101, overseas included)
    assertThat(count(body, "<path[^>]*class=\"area\"")).isEqualTo(101);
    assertThat(outlines("departements-avec-outre-mer.geojson")).isEqualTo(101);
    // legend of the fragility scale (limits −1, −0.5, 0.5, 1) in French typography
    assertThat(body)
        .contains("&lt; \u22121,0")
        .contains("\u22121,0 à \u22120,5")
        .contains("\u22120,5 à 0,5")
        .contains("≥ 1,0")
        .contains("pas de donnée");
    // every score cell of the ranking: signed with the minus sign U+2212 and a decimal comma, or
    // the en dash of a missing value; never a hyphen-minus or a decimal point; a domain without a
    // score says why (too few indicators, or none)
    Matcher scores = Pattern.compile("data-score=\"[^\"]*\">([^<]*)</td>").matcher(body);
    int rows = 0;
    while (scores.find()) {
      rows++;
      assertThat(scores.group(1))
          .matches("[+\u2212]?\\d,\\d\\d|0,00|données insuffisantes|pas de donnée");
    }
    assertThat(rows).as("one row per département of the referential").isEqualTo(101);
  }

  @Test
  void the_region_map_has_one_clickable_outline_per_region_with_title_and_legend()
      throws Exception {
    HttpResponse<String> response = get("/carte.svg?niveau=region&domaine=HEALTH");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElse(""))
        .startsWith("image/svg+xml");
    String svg = response.body();
    // the file alone still says what it shows: its title is the figure's question
    assertThat(svg)
        .startsWith("<?xml")
        .contains("France : où sont les régions les plus fragiles pour « Santé » ?");
    int regions = outlines("regions-avec-outre-mer.geojson");
    assertThat(regions).isEqualTo(18);
    assertThat(count(svg, "<path[^>]*class=\"area\"")).isEqualTo(regions);
    // a click on a region drills down to its départements
    assertThat(count(svg, "<a [^>]*href=\"/\\?domaine=HEALTH&amp;niveau=departement"))
        .isEqualTo(regions);
    assertThat(svg)
        .contains("data-code=\"24\"")
        .contains("Score (écarts-types, + = plus fragile) par rapport à la France")
        .contains("Contours : IGN");
  }

  @Test
  void the_report_shows_the_population_and_the_unemployment_rate_read_from_the_open_data()
      throws Exception {
    String body = get("/territoire/departement/45").body();
    assertThat(body).contains("<h1").contains("Loiret");
    // identity card: the population summed from the COG file, grouped by narrow no-break spaces
    // (the cell carries its column's name for the stacked card on phones: data-label)
    assertThat(body)
        .containsPattern(
            "<td class=\"num\"[^>]*>"
                + Pattern.quote(frenchThousands(loiretPopulation()) + " hab."));
    // chomage-localise/taux_chomage_localise_trimestriel.csv, last Loiret row:
    // "departement,45,Loiret,001515910,2024-T3,2024,3,7.5," → 7,5 % (one decimal, exact)
    assertThat(body)
        .containsPattern(
            "Taux de chômage localisé</th><td class=\"num\">7,5\u202F%</td>.*?<td>2024-T3</td>");
  }

  @Test
  void the_actor_page_charts_the_companies_of_a_region_with_french_numbers() throws Exception {
    HttpResponse<String> response = get("/acteurs?acteur=companies&region=24");
    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .contains("Perceptions par acteur")
        .contains("<option value=\"24\" selected>Centre-Val de Loire</option>")
        .contains("<option value=\"companies\" selected>");
    // the regional map: one outline per region, the surveyed ones linking to their page
    String map = body.substring(body.indexOf("actor-map"));
    map = map.substring(0, map.indexOf("</svg>"));
    assertThat(count(map, "<path[^>]*class=\"area\"")).isEqualTo(18);
    assertThat(map).contains("Note moyenne 1-10");
    // mean ratings on 1-10 with a decimal comma and bases grouped the French way
    // tooltips of the surveyed regions: mean rating on 1-10 with a decimal comma, base grouped
    // the French way (", *" marks a base under 100)
    Matcher rating =
        Pattern.compile("<title>[^<:]+ : (\\d+,\\d)/10 \\(n = ([\\d\u202F]+)(, \\*)?\\)</title>")
            .matcher(map);
    int surveyed = 0;
    while (rating.find()) {
      surveyed++;
      assertThat(Double.parseDouble(rating.group(1).replace(',', '.'))).isBetween(1.0, 10.0);
      assertThat(Long.parseLong(rating.group(2).replace(NNBSP, ""))).isGreaterThanOrEqualTo(30);
    }
    assertThat(surveyed).as("regions with a shown rating").isPositive();
    assertThat(body).doesNotContainPattern("\\d\\.\\d/10");
  }

  @Test
  void part_three_shows_the_mayors_view_of_the_role_of_local_authorities() throws Exception {
    String body = get("/territoire/region/24").body();
    String part3 = body.substring(body.indexOf("id=\"acteurs\""));
    assertThat(part3)
        .contains(
            "quel rôle les maires attendent-ils des collectivités pour développer les alliances ?")
        .contains("Impulser des rencontres")
        .contains("Partenariats public-privé")
        .contains("entre parenthèses :")
        .contains("secondaire");
  }

  @Test
  void the_csv_export_holds_the_mayors_q8_shares_for_the_region_and_france() throws Exception {
    String csv = get("/territoire/region/24/donnees.csv").body();
    long q8 = csv.lines().filter(l -> l.contains(";q8-role:")).count();
    assertThat(q8).as("6 roles x 3 answers").isEqualTo(18);
    assertThat(csv)
        .contains(
            "perception;région;24;Centre-Val de Loire;mayors;Maires;;;"
                + "q8-role:FOSTER_MEETINGS:PRIORITY;Rôle des collectivités : ");
  }
}
