package org.phare.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phare.web.account.AccountRoutes;
import org.phare.web.ecosystem.WebFixture;

/**
 * The schedule and wishes pages in a real browser (Debian chromium through Playwright): an editor
 * ticks a wish in the server-rendered form, which posts with the CSRF token in its action.
 * Screenshot: target/screenshots/matching-schedule.png.
 */
class MatchingBrowserTest {

  final WebFixture web = WebFixture.get();

  @Test
  void an_editor_records_a_wish_through_the_form_and_the_schedule_prints() {
    web.reset();
    web.jdbi.useHandle(h -> h.execute("TRUNCATE match_event CASCADE"));
    WebFixture.Client editor = web.login("loiret1");
    long c =
        MatchingApiTest.organisation(editor, "Garage Loire", "COMPANY", "45234", "g@example.org");
    long a =
        MatchingApiTest.organisation(
            editor, "Insertion Olivet", "ASSOCIATION", "45232", "i@example.org");
    long id =
        WebFixture.parse(
                editor
                    .post(
                        "/api/speed-datings",
                        Map.of(
                            "title",
                            "Rencontres du Loiret",
                            "territory",
                            "DEPARTEMENT:45",
                            "date",
                            "2026-12-03",
                            "rounds",
                            2,
                            "tables",
                            1,
                            "organisations",
                            List.of(c, a)))
                    .body())
            .path("id")
            .asLong();
    try (Playwright playwright = Playwright.create();
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setArgs(List.of("--no-sandbox", "--disable-gpu")))) {
      BrowserContext context =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900));
      String session = editor.cookie().substring(editor.cookie().indexOf('=') + 1);
      context.addCookies(List.of(new Cookie(AccountRoutes.COOKIE, session).setUrl(web.base)));
      Page page = context.newPage();
      page.navigate(web.base + "/mise-en-relation/speed-dating/" + id);
      assertThat(page.locator("h1").textContent()).isEqualTo("Rencontres du Loiret");
      assertThat(page.content()).contains("Planning par participant", "Pause");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Paths.get("target/screenshots/matching-schedule.png"))
              .setFullPage(true));

      page.navigate(
          web.base + "/mise-en-relation/speed-dating/" + id + "/souhaits?participant=" + c);
      page.locator("input[name=to][value='" + a + "']").check();
      page.locator("main button[type=submit]").click();
      assertThat(page.locator("[role=status]").textContent()).isEqualTo("Souhaits enregistrés.");
    }
  }
}
