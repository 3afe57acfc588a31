package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.indicator.Domain;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.web.Accessibility;
import org.phare.web.Browsers;
import org.phare.web.WebFixture;

/**
 * The registry through its pages in a real browser (Debian chromium driven by Playwright), on the
 * full web application with the real open data: editors sign in and fill the forms, viewers only
 * read, concurrent edits are refused clearly, refused fields are shown next to the field. No API
 * call is made by the tests themselves. Screenshots: target/screenshots/forms-*.png.
 */
class EcosystemBrowserTest {

  static WebFixture web;
  static Browsers browsers;

  @BeforeAll
  static void start() {
    web = WebFixture.get();
    browsers = Browsers.launch();
  }

  @AfterAll
  static void stop() {
    if (browsers != null) {
      browsers.close();
    }
  }

  @BeforeEach
  void reset() {
    web.resetEcosystem();
  }

  static void shot(Page page, String name) {
    Browsers.shot(page, "forms-" + name);
    // every page the editor goes through meets WCAG 2.1 AA as far as axe-core can tell
    Accessibility.assertNoViolations(page);
  }

  /** A new browser (own cookies) signed in through the sign-in form. */
  static Page signIn(String login) {
    Page page = browsers.signIn(web.url(""), login, WebFixture.PASSWORD, 1280, "/organisations");
    // The session cookie is HttpOnly: scripts cannot read it.
    assertThat(page.evaluate("document.cookie")).isEqualTo("");
    return page;
  }

  static long idInUrl(Page page) {
    java.util.regex.Matcher m = Pattern.compile("/(\\d+)\\?enregistre=1").matcher(page.url());
    assertThat(m.find()).as(page.url()).isTrue();
    return Long.parseLong(m.group(1));
  }

  static Actor admin() {
    return web.ecosystem.accounts().actor(1).orElseThrow();
  }

  static Organisation association(String name, String commune) {
    return new Organisation(
        0,
        name,
        OrganisationType.ASSOCIATION,
        null,
        null,
        true,
        commune,
        Set.of(Domain.POVERTY),
        Set.of(),
        Contact.NONE,
        null,
        0);
  }

  @Test
  void
      an_editor_builds_two_organisations_and_a_partnership_with_the_forms_and_sees_them_in_the_network_and_the_report() {
    Page editor = signIn("loiret1");
    assertThat(editor.textContent("#who")).contains("loiret1").contains("(éditeur)");

    editor.click("#new-organisation");
    editor.fill("#name", "Coopérative du Val de Loire");
    editor.selectOption("#type", "COMPANY");
    editor.selectOption("#size", "SME");
    editor.selectOption("#status", "COOPERATIVE");
    editor.check("#ess");
    editor.fill("#commune", "orleans");
    editor.check("input[name=domains][value=EMPLOYMENT]");
    editor.check("input[name=domains][value=ENERGY_TRANSITION]");
    editor.check("input[name=objectives][value=HR_AND_MANAGEMENT]");
    editor.fill("#person", "Claire Martin");
    editor.fill("#email", "claire@coop-val.example");
    shot(editor, "1-new-organisation");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/organisations/\\d+\\?enregistre=1"));
    long coop = idInUrl(editor);
    assertThat(editor.textContent("#saved")).isEqualTo("Organisation enregistrée.");
    assertThat(editor.textContent("#commune")).isEqualTo("Orléans (45234)");
    assertThat(editor.textContent("#record")).contains("PME").contains("Coopérative");
    shot(editor, "2-organisation-page");

    editor.navigate(web.url("/organisations/nouvelle"));
    editor.fill("#name", "Entraide <b>Olivet</b>");
    editor.selectOption("#type", "ASSOCIATION");
    editor.fill("#commune", "45232");
    editor.check("input[name=domains][value=POVERTY]");
    editor.check("input[name=objectives][value=PEOPLE_AND_SKILLS]");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/organisations/\\d+\\?enregistre=1"));
    long asso = idInUrl(editor);
    // Markup typed in a name is text, never HTML.
    assertThat(editor.textContent("#organisation-name")).isEqualTo("Entraide <b>Olivet</b>");
    assertThat(editor.locator("#organisation-name b").count()).isZero();

    // A probable duplicate is shown with a confirmation box; confirmed, it is created.
    editor.navigate(web.url("/organisations/nouvelle"));
    editor.fill("#name", "Cooperative du Val-de-Loire");
    editor.selectOption("#type", "COMPANY");
    editor.selectOption("#size", "MICRO");
    editor.fill("#commune", "Orléans (45234)");
    editor.click("#save");
    editor.waitForSelector("#duplicates");
    assertThat(editor.textContent("#duplicates"))
        .contains("Doublon probable")
        .contains("Coopérative du Val de Loire");
    assertThat(editor.inputValue("#name")).isEqualTo("Cooperative du Val-de-Loire");
    assertThat(editor.inputValue("#size")).isEqualTo("MICRO");
    shot(editor, "3-duplicate");
    editor.check("#confirm");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/organisations/\\d+\\?enregistre=1"));

    editor.navigate(web.url("/organisations?territoire=departement:45"));
    assertThat(editor.locator("#organisations tbody tr").count()).isEqualTo(3);
    shot(editor, "4-organisation-list");

    editor.navigate(web.url("/partenariats/nouveau?territoire=departement:45"));
    editor.fill("#title", "Insertion par l'activité économique");
    editor.selectOption("#members", new String[] {Long.toString(coop), Long.toString(asso)});
    editor.selectOption("#category", "SOCIETAL_INNOVATION");
    editor.selectOption("#modality", "SEEDING_RND");
    editor.check("input[name=domains][value=EMPLOYMENT]");
    editor.fill("#start", "2024-09-01");
    editor.check("input[name=resources][value=SKILLS]");
    editor.selectOption("#stage", "LAUNCH_AND_STEER");
    editor.selectOption("#innovationStage", "EXPERIMENTATION");
    editor.check("input[name=levers][value=FUNDING]");
    shot(editor, "5-new-partnership");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/partenariats/\\d+\\?enregistre=1"));
    assertThat(editor.textContent("#saved")).isEqualTo("Partenariat enregistré.");
    assertThat(editor.textContent("#members"))
        .contains("Coopérative du Val de Loire")
        .contains("Entraide <b>Olivet</b>");
    assertThat(editor.textContent("#record"))
        .contains("Lancer et piloter")
        .contains("Expérimentation");
    shot(editor, "6-partnership-page");

    // The Cher has no partnership: the page says so and where to enter them, no empty box.
    editor.navigate(web.url("/reseau?territoire=departement:18"));
    editor.waitForCondition(() -> editor.isVisible("#network-empty"));
    assertThat(editor.textContent("#network-empty"))
        .contains("Aucun partenariat enregistré entre organisations de ce territoire");
    assertThat(editor.isVisible("#graph")).isFalse();
    shot(editor, "7a-network-empty");

    editor.navigate(web.url("/reseau?territoire=departement:45"));
    // A predicate string would be eval'd in the page, which the CSP forbids: poll from Java.
    editor.waitForCondition(() -> editor.textContent("#metrics").contains("organisations"));
    assertThat(editor.textContent("#metrics"))
        .contains("3 organisations, 1 lien ;")
        .contains("densité 33,3\u202f%");
    assertThat(editor.locator("#graph canvas").count()).isPositive();
    // the graph is a figure: its question as title, and "Voir les données" lists the graph's
    // organisations from the same answer as the drawing
    assertThat(editor.textContent("#figure-network .figure-title"))
        .endsWith(" : quelles organisations travaillent ensemble ?");
    editor.locator("#network-data summary").click();
    assertThat(editor.locator("#network-rows tr").count()).isEqualTo(3);
    assertThat(editor.locator("#network-rows th[scope=row]").count()).isEqualTo(3);
    shot(editor, "7-network");

    editor.navigate(web.url("/territoire/departement/45"));
    // The report page is cached for everybody: who is signed in arrives as an htmx fragment.
    editor.waitForSelector("#who");
    assertThat(editor.textContent("#who")).contains("loiret1");
    editor.waitForSelector("#registry-organisations");
    assertThat(editor.textContent("#registry-organisations")).isEqualTo("3");
    assertThat(editor.textContent("#stakeholders"))
        .contains("Acteurs économiques")
        .contains("Entreprise : 2")
        .contains("Association : 1");
    assertThat(editor.textContent("#registry-network"))
        .contains(
            "3 organisations, 1 lien ; densité 33\u202f% ; 2 composantes, 1 organisation isolée");
    editor.waitForSelector("#registry-partnerships");
    assertThat(editor.textContent("#registry-partnerships")).isEqualTo("1");
    assertThat(editor.textContent("#partnership-categories")).contains("Amorçage, R&D : 1");
    editor.locator("#acteurs").scrollIntoViewIfNeeded();
    editor.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.SHOTS.resolve("forms-8-report-registry.png")));

    // English, the same way as the other pages.
    editor.navigate(web.url("/organisations/" + coop + "?lang=en"));
    assertThat(editor.textContent("#edit")).isEqualTo("Edit");
    assertThat(editor.textContent("#record")).contains("Domains of action").contains("SME");
    assertThat(editor.textContent("#who")).contains("(editor)");
    editor.context().close();
  }

  @Test
  void an_editor_creates_an_initiative_evaluates_a_partnership_and_sees_the_scores_in_the_report() {
    EcosystemStore registry = web.ecosystem.registry();
    long food = registry.create(admin(), association("Banque alimentaire", "45234"), false).id();
    long help = registry.create(admin(), association("Entraide Olivet", "45232"), false).id();
    long partnership =
        registry
            .create(
                admin(),
                new org.phare.core.ecosystem.Partnership(
                    0,
                    "Mécénat de compétences",
                    List.of(food, help),
                    org.phare.core.ecosystem.PartnershipCategory.MECENAT,
                    null,
                    Set.of(Domain.POVERTY),
                    org.phare.core.territory.TerritoryId.parse("departement:45"),
                    null,
                    null,
                    Set.of(),
                    null,
                    null,
                    Set.of(),
                    0))
            .id();
    Page editor = signIn("loiret1");

    // From the navigation to the initiative form.
    editor.click("header.site nav a:has-text('Initiatives')");
    editor.waitForSelector("#new-initiative");
    assertThat(editor.textContent("#no-initiative")).contains("Aucune initiative");
    editor.click("#new-initiative");
    editor.waitForSelector("#kind");
    editor.selectOption("#kind", "COLLECTIVE_EXPERIMENT");
    editor.fill("#title", "Épicerie solidaire mobile");
    editor.selectOption("#participants", new String[] {Long.toString(food), Long.toString(help)});
    editor.fill("#start", "2025-01-15");
    editor.check("input[name=stage][value=CO_BUILD]");
    editor.check("input[name=domains][value=POVERTY]");
    editor.check("input[name=domains][value=MOBILITY]");
    editor.selectOption("#innovationStage", "EXPERIMENTATION");
    editor.check("input[name=levers][value=FUNDING]");
    shot(editor, "12-new-initiative");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/initiatives/\\d+\\?enregistre=1"));
    assertThat(editor.textContent("#saved")).isEqualTo("Initiative enregistrée.");
    assertThat(editor.textContent("#participants"))
        .contains("Banque alimentaire")
        .contains("Entraide Olivet");
    assertThat(editor.textContent("#record"))
        .contains("Co-construire des solutions")
        .contains("Expérimentation")
        .contains("Financement");
    assertThat(editor.textContent("#impact-scores-none")).contains("Aucune évaluation");
    shot(editor, "13-initiative-page");

    // Edited through its form: the stored values are offered, the change shows on the page.
    editor.click("#edit");
    editor.waitForURL(Pattern.compile(".*/initiatives/\\d+/modifier"));
    assertThat(editor.getAttribute("input[name=version]", "value")).isEqualTo("1");
    assertThat(editor.inputValue("#title")).isEqualTo("Épicerie solidaire mobile");
    editor.fill("#title", "Épicerie solidaire mobile du Loiret");
    editor.check("input[name=stage][value=EVALUATE]");
    shot(editor, "13b-edit-initiative");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/initiatives/\\d+\\?enregistre=1"));
    assertThat(editor.textContent("#initiative-title"))
        .isEqualTo("Épicerie solidaire mobile du Loiret");
    assertThat(editor.textContent("#record")).contains("Évaluer les résultats");
    shot(editor, "13c-initiative-edited");

    // The partnership's questionnaire, generated from the stored questions.
    editor.navigate(web.url("/partenariats/" + partnership));
    editor.click("#evaluate");
    editor.waitForSelector("form.questionnaire");
    assertThat(editor.locator("fieldset.impact").count()).isEqualTo(3);
    assertThat(editor.locator("fieldset.question").count()).isEqualTo(9);
    assertThat(editor.textContent("#impact-ORGANISATION_PERFORMANCE legend"))
        .isEqualTo("Performance des organisations");
    editor.check("input[name=q-PERF_OBJECTIVES][value='4']");
    editor.check("input[name=q-PERF_SKILLS][value='2']");
    editor.check("input[name=q-INNOV_SOLUTION][value='5']");
    editor.check("input[name=q-CONF_TRUST][value='3']");
    editor.fill("#comment", "Bonne dynamique, à prolonger.");
    shot(editor, "14-questionnaire");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/partenariats/" + partnership + "\\?evalue=1.*"));
    assertThat(editor.textContent("#evaluated")).isEqualTo("Évaluation enregistrée.");
    // By hand: performance (4+2)/2 = 3,0; innovation 5,0; confidence 3,0; one evaluation, so no
    // standard deviation ("–").
    assertThat(editor.textContent("#impact-scores-ORGANISATION_PERFORMANCE"))
        .contains("Performance des organisations")
        .contains("3,0");
    assertThat(editor.textContent("#impact-scores-TERRITORIAL_INNOVATION .score")).isEqualTo("5,0");
    assertThat(editor.textContent("#impact-scores-CONFIDENCE .score")).isEqualTo("3,0");
    shot(editor, "15-partnership-scores");

    // Part 4 of the territory report.
    editor.navigate(web.url("/territoire/departement/45"));
    editor.waitForSelector("#report-impact-scores");
    assertThat(editor.textContent("#registry-initiatives"))
        .contains("0 dialogue territorial, 1 expérimentation collective");
    assertThat(editor.textContent("#report-impact-scores-ORGANISATION_PERFORMANCE .score"))
        .isEqualTo("3,0");
    assertThat(editor.textContent("#report-impact-scores-TERRITORIAL_INNOVATION .score"))
        .isEqualTo("5,0");
    editor.locator("#registry-initiatives").scrollIntoViewIfNeeded();
    editor.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.SHOTS.resolve("forms-16-report-impacts.png")));
    editor.context().close();
  }

  @Test
  void a_viewer_sees_no_edit_button_and_a_forged_post_is_refused() {
    long id =
        web.ecosystem
            .registry()
            .create(admin(), association("Banque alimentaire", "45234"), false)
            .id();
    Page viewer = signIn("lecteur");
    assertThat(viewer.textContent("#who")).contains("lecteur (lecteur)");
    assertThat(viewer.locator("#new-organisation").count()).isZero();
    viewer.navigate(web.url("/organisations/" + id));
    assertThat(viewer.textContent("#organisation-name")).isEqualTo("Banque alimentaire");
    assertThat(viewer.locator("#edit").count()).isZero();
    viewer.navigate(web.url("/partenariats?territoire=departement:45"));
    assertThat(viewer.locator("#new-partnership").count()).isZero();
    shot(viewer, "9-viewer");

    // A forged POST carrying the viewer's own valid CSRF token (read from the sign-out form).
    Object status =
        viewer.evaluate(
            "async (id) => { const body = new URLSearchParams({_csrf:"
                + " document.querySelector('form.signout input[name=_csrf]').value, name:"
                + " 'Piratée', type: 'ASSOCIATION', commune: '45234', version: '1'});"
                + " const r = await fetch('/organisations/' + id + '/modifier', {method: 'POST',"
                + " body}); return r.status; }",
            Long.toString(id));
    assertThat(status).isEqualTo(403);
    Object created =
        viewer.evaluate(
            "async () => { const body = new URLSearchParams({_csrf:"
                + " document.querySelector('form.signout input[name=_csrf]').value, name:"
                + " 'Fantôme', type: 'ASSOCIATION', commune: '45234'});"
                + " const r = await fetch('/organisations/nouvelle', {method: 'POST', body});"
                + " return r.status; }");
    assertThat(created).isEqualTo(403);
    EcosystemStore registry = web.ecosystem.registry();
    assertThat(registry.organisation(id).orElseThrow().name()).isEqualTo("Banque alimentaire");
    assertThat(registry.organisation(id).orElseThrow().version()).isEqualTo(1);
    assertThat(
            registry.organisations(org.phare.core.territory.TerritoryId.FRANCE, null, null, 10, 0))
        .hasSize(1);
    viewer.navigate(web.url("/organisations/" + id + "/modifier"));
    assertThat(viewer.textContent("h1")).isEqualTo("Action refusée");
    viewer.context().close();
  }

  @Test
  void the_second_of_two_concurrent_editors_is_refused_clearly_and_nothing_is_overwritten() {
    long id =
        web.ecosystem
            .registry()
            .create(admin(), association("Banque alimentaire", "45234"), false)
            .id();
    Page first = signIn("loiret1");
    Page second = signIn("loiret2");
    first.navigate(web.url("/organisations/" + id + "/modifier"));
    second.navigate(web.url("/organisations/" + id + "/modifier"));

    first.fill("#name", "Banque alimentaire du Loiret");
    first.click("#save");
    first.waitForURL(Pattern.compile(".*/organisations/" + id + "\\?enregistre=1"));

    second.fill("#name", "Banque alimentaire d'Orléans");
    second.check("input[name=domains][value=HEALTH]");
    second.click("#save");
    second.waitForSelector("#conflict");
    assertThat(second.textContent("#conflict"))
        .contains("a été modifiée par quelqu’un d’autre pendant que vous l’éditiez")
        .contains("Vos modifications n’ont pas été enregistrées");
    assertThat(second.textContent("#current-name")).isEqualTo("Banque alimentaire du Loiret");
    // The second editor's input is kept, on top of the stored version.
    assertThat(second.inputValue("#name")).isEqualTo("Banque alimentaire d'Orléans");
    assertThat(second.isChecked("input[name=domains][value=HEALTH]")).isTrue();
    assertThat(second.inputValue("input[name=version]")).isEqualTo("2");
    shot(second, "10-conflict");
    Organisation stored = web.ecosystem.registry().organisation(id).orElseThrow();
    assertThat(stored.name()).isEqualTo("Banque alimentaire du Loiret");
    assertThat(stored.domains()).doesNotContain(Domain.HEALTH);
    assertThat(stored.version()).isEqualTo(2);
    first.context().close();
    second.context().close();
  }

  @Test
  void a_form_without_its_required_name_shows_the_error_next_to_the_field_and_keeps_the_input() {
    Page wrong = browsers.page(1280);
    wrong.navigate(web.url("/connexion"));
    wrong.fill("#login", "loiret1");
    wrong.fill("#password", "pas le bon");
    wrong.click("form.form button[type=submit]");
    wrong.waitForSelector("#signin-error");
    assertThat(wrong.textContent("#signin-error"))
        .isEqualTo("Identifiant ou mot de passe incorrect.");
    assertThat(wrong.inputValue("#login")).isEqualTo("loiret1");
    shot(wrong, "0-signin-error");
    wrong.context().close();

    Page editor = signIn("loiret1");
    editor.navigate(web.url("/organisations/nouvelle"));
    editor.selectOption("#type", "COMPANY");
    editor.fill("#commune", "Atlantide");
    editor.fill("#email", "pas-une-adresse");
    editor.check("input[name=domains][value=HEALTH]");
    editor.click("#save");
    editor.waitForSelector("#error-name");
    assertThat(editor.textContent("#form-errors")).contains("corrigez les champs signalés");
    assertThat(editor.textContent("#error-name")).isEqualTo("Ce champ est obligatoire.");
    assertThat(editor.textContent("#error-commune"))
        .startsWith("Commune « Atlantide » introuvable");
    assertThat(editor.textContent("#error-email"))
        .isEqualTo("« pas-une-adresse » n’est pas une adresse électronique.");
    // Each message sits inside its field's block, right under the input.
    assertThat(editor.locator(".field:has(#name) #error-name").count()).isEqualTo(1);
    assertThat(editor.inputValue("#commune")).isEqualTo("Atlantide");
    assertThat(editor.inputValue("#type")).isEqualTo("COMPANY");
    assertThat(editor.isChecked("input[name=domains][value=HEALTH]")).isTrue();
    // Every problem at once: the summary counts them (size is required for a company) and links
    // to each field; following a link puts the focus in the field, which is tied to its message.
    assertThat(editor.textContent("#form-errors-title"))
        .isEqualTo("Le formulaire contient 4 erreurs");
    @SuppressWarnings("unchecked")
    List<String> links =
        (List<String>) editor.locator("#form-errors a").evaluateAll("as => as.map(a => a.hash)");
    assertThat(links).containsExactlyInAnyOrder("#name", "#size", "#commune", "#email");
    assertThat(editor.getAttribute("#email", "aria-invalid")).isEqualTo("true");
    assertThat(editor.getAttribute("#email", "aria-describedby")).isEqualTo("error-email");
    assertThat(editor.getAttribute("#person", "aria-invalid")).isNull();
    editor.click("#form-errors a[href='#commune']");
    assertThat(editor.evaluate("document.activeElement.id")).isEqualTo("commune");
    shot(editor, "11-errors");
    // The same refusals on a phone's width, each still under its own field.
    editor.setViewportSize(390, 844);
    shot(editor, "11-errors-390");
    assertThat(
            web.ecosystem
                .registry()
                .organisations(org.phare.core.territory.TerritoryId.FRANCE, null, null, 10, 0))
        .isEmpty();
    editor.context().close();
  }

  @Test
  void typing_orl_in_the_commune_field_suggests_orleans_picked_with_the_keyboard() {
    Page editor = signIn("loiret1");
    editor.navigate(web.url("/organisations/nouvelle"));
    editor.fill("#name", "Épicerie solidaire du centre");
    editor.selectOption("#type", "ASSOCIATION");
    editor.locator("#commune").pressSequentially("orl");
    // The suggestions come from the one territory search, announced in the live region.
    editor.waitForSelector("#commune-suggestions button");
    assertThat(editor.getAttribute("#commune-suggestions", "aria-live")).isEqualTo("polite");
    assertThat(editor.textContent("#commune-suggestions .picker-count")).endsWith("trouvées.");
    assertThat(editor.locator("#commune-suggestions button").first().textContent())
        .isEqualTo("Orléans (45234)");
    shot(editor, "20-commune-suggestions");
    editor.setViewportSize(390, 844);
    shot(editor, "20-commune-suggestions-390");
    editor.setViewportSize(1280, 900);
    // Keyboard only: Tab from the field reaches the first suggestion, Enter picks it.
    editor.focus("#commune");
    editor.keyboard().press("Tab");
    assertThat(editor.evaluate("document.activeElement.textContent")).isEqualTo("Orléans (45234)");
    editor.keyboard().press("Enter");
    // (the page's CSP forbids eval: wait on a selector, not a function)
    editor.waitForSelector("#commune-suggestions .picker-count:has-text('Commune choisie')");
    assertThat(editor.inputValue("#commune")).isEqualTo("Orléans (45234)");
    assertThat(editor.textContent("#commune-suggestions"))
        .isEqualTo("Commune choisie : Orléans (45234)");
    assertThat(editor.evaluate("document.activeElement.id")).isEqualTo("commune");
    shot(editor, "21-commune-chosen");
    editor.check("input[name=domains][value=POVERTY]");
    editor.click("#save");
    editor.waitForURL(Pattern.compile(".*/organisations/\\d+\\?enregistre=1"));
    Organisation saved = web.ecosystem.registry().organisation(idInUrl(editor)).orElseThrow();
    assertThat(saved.communeCode()).isEqualTo("45234");
    editor.context().close();
  }
}
