package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ecosystem in a real browser (Debian chromium driven by Playwright): sessions travel in the
 * HttpOnly cookie, changes carry the CSRF token, the network page lays the graph out with
 * Cytoscape.js. Until the JTE pages with forms exist, the user's actions are the page's own fetch()
 * calls. Screenshot: target/screenshots/ecosystem-network.png.
 */
class EcosystemBrowserTest {

  static final WebFixture WEB = WebFixture.get();
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() {
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
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

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  /** Signs in from the page and keeps the CSRF token in window.csrf. */
  static Page signedIn(String login) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 800));
    Page page = context.newPage();
    page.navigate(WEB.base + "/ecosystem/network?territory=departement:45");
    Object status =
        page.evaluate(
            "async ([login, password]) => {"
                + " const r = await fetch('/api/login', {method: 'POST', headers: {'Content-Type':"
                + " 'application/json'}, body: JSON.stringify({login, password})});"
                + " window.csrf = (await r.json()).csrfToken; return r.status; }",
            List.of(login, WebFixture.PASSWORD));
    assertThat(status).isEqualTo(200);
    // The session cookie is HttpOnly: scripts cannot read it.
    assertThat(page.evaluate("document.cookie")).isEqualTo("");
    return page;
  }

  static Map<?, ?> send(Page page, String method, String path, Object body) {
    return (Map<?, ?>)
        page.evaluate(
            "async ([method, path, body]) => {"
                + " const r = await fetch(path, {method, headers: {'Content-Type': 'application/json',"
                + " 'X-CSRF-Token': window.csrf}, body: body === null ? undefined : body});"
                + " return {status: r.status, body: await r.json()}; }",
            java.util.Arrays.asList(method, path, WebFixture.json(body)));
  }

  static long id(Map<?, ?> response) {
    return ((Number) ((Map<?, ?>) response.get("body")).get("id")).longValue();
  }

  @Test
  void an_editor_builds_a_partnership_and_sees_it_in_the_network_and_the_report() throws Exception {
    Page editor = signedIn("loiret1");
    long coop =
        id(
            send(
                editor,
                "POST",
                "/api/organisations",
                EcosystemApiTest.company("Coop du Val", "45234")));
    long asso =
        id(
            send(
                editor,
                "POST",
                "/api/organisations",
                EcosystemApiTest.association("Entraide <b>Olivet</b>", "45232")));
    long town =
        id(
            send(
                editor,
                "POST",
                "/api/organisations",
                Map.of("name", "Ville d'Orléans", "type", "LOCAL_AUTHORITY", "commune", "45234")));
    Map<?, ?> partnership =
        send(
            editor,
            "POST",
            "/api/partnerships",
            Map.of(
                "title",
                "Insertion",
                "members",
                List.of(coop, asso, town),
                "category",
                "SOCIETAL_INNOVATION",
                "modality",
                "SEEDING_RND",
                "territory",
                "departement:45",
                "innovationStage",
                "EXPERIMENTATION"));
    assertThat(partnership.get("status")).isEqualTo(201);

    editor.reload();
    // A predicate string would be eval'd in the page, which the CSP forbids: poll from Java.
    editor.waitForCondition(() -> editor.textContent("#metrics").contains("organisations"));
    String metrics = editor.textContent("#metrics");
    assertThat(metrics).contains("3 organisations, 3 liens").contains("densité 100 %");
    assertThat(editor.locator("#graph canvas").count()).isPositive();
    Path shots = Paths.get("target", "screenshots");
    Files.createDirectories(shots);
    editor.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("ecosystem-network.png")));

    Map<?, ?> report = send(editor, "GET", "/api/territories/departement:45/ecosystem", null);
    Map<?, ?> body = (Map<?, ?>) report.get("body");
    assertThat(body.get("organisations")).isEqualTo(3);
    assertThat(((Map<?, ?>) body.get("partnershipsByCategory")).get("SOCIETAL_INNOVATION"))
        .isEqualTo(1);
  }

  @Test
  void a_viewer_cannot_edit_and_a_second_editors_concurrent_change_is_refused() {
    Page first = signedIn("loiret1");
    long id =
        id(
            send(
                first,
                "POST",
                "/api/organisations",
                EcosystemApiTest.association("Banque alimentaire", "45234")));
    Page viewer = signedIn("lecteur");
    Map<?, ?> refused =
        send(
            viewer,
            "PUT",
            "/api/organisations/" + id,
            Map.of("name", "Piratée", "type", "ASSOCIATION", "commune", "45234", "version", 1));
    assertThat(refused.get("status")).isEqualTo(403);

    Page second = signedIn("loiret2");
    assertThat(
            send(
                    first,
                    "PUT",
                    "/api/organisations/" + id,
                    Map.of(
                        "name",
                        "Banque alimentaire du Loiret",
                        "type",
                        "ASSOCIATION",
                        "commune",
                        "45234",
                        "version",
                        1))
                .get("status"))
        .isEqualTo(200);
    Map<?, ?> stale =
        send(
            second,
            "PUT",
            "/api/organisations/" + id,
            Map.of(
                "name",
                "Banque alimentaire d'Orléans",
                "type",
                "ASSOCIATION",
                "commune",
                "45234",
                "version",
                1));
    assertThat(stale.get("status")).isEqualTo(409);
    Map<?, ?> body = (Map<?, ?>) stale.get("body");
    assertThat((String) body.get("message")).contains("modifié(e) par quelqu'un d'autre");
    assertThat(((Map<?, ?>) body.get("yours")).get("name"))
        .isEqualTo("Banque alimentaire d'Orléans");
    assertThat(((Map<?, ?>) body.get("current")).get("name"))
        .isEqualTo("Banque alimentaire du Loiret");
  }
}
