package org.phare.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture;

/**
 * "Mon compte" in a real browser (Debian chromium driven by Playwright): a user signs in, opens the
 * account page from the signed-in name, is refused a weak password next to the field, then changes
 * it. Screenshots: target/screenshots/account-*.png. (No axe check: this tree has no shared
 * accessibility helper yet.)
 */
class AccountBrowserTest {

  static final Path SHOTS = Paths.get("target", "screenshots");
  static final WebFixture WEB = WebFixture.get();
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(SHOTS);
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--no-first-run")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @Test
  void a_user_changes_their_password_through_my_account_after_a_weak_one_is_refused() {
    WEB.reset();
    Page page =
        browser
            .newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("fr-FR"))
            .newPage();
    page.navigate(WEB.base + "/connexion");
    page.fill("#login", "lecteur");
    page.fill("#password", WebFixture.PASSWORD);
    page.click("form.form button[type=submit]");
    page.waitForURL(Pattern.compile(".*/organisations.*"));
    page.navigate(WEB.base + "/compte");
    assertThat(page.textContent("h1")).isEqualTo("Mon compte");

    page.fill("#current", WebFixture.PASSWORD);
    page.fill("#password", "password1234");
    page.fill("#confirmation", "password1234");
    page.click("#change-password");
    page.waitForSelector("#error-password");
    assertThat(page.textContent("#error-password"))
        .startsWith("Mot de passe trop facile à deviner : ");
    assertThat(page.getAttribute("#password", "aria-invalid")).isEqualTo("true");
    assertThat(page.getAttribute("#password", "aria-describedby")).contains("error-password");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve("account-weak.png")).setFullPage(true));

    page.fill("#current", WebFixture.PASSWORD);
    page.fill("#password", "lanterne brume quatorze");
    page.fill("#confirmation", "lanterne brume quatorze");
    page.click("#change-password");
    page.waitForSelector("#account-notice");
    assertThat(page.textContent("#account-notice"))
        .isEqualTo("Mot de passe changé. Vos autres sessions ont été fermées.");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SHOTS.resolve("account-changed.png"))
            .setFullPage(true));
    page.context().close();
  }
}
