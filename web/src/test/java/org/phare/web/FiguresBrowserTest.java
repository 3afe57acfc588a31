package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's figures in a real browser, at desktop width and on a 390 px phone: every chart and
 * map shows its title, its key and its caption; "Voir les données" opens a captioned table; the
 * territories of a map are reached with the keyboard through that table's links while a mouse click
 * on the map still opens a territory's report; axe-core finds no violation (no nested-interactive:
 * no link inside a role="img"). Screenshots: target/screenshots/figures-*.png, and the PDF's pages
 * as PNG (pdftoppm).
 */
class FiguresBrowserTest {

  @BeforeAll
  static void start() throws Exception {
    BrowserTest.start();
  }

  @AfterAll
  static void stop() {
    BrowserTest.stop();
  }

  @Test
  void the_loiret_reports_figures_read_and_work_at_desktop_and_phone_width() {
    for (int width : new int[] {1280, Browsers.PHONE}) {
      Page page = BrowserTest.browsers.page(width);
      List<String> console = Browsers.consoleErrors(page);
      page.navigate(BrowserTest.fixture.url("/territoire/departement/45"));
      Locator figures = page.locator("figure.chart-figure");
      assertThat(figures.count()).isEqualTo(13);
      for (Locator figure : figures.all()) {
        figure.scrollIntoViewIfNeeded();
        assertThat(figure.locator(".figure-title").isVisible()).isTrue();
        assertThat(figure.locator(".figure-title").innerText()).endsWith("?");
        assertThat(figure.locator(".figure-reading").isVisible()).isTrue();
        // no link inside a picture: a chart with links is a group, the others are images
        assertThat(figure.locator("svg.chart[role=img] a").count()).isZero();
      }
      // every figure fits the page's width (its table scrolls inside its own box)
      for (Locator figure : figures.all()) {
        assertThat(figure.boundingBox().x + figure.boundingBox().width)
            .as("right edge of a figure at %d px", width)
            .isLessThanOrEqualTo(width);
      }
      Locator domainScores = page.locator("#figure-domain-scores");
      domainScores.scrollIntoViewIfNeeded();
      domainScores.locator("summary").click();
      assertThat(domainScores.locator("table caption").innerText())
          .isEqualTo("Loiret : quels domaines sont les plus fragiles ?");
      assertThat(domainScores.locator("tbody tr").count()).isEqualTo(16);
      domainScores.screenshot(
          new Locator.ScreenshotOptions()
              .setPath(BrowserTest.SHOTS.resolve("figures-domain-scores-" + width + ".png")));
      // the keyboard's way to the map's territories: the data table's links
      Locator locator = page.locator("#figure-locator");
      locator.locator("summary").focus();
      page.keyboard().press("Enter");
      page.keyboard().press("Tab");
      String focused = (String) page.evaluate("() => document.activeElement.getAttribute('href')");
      assertThat(focused).startsWith("/territoire/departement/");
      page.locator("#figure-perception-citizens").scrollIntoViewIfNeeded();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(BrowserTest.SHOTS.resolve("figures-perception-" + width + ".png")));
      BrowserTest.axe(page, "figures-report-" + width);
      // a mouse click on a territory of the locator map still opens its report
      page.locator("#figure-locator svg a").first().click();
      page.waitForURL(url -> url.contains("/territoire/departement/") && !url.contains("/45?"));
      assertThat(console).isEmpty();
      page.close();
    }
  }

  @Test
  void the_dashboard_and_the_actor_page_show_their_maps_as_figures_without_violations() {
    for (int width : new int[] {1280, Browsers.PHONE}) {
      Page page = BrowserTest.browsers.page(width);
      page.navigate(BrowserTest.fixture.url("/?domaine=EMPLOYMENT&niveau=departement"));
      assertThat(page.locator("#figure-map .figure-title").innerText())
          .isEqualTo(
              "France : où sont les départements les plus fragiles pour « Emploi, chômage,"
                  + " insertion » ?");
      assertThat(page.locator("#figure-map details tbody tr").count()).isEqualTo(101);
      Browsers.shot(page, "figures-dashboard-" + width);
      BrowserTest.axe(page, "figures-dashboard-" + width);
      page.navigate(BrowserTest.fixture.url("/acteurs?acteur=mayors&region=24"));
      assertThat(page.locator("figure.chart-figure").count()).isEqualTo(6);
      BrowserTest.axe(page, "figures-actors-" + width);
      page.close();
    }
  }

  @Test
  void the_pdf_keeps_each_figure_with_its_title_and_key() throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            BrowserTest.fixture.url("/territoire/departement/45/rapport.pdf")))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    Files.createDirectories(BrowserTest.SHOTS);
    Path pdf = BrowserTest.SHOTS.resolve("figures-loiret.pdf");
    Files.write(pdf, response.body());
    Process text =
        new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String content =
        new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(content)
        .contains("Loiret : quels domaines sont les plus fragiles ?")
        .contains("trait noir : la même mesure pour la France entière")
        // the data tables and downloads are for the screen
        .doesNotContain("Voir les données");
    Process pages =
        new ProcessBuilder(
                "pdftoppm",
                "-png",
                "-r",
                "60",
                pdf.toString(),
                BrowserTest.SHOTS.resolve("figures-pdf").toString())
            .redirectErrorStream(true)
            .start();
    pages.getInputStream().readAllBytes();
    assertThat(pages.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(pages.exitValue()).isZero();
  }
}
