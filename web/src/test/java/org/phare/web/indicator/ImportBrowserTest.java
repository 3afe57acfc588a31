package org.phare.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.store.Progress;
import org.phare.store.indicator.ReadOptions;
import org.phare.web.Accessibility;
import org.phare.web.Browsers;
import org.phare.web.WebFixture;

/**
 * The import through the form in a real browser (Debian chromium driven by Playwright), at desktop
 * width and at 390 px: sign in as an editor, upload a real file with one value changed, read the
 * preview, confirm, follow the link to the report; a refused file shows its error table.
 * Screenshots: target/screenshots/import-*.png. The real file is imported back at the end.
 */
class ImportBrowserTest {

  static WebFixture web;
  static Browsers browsers;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    web = WebFixture.get();
    web.resetEcosystem();
    browsers = Browsers.launch();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browsers != null) {
      browsers.close();
    }
    web.services
        .indicatorImports()
        .importFile(ImportPagesTest.IMMIGRATION, "immigration", ReadOptions.auto(), Progress.NONE);
  }

  static Page signIn(String login, int width) {
    return browsers.signIn(web.url(""), login, WebFixture.PASSWORD, width, "/donnees/importer");
  }

  static void shot(Page page, String name) {
    Browsers.shot(page, "import-" + name);
  }

  void uploadPreviewConfirm(int width, String share, String suffix) throws Exception {
    Page page = signIn("loiret1", width);
    List<String> consoleErrors = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            consoleErrors.add(m.text());
          }
        });
    assertThat(page.locator("h1").innerText()).isEqualTo("Importer des données");
    shot(page, "1-form-" + suffix);
    Accessibility.assertNoViolations(page);

    Path file = dir.resolve("immigres-" + suffix + ".csv");
    Files.write(file, ImportPagesTest.loiretChanged(share));
    page.setInputFiles("#fichier", file);
    page.click("form.form button[type=submit]");
    page.waitForSelector("#import-summary");
    assertThat(page.locator("#import-format").innerText()).isEqualTo("immigration");
    assertThat(page.locator("#import-updated").innerText()).isEqualTo("1");
    assertThat(page.locator("#import-unchanged").innerText()).isEqualTo("100");
    shot(page, "2-preview-" + suffix);
    Accessibility.assertNoViolations(page);

    page.click("#import-confirm");
    page.waitForSelector("#import-done");
    assertThat(page.locator("#import-done").innerText()).contains("1 modifiées");
    shot(page, "3-done-" + suffix);
    Accessibility.assertNoViolations(page);

    // the summary links the reports of the file's first territories, in file order: Ain first
    page.locator("#import-reports a:has-text('département 01')").first().click();
    // the first report after a reload recomputes the diagnostics: slow on a loaded machine
    page.waitForSelector("#territory-name", new Page.WaitForSelectorOptions().setTimeout(180_000));
    assertThat(page.locator("#territory-name").innerText()).isEqualTo("Ain");
    assertThat(ImportPagesTest.loiretCsvLine()).containsAnyOf(share, share.replace('.', ','));
    assertThat(consoleErrors).as("browser console errors (CSP violations...)").isEmpty();
    page.context().close();
  }

  @Test
  void an_editor_imports_through_the_form_and_sees_the_report_at_desktop_and_phone_width()
      throws Exception {
    uploadPreviewConfirm(1280, "12.5", "desktop");
    uploadPreviewConfirm(390, "13.5", "390");
  }

  @Test
  void a_refused_file_shows_its_errors_in_a_table() throws Exception {
    Page page = signIn("loiret1", 390);
    Path file = dir.resolve("erreurs.csv");
    Files.writeString(
        file,
        "indicator;level;code;vintage;value\n"
            + "chomage-taux;departement;45;1903-T1;sept\n"
            + "pauvrete-taux;commune;97501;1903;10\n",
        StandardCharsets.UTF_8);
    page.setInputFiles("#fichier", file);
    page.click("form.form button[type=submit]");
    page.waitForSelector("#import-errors");
    assertThat(page.locator("#import-errors tbody tr").count()).isEqualTo(2);
    assertThat(page.locator("#import-message").innerText()).contains("2 erreurs");
    shot(page, "4-errors-390");
    Accessibility.assertNoViolations(page);
    page.context().close();
  }
}
