package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phare.web.ecosystem.EcosystemPagesTest.admin;
import static org.phare.web.ecosystem.EcosystemPagesTest.form;
import static org.phare.web.ecosystem.EcosystemPagesTest.get;
import static org.phare.web.ecosystem.EcosystemPagesTest.post;
import static org.phare.web.ecosystem.EcosystemPagesTest.stored;
import static org.phare.web.ecosystem.EcosystemPagesTest.submit;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.InitiativeStage;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.TerritoryId;
import org.phare.web.ecosystem.WebFixture.Client;

/**
 * The initiative pages and the evaluation questionnaire over HTTP, with the same guarantees as the
 * organisation and partnership forms: CSRF token on every POST, viewers and editors of other
 * territories refused with nothing stored, French refusals next to their field, user text escaped,
 * and saves redirecting to the record's page, which then shows its impact scores.
 */
class InitiativeAndEvaluationPagesTest {

  static final WebFixture WEB = EcosystemPagesTest.WEB;
  static final TerritoryId LOIRET = TerritoryId.parse("departement:45");

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  static Map<String, Object> dialogue(String title, Object... participants) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "TERRITORIAL_DIALOGUE");
    m.put("title", title);
    m.put("participants", List.of(participants));
    m.put("territory", "departement:45");
    m.put("stage", "CO_BUILD");
    m.put("domains", List.of("EMPLOYMENT", "MOBILITY"));
    m.put("start", "2025-03-01");
    return m;
  }

  static Partnership partnership(String title) {
    Organisation a = stored("Alpha", "45234");
    Organisation b = stored("Beta", "45232");
    return WEB.services
        .registry()
        .create(
            admin(),
            new Partnership(
                0,
                title,
                List.of(a.id(), b.id()),
                PartnershipCategory.MECENAT,
                null,
                Set.of(),
                LOIRET,
                null,
                null,
                Set.of(),
                null,
                null,
                Set.of(),
                0));
  }

  static Initiative initiative(String title) {
    return WEB.services
        .registry()
        .create(
            admin(),
            new Initiative(
                0,
                InitiativeKind.COLLECTIVE_EXPERIMENT,
                title,
                LOIRET,
                List.of(),
                InitiativeStage.SURFACE_NEEDS,
                Set.of(Domain.HEALTH),
                null,
                null,
                null,
                Set.of(),
                0));
  }

  static long count(String table) {
    return WEB.jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  @Test
  void posts_without_the_csrf_token_are_refused_and_nothing_is_stored() {
    Client editor = WEB.login("loiret1");
    Partnership p = partnership("Mécénat");
    assertThat(post(editor.cookie(), "/initiatives/nouvelle", form(dialogue("Forum"))).statusCode())
        .isEqualTo(403);
    HttpResponse<String> evaluation =
        post(
            editor.cookie(),
            "/partenariats/" + p.id() + "/evaluer",
            form(Map.of("q-PERF_OBJECTIVES", "4")));
    assertThat(evaluation.statusCode()).isEqualTo(403);
    assertThat(evaluation.body()).contains("Jeton anti-CSRF absent ou invalide");
    assertThat(count("eco_initiative")).isZero();
    assertThat(count("eco_evaluation")).isZero();
  }

  @Test
  void viewers_and_editors_of_other_territories_are_refused_with_nothing_stored() {
    Partnership p = partnership("Mécénat");
    Initiative i = initiative("Santé des aidants");
    Client viewer = WEB.login("lecteur");
    HttpResponse<String> create = submit(viewer, "/initiatives/nouvelle", dialogue("Fantôme"));
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).contains("lecture seule");
    Map<String, Object> answer = Map.of("q-PERF_OBJECTIVES", "5");
    assertThat(submit(viewer, "/partenariats/" + p.id() + "/evaluer", answer).statusCode())
        .isEqualTo(403);
    assertThat(submit(viewer, "/initiatives/" + i.id() + "/evaluer", answer).statusCode())
        .isEqualTo(403);
    assertThat(get(viewer.cookie(), "/initiatives/nouvelle").statusCode()).isEqualTo(403);
    assertThat(get(viewer.cookie(), "/partenariats/" + p.id() + "/evaluer").statusCode())
        .isEqualTo(403);
    // Viewers read the pages, without the buttons.
    String page = get(viewer.cookie(), "/partenariats/" + p.id()).body();
    assertThat(page).doesNotContain("id=\"evaluate\"").contains("Aucune évaluation pour l’instant");
    assertThat(get(viewer.cookie(), "/initiatives?territoire=departement:45").body())
        .contains("Santé des aidants")
        .doesNotContain("id=\"new-initiative\"");

    Client cher = WEB.login("cher");
    HttpResponse<String> elsewhere = submit(cher, "/partenariats/" + p.id() + "/evaluer", answer);
    assertThat(elsewhere.statusCode()).isEqualTo(403);
    assertThat(elsewhere.body()).contains("pas le droit d’évaluer");
    assertThat(get(cher.cookie(), "/initiatives/" + i.id()).body())
        .doesNotContain("id=\"evaluate\"");
    HttpResponse<String> outside =
        submit(cher, "/initiatives/nouvelle", dialogue("Forum du Loiret"));
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(outside.body())
        .contains("id=\"error-territory\">Vous n’avez pas le droit")
        .contains("value=\"Forum du Loiret\"");
    assertThat(count("eco_initiative")).isEqualTo(1);
    assertThat(count("eco_evaluation")).isZero();
  }

  @Test
  void initiative_pages_are_registry_pages_never_cached_and_closed_without_public_read() {
    Initiative i = initiative("Santé des aidants");
    assertThat(get(null, "/initiatives/" + i.id()).headers().firstValue("Cache-Control"))
        .contains("no-store");
    WEB.services.accounts().setPublicRead(admin(), false);
    HttpResponse<String> closed = get(null, "/initiatives?territoire=departement:45");
    assertThat(closed.statusCode()).isEqualTo(303);
    assertThat(closed.headers().firstValue("Location").orElseThrow()).startsWith("/connexion");
    assertThat(get(WEB.login("lecteur").cookie(), "/initiatives/" + i.id()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void markup_typed_in_a_title_is_rendered_escaped() {
    Partnership p = partnership("<script>alert('p')</script> Mécénat");
    Client editor = WEB.login("loiret1");
    HttpResponse<String> created =
        submit(editor, "/initiatives/nouvelle", dialogue("<script>alert('i')</script> Forum"));
    assertThat(created.statusCode()).isEqualTo(303);
    long id = WEB.services.registry().initiatives(LOIRET).get(0).id();
    for (String path :
        List.of(
            "/initiatives?territoire=departement:45",
            "/initiatives/" + id,
            "/initiatives/" + id + "/evaluer",
            "/partenariats/" + p.id() + "/evaluer")) {
      String body = get(editor.cookie(), path).body();
      assertThat(body).as(path).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    }
    // A refused form shows the typed title again, escaped inside the attribute.
    Map<String, Object> refused = dialogue("<script>alert('x')</script>");
    refused.put("kind", "");
    assertThat(submit(editor, "/initiatives/nouvelle", refused).body())
        .contains("value=\"&lt;script>alert(")
        .doesNotContain("<script>alert");
  }

  @Test
  void refused_initiative_fields_are_reported_in_french_next_to_their_field() {
    Organisation a = stored("Alpha", "45234");
    Client editor = WEB.login("loiret1");
    Map<String, Object> input = dialogue("", a.id(), a.id(), "x");
    input.put("kind", "");
    input.put("end", "2024-01-01");
    HttpResponse<String> refused = submit(editor, "/initiatives/nouvelle", input);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"form-errors\"")
        .contains("<p class=\"field-error\" id=\"error-kind\">Ce champ est obligatoire.</p>")
        .contains("<p class=\"field-error\" id=\"error-title\">Ce champ est obligatoire.</p>")
        .contains("id=\"error-participants\">« x » n’est pas un numéro d’organisation.<");
    input.put("kind", "COLLECTIVE_EXPERIMENT");
    input.put("title", "Tiers-lieu");
    input.put("participants", List.of(a.id(), 999));
    HttpResponse<String> unknown = submit(editor, "/initiatives/nouvelle", input);
    assertThat(unknown.body())
        .contains("id=\"error-end\">La fin précède le début.<")
        .contains("value=\"Tiers-lieu\"");
    input.put("end", "2026-12-31");
    // The registry's refusal of an unknown organisation lands on the participants field.
    assertThat(submit(editor, "/initiatives/nouvelle", input).body())
        .contains("id=\"error-participants\">L’organisation n° 999 n’existe pas");
    assertThat(count("eco_initiative")).isZero();
  }

  @Test
  void an_initiative_created_through_the_form_redirects_to_its_page() {
    Organisation a = stored("Alpha", "45234");
    Organisation b = stored("Beta", "45232");
    Client editor = WEB.login("loiret1");
    String form = get(editor.cookie(), "/initiatives/nouvelle?territoire=departement:45").body();
    assertThat(form)
        .contains("Faire émerger les besoins")
        .contains("Co-construire des solutions")
        .contains("Évaluer les résultats")
        .contains(">Alpha — Association</option>");
    HttpResponse<String> created =
        submit(editor, "/initiatives/nouvelle", dialogue("Forum de l'emploi", a.id(), b.id()));
    assertThat(created.statusCode()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/initiatives/\\d+\\?enregistre=1");
    String page = get(editor.cookie(), location).body();
    assertThat(page)
        .contains("Initiative enregistrée.")
        .contains("Dialogue territorial")
        .contains("Co-construire des solutions")
        .contains(">Alpha</a>")
        .contains(">Beta</a>");
    Initiative saved = WEB.services.registry().initiatives(LOIRET).get(0);
    assertThat(saved.participantIds()).containsExactly(a.id(), b.id());
    assertThat(saved.domains()).containsExactlyInAnyOrder(Domain.EMPLOYMENT, Domain.MOBILITY);
    assertThat(saved.stage()).isEqualTo(InitiativeStage.CO_BUILD);
    assertThat(get(null, "/initiatives/" + saved.id() + "?lang=en").body())
        .contains("Territorial dialogue")
        .contains("No evaluation yet.");
  }

  @Test
  void the_questionnaire_is_generated_from_the_stored_questions_grouped_by_impact() {
    Partnership p = partnership("Mécénat");
    Client editor = WEB.login("loiret1");
    WEB.jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO eco_evaluation_question (code, impact, position, text_fr, text_en)"
                    + " VALUES ('TEST_PRIDE', 'CONFIDENCE', 99, 'Les habitants en sont fiers.',"
                    + " 'Residents are proud of it.')"));
    try {
      String body = get(editor.cookie(), "/partenariats/" + p.id() + "/evaluer").body();
      assertThat(body)
          .contains("<legend>Performance des organisations</legend>")
          .contains("<legend>Innovation territoriale et sociétale</legend>")
          .contains("<legend>Confiance des personnes et des territoires</legend>")
          .contains("Les habitants en sont fiers.")
          .contains("name=\"q-TEST_PRIDE\" value=\"5\"")
          .contains("1 — Pas du tout")
          .contains("5 — Tout à fait")
          .contains("Sans réponse");
      // The new question sits in the confidence group, after the seeded ones.
      int confidence = body.indexOf("id=\"impact-CONFIDENCE\"");
      assertThat(body.indexOf("q-TEST_PRIDE")).isGreaterThan(confidence);
      assertThat(body.indexOf("q-CONF_TRUST")).isBetween(confidence, body.indexOf("q-TEST_PRIDE"));
      assertThat(get(editor.cookie(), "/partenariats/" + p.id() + "/evaluer?lang=en").body())
          .contains("Residents are proud of it.")
          .contains("5 — Completely");
    } finally {
      WEB.jdbi.useHandle(
          h -> h.execute("DELETE FROM eco_evaluation_question WHERE code = 'TEST_PRIDE'"));
    }
  }

  @Test
  void refused_answers_are_shown_next_to_their_question_and_nothing_is_stored() {
    Partnership p = partnership("Mécénat");
    Client editor = WEB.login("loiret1");
    String path = "/partenariats/" + p.id() + "/evaluer";
    HttpResponse<String> none = submit(editor, path, Map.of("comment", "rien à dire"));
    assertThat(none.statusCode()).isEqualTo(422);
    assertThat(none.body())
        .contains("id=\"error-answers\">Répondez à au moins une question avant d’enregistrer.<")
        .contains(">rien à dire</textarea>");
    HttpResponse<String> outOfScale =
        submit(editor, path, Map.of("q-PERF_OBJECTIVES", "7", "q-PERF_SKILLS", "2"));
    assertThat(outOfScale.statusCode()).isEqualTo(422);
    assertThat(outOfScale.body())
        .contains(
            "<p class=\"field-error\" id=\"error-q-PERF_OBJECTIVES\">Choisissez une réponse de 1"
                + " (pas du tout) à 5 (tout à fait).</p>")
        // The other answer is kept.
        .contains("name=\"q-PERF_SKILLS\" value=\"2\" checked");
    assertThat(submit(editor, path, Map.of("q-INNOV_SPREAD", "beaucoup")).body())
        .contains("id=\"error-q-INNOV_SPREAD\">Choisissez une réponse");
    assertThat(count("eco_evaluation")).isZero();
  }

  @Test
  void a_saved_evaluation_redirects_and_the_pages_and_report_show_the_scores_per_impact() {
    Partnership p = partnership("Mécénat");
    Initiative i = initiative("Santé des aidants");
    Client editor = WEB.login("loiret1");
    String path = "/partenariats/" + p.id() + "/evaluer";
    HttpResponse<String> saved =
        submit(
            editor,
            path,
            Map.of(
                "q-PERF_OBJECTIVES",
                "4",
                "q-PERF_SKILLS",
                "2",
                "q-CONF_TRUST",
                "",
                "comment",
                "ok"));
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location").orElseThrow())
        .isEqualTo("/partenariats/" + p.id() + "?evalue=1#evaluations");
    assertThat(submit(editor, path, Map.of("q-PERF_OBJECTIVES", "5")).statusCode()).isEqualTo(303);
    assertThat(
            submit(editor, "/initiatives/" + i.id() + "/evaluer", Map.of("q-CONF_TRUST", "3"))
                .statusCode())
        .isEqualTo(303);
    String page = get(editor.cookie(), "/partenariats/" + p.id() + "?evalue=1").body();
    // By hand: performance (4+2)/2 = 3 and 5 → mean 4,0 over n = 2, sample sd √2 ≈ 1,4;
    // innovation and confidence unanswered: n = 0, no score ("–").
    assertThat(page)
        .contains("Évaluation enregistrée.")
        .containsPattern(
            "id=\"impact-scores-ORGANISATION_PERFORMANCE\"><th scope=\"row\">Performance des"
                + " organisations</th><td class=\"num\">2</td><td class=\"num score\">4,0</td><td"
                + " class=\"num\">1,4</td>")
        .contains(
            "id=\"impact-scores-CONFIDENCE\"><th scope=\"row\">Confiance des personnes et des"
                + " territoires</th><td class=\"num\">0</td><td class=\"num score\">–</td>");
    assertThat(get(null, "/initiatives/" + i.id()).body())
        .contains("<td class=\"num\">1</td><td class=\"num score\">3,0</td>");
    // Report part 4: every evaluation of the territory (performance 4,0 over 2; confidence 3,0).
    String report = get(null, "/territoire/departement/45/ecosysteme").body();
    assertThat(report)
        .contains("0 dialogue territorial, 1 expérimentation collective")
        .contains(
            "id=\"report-impact-scores-CONFIDENCE\"><th scope=\"row\">Confiance des personnes et"
                + " des territoires</th><td class=\"num\">1</td><td class=\"num score\">3,0</td>");
    assertThat(get(null, "/territoire/departement/45/ecosysteme?lang=en").body())
        .contains("0 territorial dialogues, 1 collective experiment")
        .contains(
            "Performance of organisations</th><td class=\"num\">2</td><td class=\"num"
                + " score\">4.0</td>");
  }

  // ------------------------------------------------------------------ editing an initiative

  @Test
  void an_editor_edits_an_initiative_through_its_form_and_lands_on_the_changed_page() {
    Client editor = WEB.login("loiret1");
    Organisation alpha = stored("Alpha", "45234");
    Organisation beta = stored("Beta", "45232");
    Initiative i = initiative("Santé des aidants");
    String page = get(editor.cookie(), "/initiatives/" + i.id()).body();
    assertThat(page).contains("href=\"/initiatives/" + i.id() + "/modifier\"");
    HttpResponse<String> edit = get(editor.cookie(), "/initiatives/" + i.id() + "/modifier");
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body())
        .contains("<h1>Modifier l’initiative</h1>")
        .contains("name=\"version\" value=\"1\"")
        .contains("value=\"Santé des aidants\"")
        .contains("action=\"/initiatives/" + i.id() + "/modifier\"");
    Map<String, Object> change = dialogue("Santé des aidants du Loiret", beta.id(), alpha.id());
    change.put("version", "1");
    HttpResponse<String> saved = submit(editor, "/initiatives/" + i.id() + "/modifier", change);
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location"))
        .hasValue("/initiatives/" + i.id() + "?enregistre=1");
    Initiative stored = WEB.services.registry().initiative(i.id()).orElseThrow();
    assertThat(stored.title()).isEqualTo("Santé des aidants du Loiret");
    assertThat(stored.kind()).isEqualTo(InitiativeKind.TERRITORIAL_DIALOGUE);
    assertThat(stored.participantIds()).containsExactly(beta.id(), alpha.id());
    assertThat(stored.version()).isEqualTo(2);
    assertThat(get(editor.cookie(), "/initiatives/" + i.id() + "?enregistre=1").body())
        .contains("Initiative enregistrée.")
        .contains("id=\"initiative-title\">Santé des aidants du Loiret<");
  }

  @Test
  void the_initiative_edit_form_needs_the_csrf_token_an_editor_of_its_territory_and_its_version() {
    Initiative i = initiative("Santé des aidants");
    String path = "/initiatives/" + i.id() + "/modifier";
    Map<String, Object> change = dialogue("Changé");
    change.put("version", "1");
    Client editor = WEB.login("loiret1");
    // Without the token: refused by the filter, nothing written.
    assertThat(post(editor.cookie(), path, form(change)).statusCode()).isEqualTo(403);
    Client viewer = WEB.login("lecteur");
    assertThat(get(viewer.cookie(), path).statusCode()).isEqualTo(403);
    assertThat(submit(viewer, path, change).statusCode()).isEqualTo(403);
    assertThat(get(viewer.cookie(), "/initiatives/" + i.id()).body()).doesNotContain(path);
    Client cher = WEB.login("cher");
    assertThat(get(cher.cookie(), path).statusCode()).isEqualTo(403);
    HttpResponse<String> byCher = submit(cher, path, change);
    assertThat(byCher.statusCode()).isEqualTo(403);
    assertThat(byCher.body()).contains("Vous n’avez pas le droit de modifier les initiatives de");
    assertThat(get(cher.cookie(), "/initiatives/" + i.id()).body()).doesNotContain(path);
    assertThat(get(null, path).statusCode()).isEqualTo(303);
    Map<String, Object> noVersion = dialogue("Sans version");
    HttpResponse<String> refused = submit(editor, path, noVersion);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Version manquante");
    assertThat(get(editor.cookie(), "/initiatives/999999/modifier").statusCode()).isEqualTo(404);
    assertThat(WEB.services.registry().initiative(i.id())).contains(i);
  }

  @Test
  void a_concurrent_initiative_edit_answers_409_keeping_the_input_and_showing_the_stored_values() {
    Organisation alpha = stored("Alpha", "45234");
    Initiative i = initiative("Santé des aidants");
    String path = "/initiatives/" + i.id() + "/modifier";
    Client first = WEB.login("loiret1");
    Client second = WEB.login("loiret2");
    Map<String, Object> firstChange = dialogue("Aidants : premier", alpha.id());
    firstChange.put("version", "1");
    assertThat(submit(first, path, firstChange).statusCode()).isEqualTo(303);
    Map<String, Object> secondChange = dialogue("Aidants : second");
    secondChange.put("version", "1");
    HttpResponse<String> stale = submit(second, path, secondChange);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body())
        .contains("L’initiative « Aidants : premier » a été modifiée par quelqu’un")
        .contains("id=\"current-title\">Aidants : premier<")
        .contains("<span class=\"tag\">Alpha</span>")
        .contains("value=\"Aidants : second\"")
        .contains("name=\"version\" value=\"2\"");
    assertThat(WEB.services.registry().initiative(i.id()).orElseThrow().title())
        .isEqualTo("Aidants : premier");
    // Saving the kept input again, now at version 2, replaces the stored values.
    secondChange.put("version", "2");
    assertThat(submit(second, path, secondChange).statusCode()).isEqualTo(303);
    Initiative stored = WEB.services.registry().initiative(i.id()).orElseThrow();
    assertThat(stored.title()).isEqualTo("Aidants : second");
    assertThat(stored.participantIds()).isEmpty();
  }
}
