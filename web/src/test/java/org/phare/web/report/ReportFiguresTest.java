package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.text.Numbers;
import org.phare.web.WebFixture;

/**
 * Every chart and map of the Loiret report is a figure that says what it shows: a visible title (a
 * question), a figcaption, a key, and a "Voir les données" table whose numbers are the chart's
 * (both parsed from the page as served: the SVG marks' titles and the table's cells); the per-chart
 * CSV download holds the table's numbers in the French spreadsheet format.
 */
class ReportFiguresTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(WebFixture.get().url(path))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static String page(String path) throws Exception {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A figure of the page, cut out of the HTML. */
  record Parsed(String id, String html) {
    String title() {
      return text(first("<span class=\"figure-title\">(.*?)</span>"));
    }

    String figcaption() {
      return text(first("<figcaption[^>]*>(.*?)</figcaption>"));
    }

    String svg() {
      int start = html.indexOf("<svg", html.indexOf("<div class=\"figure-drawing\""));
      return html.substring(start, html.indexOf("</svg></div>", start));
    }

    String table() {
      return first("(<table>.*?</table>)");
    }

    String first(String regex) {
      Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
      return m.find() ? m.group(1) : "";
    }
  }

  static List<Parsed> figures(String body) {
    List<Parsed> figures = new ArrayList<>();
    Matcher m =
        Pattern.compile(
                "<figure class=\"chart-figure\" id=\"figure-([a-z0-9-]+)\">(.*?)</figure>",
                Pattern.DOTALL)
            .matcher(body);
    while (m.find()) {
      figures.add(new Parsed(m.group(1), m.group(2)));
    }
    return figures;
  }

  /** Text of an HTML fragment: tags dropped, the five entities read, spaces collapsed. */
  static String text(String html) {
    return html.replaceAll("<[^>]+>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .trim();
  }

  static final Pattern NUMBER =
      Pattern.compile(
          "[+\u2212-]?\\d{1,3}(?:[\u202F\u00A0]\\d{3})*(?:,\\d+)?|[+\u2212-]?\\d+(?:,\\d+)?");

  /** The numbers of a French text, in order ("+0,52", "−1,3", "1 234", "42 %"). */
  static List<Double> numbers(String text) {
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(
          Double.parseDouble(
              m.group()
                  .replace("\u202F", "")
                  .replace("\u00A0", "")
                  .replace('\u2212', '-')
                  .replace(',', '.')));
    }
    return out;
  }

  /** Rows of a data table: the row header's text, then the cells' texts. */
  static Map<String, List<String>> rows(String table) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Matcher row =
        Pattern.compile("<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", Pattern.DOTALL)
            .matcher(table);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(2));
      while (cell.find()) {
        cells.add(text(cell.group(1)));
      }
      rows.put(text(row.group(1)), cells);
    }
    return rows;
  }

  /**
   * The mark of a chart labelled {@code label}: the rest of its title "label : what it shows" (a
   * bar, an axis of the radar, a point, a territory of a map), or null when nothing is drawn for
   * it. The chart's own title is not a mark.
   */
  static String mark(String svg, String label) {
    Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(svg);
    while (m.find()) {
      String title = text(m.group(1));
      if (title.startsWith(label + " : ")) {
        return title.substring(label.length() + 3);
      }
    }
    return null;
  }

  @Test
  void every_chart_of_the_loiret_report_is_a_titled_figure_whose_table_holds_the_charts_numbers()
      throws Exception {
    String body = page("/territoire/departement/45");
    List<Parsed> figures = figures(body);
    // locator, radar, domain scores, 4 perception charts, crossing, 3 of part 3, 2 of part 4
    assertThat(figures)
        .extracting(Parsed::id)
        .containsExactly(
            "locator",
            "radar",
            "domain-scores",
            "perception-citizens",
            "perception-companies",
            "perception-associations",
            "perception-mayors",
            "crossing",
            "dynamic",
            "roles",
            "alliances",
            "practice",
            "categories");
    // no chart is left outside a figure
    assertThat(body.split("<svg[^>]*class=\"chart\"", -1).length - 1).isEqualTo(figures.size());
    List<String> titles = new ArrayList<>();
    for (Parsed f : figures) {
      assertThat(f.title()).as(f.id()).isNotBlank().endsWith("?");
      assertThat(f.figcaption())
          .as(f.id())
          .startsWith(f.title())
          .hasSizeGreaterThan(f.title().length() + 20);
      assertThat(f.html()).as(f.id()).contains("<summary>Voir les données</summary>");
      String table = f.table();
      assertThat(table).as(f.id()).contains("<caption>").contains("scope=\"col\"");
      Map<String, List<String>> rows = rows(table);
      assertThat(rows).as(f.id()).isNotEmpty();
      int compared = 0;
      for (var row : rows.entrySet()) {
        List<Double> inTable = numbers(String.join(" ", row.getValue()));
        String mark = mark(f.svg(), row.getKey());
        if (mark == null) {
          // a point missing a coordinate is not drawn: the table says which one is missing
          assertThat(row.getValue()).as(f.id() + " / " + row.getKey()).contains(Numbers.NO_DATA);
          continue;
        }
        assertThat(inTable)
            .as(f.id() + " / " + row.getKey() + " : " + mark)
            .isEqualTo(numbers(mark));
        compared += inTable.isEmpty() ? 0 : 1;
      }
      assertThat(compared).as(f.id() + ": rows with numbers checked").isPositive();
      titles.add(f.title());
    }
    // the four perception charts say which actors they are about
    assertThat(titles.subList(3, 7))
        .containsExactly(
            "Centre-Val de Loire : quels domaines les citoyens jugent-ils les plus fragiles ?",
            "Centre-Val de Loire : quels domaines les dirigeants d’entreprise jugent-ils les plus fragiles ?",
            "Centre-Val de Loire : quels domaines les dirigeants d’association jugent-ils les plus fragiles ?",
            "Centre-Val de Loire : quels domaines les maires jugent-ils les plus fragiles ?");
    assertThat(titles).doesNotHaveDuplicates();
    // the black tick is explained wherever it is drawn
    for (Parsed f : figures) {
      if (f.svg().contains("class=\"comparison\"")) {
        assertThat(text(f.first("(<ul class=\"figure-key\".*?</ul>)")))
            .as(f.id())
            .contains("trait noir : la même mesure pour la France entière");
      }
    }
  }

  @Test
  void a_charts_csv_holds_the_numbers_of_its_table_for_a_french_spreadsheet() throws Exception {
    String body = page("/territoire/departement/45");
    Parsed alliances =
        figures(body).stream().filter(f -> f.id().equals("alliances")).findFirst().orElseThrow();
    assertThat(alliances.html())
        .contains("href=\"/territoire/departement/45/graphique/alliances.csv?ref=national\"");
    HttpResponse<byte[]> response =
        get("/territoire/departement/45/graphique/alliances.csv?ref=national");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    byte[] bytes = response.body();
    // UTF-8 byte order mark: French Excel then reads the accents
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Libellé;Part (%);France (trait noir);Repère");
    Map<String, List<String>> table = rows(alliances.table());
    assertThat(lines).hasSize(table.size() + 1);
    int i = 1;
    for (var row : table.entrySet()) {
      String[] cells = lines.get(i++).split(";", -1);
      assertThat(cells[0]).isEqualTo(row.getKey());
      assertThat(numbers(String.join(" ", List.of(cells).subList(1, cells.length))))
          .isEqualTo(numbers(String.join(" ", row.getValue())));
    }
    // the national figures drawn as ticks are the published ones (rapport PHARE §2-1: alliances
    // a source of innovation for 69 % of citizens, 81 % of company leaders, 86 % of association
    // leaders, 87 % of mayors), percent written without the page's narrow space so that a French
    // spreadsheet reads a number
    assertThat(lines.get(1)).startsWith("Citoyens;").contains(";69%;");
    assertThat(lines.get(2)).startsWith("Entreprises;").contains(";81%;");
    assertThat(lines.get(3)).startsWith("Associations;").contains(";86%;");
    assertThat(lines.get(4)).startsWith("Maires;").contains(";87%;");
  }

  @Test
  void the_domain_scores_csv_has_decimal_commas_and_the_svg_carries_its_title_and_source()
      throws Exception {
    String body = page("/territoire/departement/45");
    Parsed scores =
        figures(body).stream()
            .filter(f -> f.id().equals("domain-scores"))
            .findFirst()
            .orElseThrow();
    String csv =
        new String(
            get("/territoire/departement/45/graphique/domain-scores.csv?ref=national").body(),
            StandardCharsets.UTF_8);
    Map<String, List<String>> table = rows(scores.table());
    for (var row : table.entrySet()) {
      String cell = row.getValue().get(0);
      if (!numbers(cell).isEmpty()) {
        // "+0,52" on the page; "+0,52" in the file (a spreadsheet reads it as a number)
        assertThat(csv).contains(row.getKey() + ";" + cell.replace('\u2212', '-') + "\r\n");
      }
    }
    HttpResponse<byte[]> svg =
        get("/territoire/departement/45/graphique/domain-scores.svg?ref=national");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    String file = new String(svg.body(), StandardCharsets.UTF_8);
    assertThat(file)
        .startsWith("<?xml")
        .contains("Loiret : quels domaines sont les plus fragiles ?")
        .contains("référence : France");
    // an unknown chart or format is refused in French, never a 500
    HttpResponse<byte[]> unknown = get("/territoire/departement/45/graphique/camembert.csv");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(new String(unknown.body(), StandardCharsets.UTF_8))
        .contains("pas de graphique « camembert »");
    assertThat(get("/territoire/departement/45/graphique/radar.png").statusCode()).isEqualTo(400);
  }

  @Test
  void the_english_report_titles_its_figures_in_english() throws Exception {
    List<Parsed> figures = figures(page("/territoire/departement/45?lang=en"));
    assertThat(figures).hasSize(13);
    assertThat(figures.get(2).title()).isEqualTo("Loiret: which domains are the most fragile?");
    assertThat(figures.get(3).title())
        .isEqualTo("Centre-Val de Loire: which domains do citizens see as the most fragile?");
    for (Parsed f : figures) {
      assertThat(f.html()).as(f.id()).contains("<summary>See the data</summary>");
      assertThat(f.html())
          .as(f.id())
          .contains("graphique/" + f.id() + ".csv?ref=national&amp;lang=en");
    }
  }
}
