package org.phare.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;

/**
 * Issue 14: when one indicator is mapped on the dashboard, the table beside the map lists that
 * indicator's values (not the domain score), ranked among the territories shown. Expected values
 * are read from the INSEE file chomage-localise/taux_chomage_localise_trimestriel.csv.
 */
class DashboardIndicatorTableTest {

  static final String FILE = "indicators/chomage-localise/taux_chomage_localise_trimestriel.csv";

  /** The rows of the départements at one quarter: code → rate (column taux_chomage). */
  static List<String[]> departements(String period) throws Exception {
    return Files.readAllLines(SharedData.path(FILE)).stream()
        .skip(1)
        .map(l -> l.split(",", -1))
        .filter(c -> c[0].equals("departement") && c[4].equals(period))
        .toList();
  }

  @Test
  void the_table_of_a_mapped_indicator_lists_its_values_and_ranks_among_the_departements()
      throws Exception {
    // the file's latest quarter: 2024-T3, the Loiret at 7.5 %; 32 départements above it (rank 33,
    // shared with the Oise at 7.5 %); Mayotte (976) is not in the file
    List<String[]> rows = departements("2024-T3");
    String[] loiret = rows.stream().filter(c -> c[1].equals("45")).findFirst().orElseThrow();
    assertThat(loiret[7]).isEqualTo("7.5");
    long above = rows.stream().filter(c -> Double.parseDouble(c[7]) > 7.5).count();
    assertThat(above).isEqualTo(32);
    assertThat(rows.stream().anyMatch(c -> c[1].equals("976"))).isFalse();

    HttpResponse<String> response =
        DashboardMapTest.get("/?domaine=EMPLOYMENT&niveau=departement&indicateur=chomage-taux");
    assertThat(response.statusCode()).isEqualTo(200);
    String page = response.body();
    String table = page.substring(page.indexOf("<h3 id=\"table-h\">"));
    assertThat(table)
        .startsWith("<h3 id=\"table-h\">Taux de chômage localisé (2024-T3) — source : ")
        .contains("<th scope=\"col\">Valeur</th>")
        .doesNotContain("Indicateurs renseignés");
    // French format: decimal comma, narrow no-break space before the percent sign
    Matcher row =
        Pattern.compile(
                "<td>(\\d+)</td><td><a href=\"[^\"]*\">Loiret</a></td><td class=\"num\""
                    + " data-score=\"[^\"]*\">([^<]*)</td></tr>")
            .matcher(table);
    assertThat(row.find()).as("the Loiret's row").isTrue();
    assertThat(row.group(1)).isEqualTo(Long.toString(above + 1));
    assertThat(row.group(2)).isEqualTo("7,5\u202f%");
    assertThat(table)
        .containsPattern(
            "<td>–</td><td><a href=\"[^\"]*\">Mayotte</a></td>"
                + "<td class=\"num\" data-score=\"[^\"]*\">pas de donnée</td>");
    // the most fragile first: the highest rate of the file is ranked 1
    String[] highest =
        rows.stream()
            .max((a, b) -> Double.compare(Double.parseDouble(a[7]), Double.parseDouble(b[7])))
            .orElseThrow();
    assertThat(table).containsPattern("<td>1</td><td><a href=\"[^\"]*\">" + highest[2] + "</a>");
  }

  @Test
  void without_an_indicator_the_table_lists_the_domain_score() throws Exception {
    String page = DashboardMapTest.get("/?domaine=EMPLOYMENT&niveau=departement").body();
    assertThat(page)
        .contains("<h3 id=\"table-h\">Tous les territoires</h3>")
        .contains("Indicateurs renseignés (n)");
  }
}
