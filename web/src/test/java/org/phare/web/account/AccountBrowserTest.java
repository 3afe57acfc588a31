package org.phare.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.web.Accessibility;
import org.phare.web.Browsers;
import org.phare.web.ecosystem.WebFixture;

/**
 * "Mon compte" in a real browser (Debian chromium driven by Playwright): a user signs in, opens the
 * account page from the signed-in name, is refused a weak password next to the field, then changes
 * it; an administrator manages accounts on {@code /comptes} at desktop width and on a 390 px phone.
 * Every page is checked with axe-core (WCAG 2.1 AA). Screenshots: target/screenshots/account-*.png.
 */
class AccountBrowserTest {

  static final WebFixture WEB = WebFixture.get();
  static Browsers browsers;

  @BeforeAll
  static void start() {
    browsers = Browsers.launch();
  }

  @AfterAll
  static void stop() {
    if (browsers != null) {
      browsers.close();
    }
  }

  /** A screenshot of the page, which must also meet WCAG 2.1 AA as far as axe-core can tell. */
  static void shot(Page page, String name) {
    Browsers.shot(page, name);
    Accessibility.assertNoViolations(page);
  }

  @Test
  void a_user_changes_their_password_through_my_account_after_a_weak_one_is_refused() {
    WEB.reset();
    Page page = browsers.signIn(WEB.base, "lecteur", WebFixture.PASSWORD, 1280, "/compte");
    assertThat(page.textContent("h1")).isEqualTo("Mon compte");
    Accessibility.assertNoViolations(page);

    page.fill("#current", WebFixture.PASSWORD);
    page.fill("#password", "password1234");
    page.fill("#confirmation", "password1234");
    page.click("#change-password");
    page.waitForSelector("#error-password");
    assertThat(page.textContent("#error-password"))
        .startsWith("Mot de passe trop facile à deviner : ");
    assertThat(page.getAttribute("#password", "aria-invalid")).isEqualTo("true");
    assertThat(page.getAttribute("#password", "aria-describedby")).contains("error-password");
    shot(page, "account-weak");

    page.fill("#current", WebFixture.PASSWORD);
    page.fill("#password", "lanterne brume quatorze");
    page.fill("#confirmation", "lanterne brume quatorze");
    page.click("#change-password");
    page.waitForSelector("#account-notice");
    assertThat(page.textContent("#account-notice"))
        .isEqualTo("Mot de passe changé. Vos autres sessions ont été fermées.");
    shot(page, "account-changed");
    page.context().close();
  }

  @Test
  void an_administrator_creates_an_account_hands_out_a_reset_link_and_deactivates_it() {
    WEB.reset();
    for (int width : new int[] {1280, 390}) {
      WEB.reset();
      String suffix = width == 390 ? "-390" : "";
      Page page = browsers.signIn(WEB.base, "admin", WebFixture.PASSWORD, width, "/compte");
      Accessibility.assertNoViolations(page);
      page.click("#admin-accounts a");
      page.waitForURL(Pattern.compile(".*/comptes$"));
      assertThat(page.textContent("h1")).isEqualTo("Comptes");
      assertThat(page.locator("#accounts tbody tr").count()).isEqualTo(5);
      shot(page, "account-admin-list" + suffix);

      // a weak password is refused next to its field
      page.fill("#login", "orleans");
      page.fill("#displayName", "Service Orléans");
      page.selectOption("#role", "EDITOR");
      page.fill("#territories", "departement:45");
      page.fill("#new-password", "password1234");
      page.fill("#confirmation", "password1234");
      page.click("#create");
      page.waitForSelector("#error-password");
      assertThat(page.textContent("#error-password"))
          .startsWith("Mot de passe trop facile à deviner : ");
      assertThat(page.inputValue("#login")).isEqualTo("orleans");
      shot(page, "account-admin-refused" + suffix);

      page.fill("#new-password", "lanterne brume quatorze");
      page.fill("#confirmation", "lanterne brume quatorze");
      page.click("#create");
      page.waitForSelector("#accounts-notice");
      assertThat(page.textContent("#accounts-notice")).isEqualTo("Compte « orleans » créé.");
      assertThat(page.locator("#accounts tbody tr").count()).isEqualTo(6);

      // the reset link, shown once with its expiry
      page.locator("tr:has(th:text-is('orleans')) button.reset").click();
      page.waitForSelector("#reset-link");
      assertThat(page.inputValue("#reset-link")).contains("/compte/reinitialiser?jeton=");
      assertThat(page.textContent("#reset-expiry")).startsWith("Valable jusqu’au ");
      shot(page, "account-admin-reset-link" + suffix);

      // deactivation
      page.locator("tr:has(th:text-is('orleans')) button.activation").click();
      page.waitForSelector("#accounts-notice");
      assertThat(page.textContent("#accounts-notice")).startsWith("Compte « orleans » désactivé");
      assertThat(page.textContent("tr:has(th:text-is('orleans')) td.state")).isEqualTo("désactivé");
      assertThat(page.textContent("tr:has(th:text-is('orleans')) button.activation"))
          .isEqualTo("Réactiver");
      shot(page, "account-admin-deactivated" + suffix);
      page.context().close();
    }
  }
}
