package org.phare.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.web.WebFixture;
import org.phare.web.report.ReportBuilder;

/**
 * Issue 14 point 5 on the dashboard: peers chosen by the user ({@code pairs=45,18,41}, kept in the
 * shareable URL) replace the reference; the map and the table show those territories only, each
 * against the median of the group, ranks among them. Expected rates: INSEE
 * chomage-localise/taux_chomage_localise_trimestriel.csv, 2024-T3 (Loiret 7.5, Cher 7.2,
 * Loir-et-Cher 6.3; DashboardIndicatorTableTest and DiagnosticApiTest read them from the file).
 */
class DashboardChosenPeersTest {

  static final String ROW =
      "<td>(\\d+|–)</td><td><a href=\"([^\"]*)\">([^<]*)</a></td><td class=\"num\""
          + " data-score=\"[^\"]*\">([^<]*)</td>";

  static List<String[]> rows(String page) {
    String table = page.substring(page.indexOf("id=\"ranking-table\""));
    table = table.substring(0, table.indexOf("</table>"));
    Matcher m = Pattern.compile(ROW).matcher(table);
    List<String[]> rows = new java.util.ArrayList<>();
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
    }
    return rows;
  }

  @Test
  void the_chosen_peers_of_the_loiret_are_ranked_among_themselves_by_their_unemployment_rate()
      throws Exception {
    HttpResponse<String> response =
        DashboardMapTest.get(
            "/?domaine=EMPLOYMENT&niveau=departement&indicateur=chomage-taux&pairs=45,18,41");
    assertThat(response.statusCode()).isEqualTo(200);
    String page = response.body();
    // the form keeps the choice: the URL pushed by htmx carries it
    assertThat(page).contains("name=\"pairs\" id=\"pairs\" value=\"45,18,41\"");
    List<String[]> rows = rows(page);
    assertThat(rows).extracting(r -> r[2]).containsExactly("Loiret", "Cher", "Loir-et-Cher");
    assertThat(rows).extracting(r -> r[0]).containsExactly("1", "2", "3");
    assertThat(rows)
        .extracting(r -> r[3])
        .containsExactly("7,5\u202f%", "7,2\u202f%", "6,3\u202f%");
    // each report opens against the other chosen peers
    assertThat(rows.get(0)[1]).isEqualTo("/territoire/departement/45?ref=peers&amp;pairs=18,41");
    assertThat(rows.get(1)[1]).isEqualTo("/territoire/departement/18?ref=peers&amp;pairs=45,41");
  }

  @Test
  void the_domain_scores_of_chosen_peers_are_the_engines_against_the_group() throws Exception {
    String page =
        DashboardMapTest.get("/?domaine=EMPLOYMENT&niveau=departement&pairs=45,18,41").body();
    assertThat(page)
        .contains("médiane des territoires pairs choisis")
        .contains("<h3 id=\"table-h\">Territoires pairs choisis</h3>");
    WebFixture fixture = WebFixture.get();
    TerritoryDiagnostic loiret =
        fixture.data.diagnose(
            TerritoryId.of(Level.DEPARTEMENT, "45"),
            List.of(
                TerritoryId.of(Level.DEPARTEMENT, "18"), TerritoryId.of(Level.DEPARTEMENT, "41")));
    String expected =
        ReportBuilder.domainScoreText(
            loiret.domain(Domain.EMPLOYMENT).orElseThrow(),
            org.phare.web.i18n.Lang.FR.numbers(),
            org.phare.web.i18n.Lang.FR);
    List<String[]> rows = rows(page);
    assertThat(rows).hasSize(3);
    assertThat(rows)
        .filteredOn(r -> r[2].equals("Loiret"))
        .singleElement()
        .satisfies(r -> assertThat(r[3]).isEqualTo(expected));
  }

  @Test
  void an_unknown_peer_is_refused_in_french() throws Exception {
    HttpResponse<String> response =
        DashboardMapTest.get("/?domaine=EMPLOYMENT&niveau=departement&pairs=45,999");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Territoire pair « 999 » inconnu");
  }
}
