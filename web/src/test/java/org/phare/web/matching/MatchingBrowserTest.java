package org.phare.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phare.web.Accessibility;
import org.phare.web.Browsers;
import org.phare.web.account.AccountRoutes;
import org.phare.web.ecosystem.WebFixture;

/**
 * The speed-dating pages in a real browser (Debian chromium through Playwright): an editor finds
 * the events from the navigation, creates one through the form (a refusal first), lands on the
 * schedule with its quality, re-plans after an absence through the schedule page's form, then ticks
 * a wish in the wishes form (which posts with the CSRF token in its action). Screenshots in
 * target/screenshots/matching-*.png.
 */
class MatchingBrowserTest {

  final WebFixture web = WebFixture.get();

  @Test
  void an_editor_creates_and_replans_an_event_through_the_forms_then_records_a_wish() {
    web.reset();
    web.jdbi.useHandle(h -> h.execute("TRUNCATE match_event CASCADE"));
    WebFixture.Client editor = web.login("loiret1");
    long c =
        MatchingApiTest.organisation(editor, "Garage Loire", "COMPANY", "45234", "g@example.org");
    long a =
        MatchingApiTest.organisation(
            editor, "Insertion Olivet", "ASSOCIATION", "45232", "i@example.org");
    long c2 =
        MatchingApiTest.organisation(
            editor, "Imprimerie Orléans", "COMPANY", "45234", "p@example.org");
    long a2 =
        MatchingApiTest.organisation(
            editor, "Resto du cœur Olivet", "ASSOCIATION", "45232", "r@example.org");
    try (Browsers browsers = Browsers.launch()) {
      Page page = browsers.page(1000);
      BrowserContext context = page.context();
      String session = editor.cookie().substring(editor.cookie().indexOf('=') + 1);
      context.addCookies(List.of(new Cookie(AccountRoutes.COOKIE, session).setUrl(web.base)));
      // The test server serves no static files: give the browser the site's style sheet, so that
      // the screenshots show the pages as users see them.
      context.route(
          "**/static/phare.css",
          route ->
              route.fulfill(
                  new Route.FulfillOptions()
                      .setContentType("text/css; charset=utf-8")
                      .setBodyBytes(resource("/static/phare.css"))));
      page.navigate(web.base + "/organisations");
      page.locator("header nav a", new Page.LocatorOptions().setHasText("Speed-datings")).click();
      page.locator("#new-event").click();
      page.waitForSelector("form.form #title");

      // First without participants: the refusal is shown next to the field, input kept.
      page.fill("#title", "Rencontres du Loiret");
      page.fill("#date", "2026-12-03");
      page.fill("#start", "14:00");
      page.fill("#rounds", "3");
      page.fill("#tables", "2");
      page.locator("#save").click();
      assertThat(page.locator("#error-organisations").textContent())
          .isEqualTo("Choisissez les participants : au moins une entreprise et une association.");
      assertThat(page.locator("#title").inputValue()).isEqualTo("Rencontres du Loiret");
      shot(page, "matching-event-form-error");

      page.selectOption(
          "#organisations",
          new String[] {Long.toString(c), Long.toString(c2), Long.toString(a), Long.toString(a2)});
      page.locator("#save").click();
      assertThat(page.locator("[role=status]").textContent())
          .isEqualTo("Speed-dating créé : le planning est calculé.");
      assertThat(page.locator("h1").textContent()).isEqualTo("Rencontres du Loiret");
      assertThat(page.locator("#quality").textContent()).startsWith("Plan optimal");
      // the sheets give the clock time of each round (3 rounds of 8 minutes from 14:00)
      assertThat(page.locator("main").textContent())
          .contains("3 décembre 2026 à 14\u00a0h\u00a000", "14\u00a0h\u00a016");
      assertThat(page.content()).contains("Planning par participant");
      String url = page.url();
      long id = Long.parseLong(url.replaceAll(".*/speed-dating/(\\d+).*", "$1"));
      String firstRound = round(page, 1);
      shot(page, "matching-schedule");
      page.locator("#replan summary").click();
      page.locator("#replan")
          .screenshot(
              new com.microsoft.playwright.Locator.ScreenshotOptions()
                  .setPath(Browsers.SHOTS.resolve("matching-replan-form.png")));
      page.locator("#replan summary").click();

      // Re-plan after round 1: the second association leaves.
      page.locator("#replan summary").click();
      page.fill("#roundsPlayed", "1");
      page.locator("input[name=absent][value='" + a2 + "']").check();
      page.locator("#replan-submit").click();
      assertThat(page.locator("[role=status]").textContent())
          .isEqualTo("Planning recalculé : les manches jouées sont inchangées.");
      assertThat(round(page, 1)).isEqualTo(firstRound);
      assertThat(page.locator("#quality").textContent()).contains("Manches jouées : 1.");
      assertThat(page.locator("input[name=arrived][value='" + a2 + "']").count()).isEqualTo(1);
      shot(page, "matching-replanned");

      page.navigate(web.base + "/mise-en-relation/speed-datings?territoire=departement:45");
      assertThat(page.locator("#events").textContent())
          .contains("Rencontres du Loiret", "3 décembre 2026", "3 × 8 min (jouées : 1)");
      shot(page, "matching-events");
      page.navigate(
          web.base + "/mise-en-relation/speed-datings/nouveau?territoire=departement:45&lang=en");
      assertThat(page.locator("h1").textContent()).isEqualTo("New speed-dating");
      shot(page, "matching-event-form-en");

      page.navigate(
          web.base + "/mise-en-relation/speed-dating/" + id + "/souhaits?participant=" + c);
      page.locator("input[name=to][value='" + a + "']").check();
      page.locator("main button[type=submit]").click();
      assertThat(page.locator("[role=status]").textContent()).isEqualTo("Souhaits enregistrés.");
    }
  }

  /** The rows of round {@code n} in every table sheet, as text. */
  static String round(Page page, int n) {
    StringBuilder text = new StringBuilder();
    for (var row : page.locator("section.sheet tbody tr").all()) {
      String first = row.locator("td").first().textContent();
      if (first.equals(Integer.toString(n))) {
        text.append(row.textContent()).append('\n');
      }
    }
    return text.toString();
  }

  static byte[] resource(String path) {
    try (var in = MatchingBrowserTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void shot(Page page, String name) {
    Browsers.shot(page, name);
    // every speed-dating page the organiser goes through meets WCAG 2.1 AA as far as axe can tell
    Accessibility.assertNoViolations(page);
  }
}
