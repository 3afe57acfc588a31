package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A report with a domain under the minimum of indicators and with chosen peers, in a real browser
 * at desktop width and at 390 px: "données insuffisantes", the radar's gap, the peers' form.
 * Screenshots go to target/screenshots (scores-*.png).
 */
class ScoresBrowserTest {

  @BeforeAll
  static void start() throws Exception {
    BrowserTest.start();
  }

  @AfterAll
  static void stop() {
    BrowserTest.stop();
  }

  @Test
  void mayotte_report_shows_insufficient_data_and_a_broken_radar_outline() {
    for (int width : new int[] {1280, 390}) {
      Page page = BrowserTest.browsers.page(width);
      page.navigate(BrowserTest.fixture.url("/territoire/region/06"));
      assertThat(page.locator("[data-domain=EMPLOYMENT]").innerText())
          .isEqualTo("données insuffisantes");
      assertThat(page.locator("svg:has(#radar-title) .radar-label.no-data").count()).isPositive();
      page.locator("svg:has(#radar-title)").scrollIntoViewIfNeeded();
      page.locator("svg:has(#radar-title)")
          .screenshot(
              new com.microsoft.playwright.Locator.ScreenshotOptions()
                  .setPath(BrowserTest.SHOTS.resolve("scores-radar-" + width + ".png")));
      BrowserTest.axe(page, "scores-mayotte-" + width);
      page.close();
    }
  }

  @Test
  void chosen_peers_are_typed_in_a_form_and_kept_in_the_url() {
    Page page = BrowserTest.browsers.page(390);
    page.navigate(BrowserTest.fixture.url("/territoire/departement/45"));
    page.locator("#pairs").fill("18, 41");
    page.locator(".peers-form button").click();
    page.waitForURL("**pairs=18%2C+41**");
    assertThat(page.locator("#peers").innerText())
        .isEqualTo("Territoires pairs choisis : Cher (18), Loir-et-Cher (41).");
    page.locator("#peers").scrollIntoViewIfNeeded();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SHOTS.resolve("scores-peers-390.png")));
    BrowserTest.axe(page, "scores-peers-390");
    page.close();
  }

  static Path shots() {
    return BrowserTest.SHOTS;
  }
}
