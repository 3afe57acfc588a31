package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.web.WebFixture;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Numbers;

class ReportPdfTest {

  @Test
  void the_pdf_holds_the_territory_name_and_its_identity_card() throws Exception {
    WebFixture fixture = WebFixture.get();
    HttpResponse<byte[]> response = getPdf(fixture);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/pdf");
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Path pdf = dir.resolve("centre-val-de-loire.pdf");
    Files.write(pdf, response.body());
    Process process =
        new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
            .redirectErrorStream(true)
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    IdentityCard card = fixture.data.referential().identityCard(TerritoryId.of(Level.REGION, "24"));
    Numbers fr = new Numbers(Lang.FR);
    assertThat(text).contains("Centre-Val de Loire");
    // pdftotext may render the narrow no-break space as a plain space: compare digits only
    assertThat(text.replace('\u202F', ' '))
        .contains(fr.integer(card.population()).replace('\u202F', ' '));
    assertThat(text.replace('\u202F', ' '))
        .contains(fr.integer(card.communes()).replace('\u202F', ' '));
    assertThat(text).contains("données simulées".toUpperCase(java.util.Locale.ROOT));
    assertThat(text).contains("5. Synthèse");
    // the bundled DejaVu Sans (jasperreports-fonts) is embedded, whatever fonts the machine has
    Process fonts = new ProcessBuilder("/usr/bin/pdffonts", pdf.toString()).start();
    String fontList = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(fonts.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(fontList).containsPattern("\\+DejaVuSans +CID TrueType .* yes +yes");
    assertThat(fontList).contains("+DejaVuSans-Bold");
    // the second request is served from the PDF cache: the same bytes
    HttpResponse<byte[]> again = getPdf(fixture);
    assertThat(again.body()).isEqualTo(response.body());
  }

  private static HttpResponse<byte[]> getPdf(WebFixture fixture) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(fixture.url("/territoire/region/24/rapport.pdf")))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void a_missing_font_resource_is_named_in_the_error() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ReportPdf.resource("/net/sf/jasperreports/fonts/dejavu/Missing.ttf"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Missing.ttf")
        .hasMessageContaining("jasperreports-fonts");
  }
}
