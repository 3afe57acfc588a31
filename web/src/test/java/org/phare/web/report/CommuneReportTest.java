package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report of a commune and of an EPCI: their own map and their area (issue 14). */
class CommuneReportTest {

  /** The first number of the identity row labelled {@code label}, read the French way. */
  static double identityValue(String body, String label) {
    Matcher m =
        Pattern.compile(
                "<th scope=\"row\">"
                    + Pattern.quote(label)
                    + "</th><td class=\"num\"[^>]*>([^<]*)</td>")
            .matcher(body);
    assertThat(m.find()).as(label + " in the identity card").isTrue();
    String number =
        m.group(1).replaceAll("[\u202F\u00A0 ]", "").replaceAll("[^0-9,]+$", "").replace(',', '.');
    return Double.parseDouble(number.replaceAll("[^0-9.]", ""));
  }

  @Test
  void the_commune_report_maps_orleans_among_the_communes_of_its_epci_and_gives_its_area()
      throws Exception {
    String body = ReportPageTest.get("/territoire/commune/45234").body();
    // the locator map: the 22 communes of Orléans Métropole (epci.json), Orléans outlined
    int locator = body.indexOf("id=\"locator-title\"");
    assertThat(locator).isPositive();
    String map = body.substring(locator, body.indexOf("</svg>", locator));
    assertThat(ReportPageTest.count(map, "<path[^>]*class=\"area\"")).isEqualTo(22);
    assertThat(map).contains("data-code=\"45234\"").contains("class=\"selected\"");
    assertThat(map).contains("href=\"/territoire/commune/45302");
    // "see on the map": the communes of Orléans Métropole on the dashboard
    assertThat(body).contains("niveau=commune&amp;ref=national&amp;dans=epci%3A244500468");
    // INSEE: Orléans 27,48 km² (outlines simplified 25 %: 2 %)
    assertThat(body).doesNotContain("Superficie</th><td class=\"num\">non disponible");
    assertThat(identityValue(body, "Superficie")).isCloseTo(27.48, within(0.55));
    // share of its EPCI's area: 27,48 / 334,3 km² (INSEE) = 8,2 %, to 0,3 point
    assertThat(identityValue(body, "Part de la superficie de l’EPCI")).isCloseTo(8.2, within(0.3));
    // one commune of France: a share shown, not "0,00 %"
    assertThat(body).doesNotContain(">0,00\u202F%<").doesNotContain(">0,00 %<");
  }

  @Test
  void the_epci_report_maps_the_epci_of_its_departement() throws Exception {
    String body = ReportPageTest.get("/territoire/epci/244500468").body();
    int locator = body.indexOf("id=\"locator-title\"");
    assertThat(locator).isPositive();
    String map = body.substring(locator, body.indexOf("</svg>", locator));
    // the 16 EPCI attached to the Loiret (see DashboardMapTest)
    assertThat(ReportPageTest.count(map, "<path[^>]*class=\"area\"")).isEqualTo(16);
    assertThat(map).contains("data-code=\"244500468\"");
    assertThat(identityValue(body, "Superficie")).isCloseTo(334.3, within(6.7));
  }

  @Test
  void the_commune_report_prints_to_pdf_with_its_map() throws Exception {
    java.net.http.HttpResponse<byte[]> pdf =
        ReportPageTest.HTTP.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        org.phare.web.WebFixture.get()
                            .url("/territoire/commune/45234/rapport.pdf")))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF");
  }
}
