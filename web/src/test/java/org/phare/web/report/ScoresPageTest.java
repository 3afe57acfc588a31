package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phare.web.report.ReportPageTest.get;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.Trend;
import org.phare.core.text.Numbers;
import org.phare.web.chart.RadarChart;
import org.phare.web.i18n.Lang;

/**
 * Scores a user can trust, as served: the minimum of indicators per domain ("données insuffisantes"
 * in the report, the dashboard, the radar and the CSV), trends and counts, and the peers named and
 * chosen.
 */
class ScoresPageTest {

  /** The domain block of a report: its score text. */
  static String domainScore(String html, String domain) {
    Matcher m =
        Pattern.compile(
                "data-domain=\"" + domain + "\">([^<]*)</span> <span class=\"rank\">([^<]*)<")
            .matcher(html);
    assertThat(m.find()).as("domain %s in the page", domain).isTrue();
    return m.group(1) + " | " + m.group(2);
  }

  @Test
  void mayotte_employment_shows_insufficient_data_in_the_report_dashboard_and_csv()
      throws Exception {
    HttpResponse<String> report = get("/territoire/region/06");
    assertThat(report.statusCode()).isEqualTo(200);
    // no unemployment rate nor ITDD employment figures for Mayotte at region level: too few
    // indicators
    assertThat(domainScore(report.body(), "EMPLOYMENT"))
        .startsWith("données insuffisantes | ")
        .contains("requis");
    HttpResponse<String> english = get("/territoire/region/06?lang=en");
    assertThat(domainScore(english.body(), "EMPLOYMENT")).startsWith("insufficient data | ");
    // the radar breaks on the axis instead of drawing it at the centre
    assertThat(report.body()).contains("class=\"radar-label no-data\"");
    assertThat(report.body()).doesNotContain("point no-data");

    HttpResponse<String> dashboard = get("/?domaine=EMPLOYMENT&niveau=region");
    Matcher row =
        Pattern.compile(
                "<a href=\"[^\"]*region/06[^\"]*\">Mayotte</a></td><td class=\"num\""
                    + " data-score=\"[^\"]*\">([^<]*)</td><td class=\"num\">([^<]*)</td>")
            .matcher(dashboard.body());
    assertThat(row.find()).isTrue();
    assertThat(row.group(1)).isEqualTo("données insuffisantes");
    assertThat(row.group(2)).endsWith("(3 requis)");
    // La Réunion, scored from one indicator before issue 14, now from at least 3
    Matcher reunion =
        Pattern.compile(
                "La Réunion</a></td><td class=\"num\" data-score=\"[^\"]*\">([^<]*)</td>"
                    + "<td class=\"num\">([^<]*)</td>")
            .matcher(dashboard.body());
    assertThat(reunion.find()).isTrue();
    assertThat(Integer.parseInt(reunion.group(2))).isGreaterThanOrEqualTo(3);
    // a scored region shows the number of indicators used, at least 3 (Centre-Val de Loire)
    Matcher centre =
        Pattern.compile(
                "Centre-Val de Loire</a></td><td class=\"num\" data-score=\"[^\"]*\">([^<]*)</td>"
                    + "<td class=\"num\">([^<]*)</td>")
            .matcher(get("/?domaine=HEALTH&niveau=region").body());
    assertThat(centre.find()).isTrue();
    assertThat(Integer.parseInt(centre.group(2))).isGreaterThanOrEqualTo(3);

    HttpResponse<String> csv = get("/territoire/region/06/donnees.csv");
    assertThat(csv.body())
        .containsPattern(
            "domaine;région;06;Mayotte;;;EMPLOYMENT;Emploi, chômage, insertion;"
                + "[^\\r]*données insuffisantes");
  }

  @Test
  void a_radar_with_a_missing_domain_draws_lines_broken_at_that_axis() {
    var axes =
        java.util.List.of(
            new RadarChart.Axis("A", 1, "+1,00"),
            new RadarChart.Axis("B", Double.NaN, "données insuffisantes"),
            new RadarChart.Axis("C", 0.5, "+0,50"),
            new RadarChart.Axis("D", -0.5, "−0,50"));
    String svg = RadarChart.render("r", "t", "d", axes, "n");
    // no closed polygon; one line C → D → A (going round after the gap), no point at the centre
    assertThat(svg).doesNotContain("<polygon");
    assertThat(Pattern.compile("<polyline").matcher(svg).results().count()).isEqualTo(1);
    assertThat(Pattern.compile("class=\"point\"").matcher(svg).results().count()).isEqualTo(3);
    assertThat(svg).contains("B : données insuffisantes");
  }

  @Test
  void the_arrow_follows_the_value_and_the_word_the_polarity() {
    Numbers fr = Lang.FR.numbers();
    // unemployment (higher = more fragile) up 0.8 point: up arrow, worsening
    assertThat(
            ReportBuilder.trendText(
                new Trend("2023-T3", 7.0, 0.8, Trend.Direction.WORSENING), 1, fr, Lang.FR))
        .isEqualTo("↗ dégradation (+0,8 depuis 2023-T3)");
    // income (higher = less fragile) up: up arrow, improving
    assertThat(
            ReportBuilder.trendText(
                new Trend("2020", 20000, 500, Trend.Direction.IMPROVING), 0, fr, Lang.FR))
        .isEqualTo("↗ amélioration (+500 depuis 2020)");
    // unemployment down: down arrow, improving; the minus is the typographic one
    assertThat(
            ReportBuilder.trendText(
                new Trend("2023-T3", 8.0, -0.4, Trend.Direction.IMPROVING), 1, fr, Lang.FR))
        .isEqualTo("↘ amélioration (" + fr.signed(-0.4, 1) + " depuis 2023-T3)");
    assertThat(
            ReportBuilder.trendText(
                new Trend("2020", 100, 0.5, Trend.Direction.STABLE), 1, fr, Lang.EN))
        .startsWith("→ stable");
  }

  @Test
  void counts_print_without_decimals_in_the_report() throws Exception {
    String body = get("/territoire/departement/45").body();
    // bpe_2018_extrait_types_selectionnes.csv, DEP 45, TYPEQU D301, NB_EQUIP summed by hand: 219
    assertThat(body).contains("Pharmacies (équipements)</th><td class=\"num\">219 équipements<");
    assertThat(body).doesNotContainPattern("\\d,0 (équipements|maisons de santé)");
  }

  @Test
  void the_report_names_its_peers_and_ranks_among_the_parent_s_children() throws Exception {
    String peers = get("/territoire/departement/45?ref=peers").body();
    // Centre-Val de Loire: Cher 18, Eure-et-Loir 28, Indre 36, Indre-et-Loire 37, Loir-et-Cher 41
    assertThat(peers)
        .contains(
            "Cher (18)",
            "Eure-et-Loir (28)",
            "Indre (36)",
            "Indre-et-Loire (37)",
            "Loir-et-Cher (41)")
        .contains("même parent : Centre-Val de Loire");
    String parent = get("/territoire/departement/45?ref=parent").body();
    Matcher rank = Pattern.compile("rang (\\d+) / (\\d+) · ").matcher(parent);
    assertThat(rank.find()).isTrue();
    assertThat(Integer.parseInt(rank.group(2))).isLessThanOrEqualTo(6);
    assertThat(parent).doesNotContainPattern("rang \\d+ / (9\\d|10\\d)");
  }

  @Test
  void a_user_chooses_peers_kept_in_the_url_and_unknown_codes_are_refused_in_french()
      throws Exception {
    HttpResponse<String> chosen = get("/territoire/departement/45?pairs=18,41,37");
    assertThat(chosen.statusCode()).isEqualTo(200);
    assertThat(chosen.body())
        .contains("Territoires pairs choisis : Cher (18), Indre-et-Loire (37), Loir-et-Cher (41).")
        .contains("médiane des 4 territoires choisis")
        .contains("value=\"18,37,41\"");
    Matcher rank = Pattern.compile("rang (\\d+) / (\\d+) · ").matcher(chosen.body());
    assertThat(rank.find()).isTrue();
    assertThat(Integer.parseInt(rank.group(2))).isLessThanOrEqualTo(4);
    HttpResponse<String> bad =
        get(
            "/territoire/departement/45?pairs="
                + URLEncoder.encode("18,999", StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Territoire pair « 999 » inconnu");
    assertThat(get("/territoire/departement/45/donnees.csv?pairs=18,41").statusCode())
        .isEqualTo(200);
  }
}
