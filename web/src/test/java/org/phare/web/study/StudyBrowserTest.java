package org.phare.web.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Domain;
import org.phare.web.Accessibility;
import org.phare.web.Browsers;
import org.phare.web.ecosystem.WebFixture;

/**
 * A study in a real browser (Debian chromium through Playwright): an editor of the Loiret creates
 * it through the form and publishes it; two citizens (one on a 390 px wide phone, who is first
 * refused) and a company answer through the public links; the organiser's follow-up counts them.
 * axe (WCAG 2.1 AA) on every page; screenshots in target/screenshots/study-*.png.
 */
class StudyBrowserTest {

  final WebFixture web = WebFixture.get();

  @Test
  void an_organiser_publishes_a_study_three_respondents_answer_and_the_follow_up_counts_them() {
    web.reset();
    web.jdbi.useHandle(h -> h.execute("TRUNCATE study, study_rate RESTART IDENTITY CASCADE"));
    try (Browsers browsers = Browsers.launch()) {
      Page page =
          styled(browsers.signIn(web.base, "loiret1", WebFixture.PASSWORD, 1100, "/organisations"));
      page.navigate(web.base + "/organisations");
      page.locator("header nav a", new Page.LocatorOptions().setHasText("Études")).click();
      page.waitForSelector("#new-study");
      assertThat(page.locator("h1").textContent()).contains("Études territoriales", "Loiret");
      Accessibility.assertNoViolations(page);
      page.locator("#new-study").click();
      page.waitForSelector("#title");
      Accessibility.assertNoViolations(page);
      page.fill("#title", "Regards croisés sur le Loiret");
      // the four actor types surveyed; citizens and a company answer
      page.fill("#opens", "2026-01-01");
      page.fill("#closes", "2099-06-30");
      page.fill("#organiser", "Conseil départemental du Loiret, mission partenariats");
      page.fill(
          "#privacy",
          "Vos réponses sont anonymes. Elles servent uniquement au diagnostic territorial"
              + " et sont conservées deux ans.");
      page.locator("#save").click();
      assertThat(page.locator("[role=status]").textContent())
          .isEqualTo("Étude créée en brouillon. Publiez-la pour obtenir ses liens.");
      page.locator("#publish").click();
      assertThat(page.locator("#status").textContent()).isEqualTo("publiée");
      String citizens = page.locator("#link-citizens").getAttribute("href");
      String companies = page.locator("#link-companies").getAttribute("href");
      Accessibility.assertNoViolations(page);
      shot(page, "study-organiser-published");

      // Citizen 1, desktop.
      Page c1 = styled(browsers.page(1100));
      c1.navigate(citizens);
      assertThat(c1.locator("h1").textContent()).isEqualTo("Regards croisés sur le Loiret");
      assertThat(c1.locator(".privacy").textContent())
          .contains("Conseil départemental du Loiret, mission partenariats", "conservées deux ans");
      Accessibility.assertNoViolations(c1);
      shot(c1, "study-form-desktop");
      answerAsCitizen(c1, "Orléans (45234)", "FEMALE");
      c1.locator("#submit").click();
      assertThat(c1.locator("h1").textContent()).isEqualTo("Merci, votre réponse est enregistrée");
      Accessibility.assertNoViolations(c1);
      shot(c1, "study-thanks");

      // Citizen 2 on a phone: first sends only two priorities, is refused, corrects.
      Page c2 = styled(browsers.page(Browsers.PHONE));
      c2.navigate(citizens);
      answerAsCitizen(c2, "Olivet (45232)", "MALE");
      c2.selectOption("#q-priorities-3", "");
      c2.locator("#submit").click();
      assertThat(c2.locator("#error-q-priorities").textContent())
          .isEqualTo(
              "« Les 3 domaines sur lesquels il faut agir en priorité sur votre territoire, du plus"
                  + " au moins prioritaire » : choisissez exactement 3 domaines différents (2"
                  + " choisis).");
      assertThat(c2.locator("#q-commune").inputValue()).isEqualTo("45232");
      Accessibility.assertNoViolations(c2);
      shot(c2, "study-form-390-refused");
      c2.selectOption("#q-priorities-3", "DIGITAL");
      c2.locator("#submit").click();
      assertThat(c2.locator("h1").textContent()).isEqualTo("Merci, votre réponse est enregistrée");
      shot(c2, "study-thanks-390");

      // A company, desktop, with a keyboard-only save first.
      Page co = styled(browsers.page(1100));
      co.navigate(companies);
      co.fill("#q-commune", "Orléans (45234)");
      co.check("input[name=company_size][value=S10_49]");
      co.locator("#save").focus();
      co.keyboard().press("Enter");
      assertThat(co.locator("#saved").textContent()).contains("Vos réponses sont enregistrées.");
      co.check("input[name=company_sector][value=SERVICES]");
      rate(co);
      co.selectOption("#q-priorities-1", "EMPLOYMENT");
      co.selectOption("#q-priorities-2", "ECONOMIC_DEVELOPMENT");
      co.selectOption("#q-priorities-3", "MOBILITY");
      co.check("input[name=practice][value=YES]");
      co.check("input[name=categories][value=MECENAT]");
      co.check("input[name=innovation][value=STRONGLY_AGREE]");
      co.locator("#submit").click();
      assertThat(co.locator("h1").textContent()).isEqualTo("Merci, votre réponse est enregistrée");

      page.reload();
      String table = page.locator("#follow-up tbody").textContent();
      assertThat(table)
          .contains("Citoyens22100\u202F%")
          .contains("Entreprises11100\u202F%")
          .contains("base < 30 : non publiée");
      assertThat(page.locator("#by-commune").textContent())
          .contains(
              "CitoyensOrléans (45234)1", "CitoyensOlivet (45232)1", "EntreprisesOrléans (45234)1");
      Accessibility.assertNoViolations(page);
      shot(page, "study-follow-up");
      Page phone =
          styled(
              browsers.signIn(web.base, "loiret1", WebFixture.PASSWORD, Browsers.PHONE, "/etudes"));
      phone.navigate(page.url());
      shot(phone, "study-follow-up-390");

      // Closed, the study's figures replace the simulated ones in the Loiret's report.
      page.locator("#close").click();
      assertThat(page.locator("#status").textContent()).isEqualTo("close");
      assertThat(page.locator("#weighting tbody").textContent())
          .contains("Citoyens2")
          .contains("Redressement impossible")
          .contains("Entreprises1")
          .contains("non redressé : chaque répondant compte pour un");
      Accessibility.assertNoViolations(page);
      shot(page, "study-closed-weighting");
      page.navigate(web.base + "/territoire/departement/45");
      String report = page.content();
      String label =
          "étude « Regards croisés sur le Loiret », 01/01/2026 – 30/06/2099, non redressée";
      assertThat(report)
          .contains(
              "Résultats de l’étude menée dans le Loiret — "
                  + label
                  + " : citoyens n = 2, entreprises n = 1, associations n = 0, maires n = 0 ;"
                  + " 3 répondants au total.")
          // chart titles: each actor's figures with their own n
          .contains(label + " — base : n = 2")
          .contains(label + " — base : n = 1")
          .contains("base &lt; 30")
          .doesNotContain("données simulées")
          .doesNotContain("DONNÉES SIMULÉES");
      assertThat(page.locator(".badge.simulated").count()).isZero();
      Accessibility.assertNoViolations(page);
      shot(page, "study-report-loiret");
      Page report390 = styled(browsers.page(Browsers.PHONE));
      report390.navigate(web.base + "/territoire/departement/45");
      Accessibility.assertNoViolations(report390);
      shot(report390, "study-report-loiret-390");
      // the CSV of the report carries the study's figures, not simulated ("non")
      // (French spreadsheet format: BOM, ';'; read by column name)
      java.util.List<String> lines =
          report390
              .request()
              .get(web.base + "/territoire/departement/45/donnees.csv")
              .text()
              .replace("\uFEFF", "")
              .lines()
              .toList();
      java.util.List<String> header = java.util.List.of(lines.get(0).split(";", -1));
      java.util.List<java.util.Map<String, String>> health =
          lines.stream()
              .skip(1)
              .map(l -> l.split(";", -1))
              .map(
                  cells -> {
                    java.util.Map<String, String> row = new java.util.HashMap<>();
                    for (int i = 0; i < header.size() && i < cells.length; i++) {
                      row.put(header.get(i), cells[i]);
                    }
                    return row;
                  })
              .filter(
                  r ->
                      "perception".equals(r.get("section"))
                          && "citizens".equals(r.get("acteur_code"))
                          && "HEALTH".equals(r.get("domaine_code"))
                          && "note-moyenne".equals(r.get("indicateur_code")))
              .toList();
      assertThat(health).hasSize(1);
      assertThat(health.get(0))
          .containsEntry("niveau", "département")
          .containsEntry("code", "45")
          .containsEntry("millesime", "01/01/2026 – 30/06/2099")
          .containsEntry("source", "Regards croisés sur le Loiret (non redressée)")
          .containsEntry("n", "2")
          // n = 2 is under the small-base rule: no value printed
          .containsEntry("valeur", "")
          .containsEntry("donnees_simulees", "non");
      // a commune of the Loiret reads its département's study
      page.navigate(web.base + "/territoire/commune/45234");
      assertThat(page.content())
          .contains("Résultats de l’étude menée dans le Loiret (qui contient Orléans)");
      // the actor dashboard offers the study's territory
      page.navigate(web.base + "/acteurs?acteur=citizens&region=departement:45");
      // (its map of the regions stays simulated, and says so)
      assertThat(page.content()).contains(label + " — base : n = 2");
      Accessibility.assertNoViolations(page);
      shot(page, "study-actors-loiret");
      // another département keeps the simulated data, and says so
      page.navigate(web.base + "/territoire/departement/18");
      assertThat(page.content()).contains("données simulées").doesNotContain("Regards croisés");
    }
  }

  static void answerAsCitizen(Page p, String commune, String sex) {
    p.check("input[name=sex][value=" + sex + "]");
    p.check("input[name=age][value=A35_49]");
    p.fill("#q-commune", commune);
    rate(p);
    p.selectOption("#q-priorities-1", "HOUSING");
    p.selectOption("#q-priorities-2", "HEALTH");
    p.selectOption("#q-priorities-3", "EMPLOYMENT");
    p.check("input[name=innovation][value=AGREE]");
  }

  static void rate(Page p) {
    for (Domain d : Domain.values()) {
      p.check("input[name='fragility." + d.name() + "'][value='" + (d.ordinal() % 10 + 1) + "']");
    }
  }

  /** The test server serves the site's style sheet from the class path: given to the page. */
  static Page styled(Page page) {
    page.context()
        .route(
            "**/static/phare.css",
            route ->
                route.fulfill(
                    new Route.FulfillOptions()
                        .setContentType("text/css; charset=utf-8")
                        .setBodyBytes(resource("/static/phare.css"))));
    return page;
  }

  static byte[] resource(String path) {
    try (var in = StudyBrowserTest.class.getResourceAsStream(path)) {
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
  }
}
