package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: at 390 px the report's identity card fits the screen (no horizontal scroll), for a
 * département (Loiret) and a commune (Orléans). Screenshots: target/screenshots/identity-*.png.
 */
class IdentityBrowserTest {

  @BeforeAll
  static void start() {
    BrowserTest.start();
  }

  @AfterAll
  static void stop() {
    BrowserTest.stop();
  }

  @Test
  void the_identity_card_fits_390_px_on_the_loiret_and_orleans_reports() {
    for (String path : new String[] {"/territoire/departement/45", "/territoire/commune/45234"}) {
      Page page = BrowserTest.browsers.page(Browsers.PHONE);
      page.navigate(BrowserTest.fixture.url(path));
      page.locator("#identity").scrollIntoViewIfNeeded();
      String name = path.substring(path.lastIndexOf('/') + 1);
      Browsers.shot(page, "identity-" + name + "-390");
      Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
      assertThat(fits).as(path + " fits 390 px").isEqualTo(true);
      BrowserTest.axe(page, "identity-" + name + "-390");
      page.close();
    }
  }
}
