package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phare.web.ecosystem.EcosystemPagesTest.get;
import static org.phare.web.ecosystem.EcosystemPagesTest.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.territory.TerritoryId;
import org.phare.web.ecosystem.WebFixture.Client;

/**
 * Every refusal path of the registry (organisation, partnership, initiative, evaluation), matching
 * (speed-dating creation and re-planning, wishes), accounts (sign-in, account creation) forms and
 * API endpoints, driven with bad input: the French page or JSON carries the catalogue's French text
 * and no English word; {@code ?lang=en} gives English; the API answers {@code {code, field,
 * message}} with the status of the refusal's kind.
 */
class RefusalMessagesTest {

  static final WebFixture WEB = WebFixture.get();

  /** Common English words that never appear in French text. */
  static final List<String> ENGLISH =
      List.of(
          " the ",
          " must ",
          " not ",
          " cannot ",
          " invalid ",
          " should ",
          " field ",
          " unknown ",
          "is required",
          " is missing",
          " does ",
          " expected ",
          " too long",
          " already ");

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  /** The text a reader sees: tags, scripts and styles removed, entities decoded, spaces folded. */
  static String visibleText(String html) {
    String text =
        html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
            .replaceAll("(?s)<[^>]*>", " ")
            .replace("&nbsp;", " ")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    return " " + text.replaceAll("\\s+", " ") + " ";
  }

  static void assertFrench(String text, String expected) {
    assertThat(text).contains(expected);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String word : ENGLISH) {
      assertThat(lower).as("English word %s in: %s", word, text).doesNotContain(word);
    }
  }

  /** A French page refused with a status, showing the expected text and no English. */
  static void refusedPage(HttpResponse<String> response, int status, String expected) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertFrench(visibleText(response.body()), expected);
  }

  static JsonNode json(HttpResponse<String> response) {
    return WebFixture.parse(response.body());
  }

  static Organisation stored(String name, String type, String commune) {
    return WEB.services
        .registry()
        .create(
            EcosystemPagesTest.admin(),
            new Organisation(
                0,
                name,
                org.phare.core.ecosystem.OrganisationType.parse(type),
                "COMPANY".equals(type) ? org.phare.core.ecosystem.CompanySize.SME : null,
                null,
                false,
                commune,
                null,
                null,
                null,
                null,
                0),
            true);
  }

  // ------------------------------------------------------------------ registry forms

  @Test
  void organisation_form_refusals_are_french_next_to_their_field() {
    Client editor = WEB.login("loiret1");
    Map<String, Object> empty = new LinkedHashMap<>();
    empty.put("name", "");
    empty.put("type", "");
    empty.put("commune", "");
    HttpResponse<String> blank = submit(editor, "/organisations/nouvelle", empty);
    refusedPage(blank, 422, "Ce champ est obligatoire.");
    assertThat(blank.body()).contains("id=\"error-name\">Ce champ est obligatoire.<");

    Map<String, Object> bad = EcosystemPagesTest.association("A".repeat(301), "Zzzville");
    bad.put("type", "BANQUE");
    bad.put("email", "pas-une-adresse");
    bad.put("siren", "12345");
    HttpResponse<String> many = submit(editor, "/organisations/nouvelle", bad);
    refusedPage(many, 422, "Valeur « BANQUE » inconnue.");
    assertFrench(
        visibleText(many.body()),
        "Commune « Zzzville » introuvable dans le référentiel des territoires");
    assertFrench(
        visibleText(many.body()), "« pas-une-adresse » n’est pas une adresse électronique.");
    assertFrench(visibleText(many.body()), "Un SIREN compte exactement 9 chiffres (« 12345 »).");

    Map<String, Object> tooLong = EcosystemPagesTest.association("A".repeat(301), "45234");
    refusedPage(
        submit(editor, "/organisations/nouvelle", tooLong),
        422,
        "Texte trop long : 301 caractères, 300 au plus.");

    HttpResponse<String> elsewhere =
        submit(editor, "/organisations/nouvelle", EcosystemPagesTest.association("Asso", "18033"));
    refusedPage(
        elsewhere, 403, "Vous n’avez pas le droit de modifier les organisations de Bourges");
  }

  @Test
  void partnership_and_initiative_forms_refuse_in_french() {
    Client editor = WEB.login("loiret1");
    Organisation a = stored("Alpha", "ASSOCIATION", "45234");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", "Mécénat croisé");
    p.put("members", List.of(a.id()));
    p.put("category", "MECENAT");
    p.put("modality", "JOINT_TENDER");
    p.put("territory", "departement:45");
    p.put("start", "2025-01-01");
    p.put("end", "2024-01-01");
    HttpResponse<String> partnership = submit(editor, "/partenariats/nouveau", p);
    refusedPage(partnership, 422, "Un partenariat réunit au moins deux organisations (1 choisie).");

    Organisation b = stored("Beta", "COMPANY", "45234");
    p.put("members", List.of(a.id(), b.id()));
    refusedPage(
        submit(editor, "/partenariats/nouveau", p),
        422,
        "La modalité « Réponse conjointe à un appel d’offres » relève de la catégorie");
    p.put("modality", "");
    refusedPage(submit(editor, "/partenariats/nouveau", p), 422, "La fin précède le début.");
    p.put("end", "2024-13-45");
    refusedPage(
        submit(editor, "/partenariats/nouveau", p),
        422,
        "Date « 2024-13-45 » invalide (format AAAA-MM-JJ).");
    p.put("end", "");
    p.put("territory", "nulle-part:1");
    refusedPage(
        submit(editor, "/partenariats/nouveau", p),
        422,
        "Niveau « nulle-part » inconnu (pays, region, departement, epci ou commune).");

    Map<String, Object> i = new LinkedHashMap<>();
    i.put("kind", "TERRITORIAL_DIALOGUE");
    i.put("title", "Dialogue");
    i.put("territory", "departement:45");
    i.put("participants", List.of(a.id(), "douze"));
    refusedPage(
        submit(editor, "/initiatives/nouvelle", i),
        422,
        "« douze » n’est pas un numéro d’organisation.");
    i.put("participants", List.of(a.id()));
    i.put("kind", "");
    refusedPage(submit(editor, "/initiatives/nouvelle", i), 422, "Ce champ est obligatoire.");
  }

  @Test
  void evaluation_and_missing_records_refuse_in_french_and_english_on_request() {
    Client editor = WEB.login("loiret1");
    Organisation a = stored("Alpha", "ASSOCIATION", "45234");
    Organisation b = stored("Beta", "COMPANY", "45234");
    Partnership saved =
        WEB.services
            .registry()
            .create(
                EcosystemPagesTest.admin(),
                new Partnership(
                    0,
                    "Entraide",
                    List.of(a.id(), b.id()),
                    PartnershipCategory.MECENAT,
                    null,
                    null,
                    TerritoryId.parse("departement:45"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0));
    refusedPage(
        submit(editor, "/partenariats/" + saved.id() + "/evaluer", Map.of("comment", "")),
        422,
        "Répondez à au moins une question avant d’enregistrer.");

    refusedPage(
        get(editor.cookie(), "/organisations/999999"),
        404,
        "L’organisation n° 999999 n’existe pas (ou a été supprimée).");
    refusedPage(get(editor.cookie(), "/partenariats/abc"), 404, "Identifiant « abc » invalide.");
    HttpResponse<String> english = get(editor.cookie(), "/organisations/999999?lang=en");
    assertThat(english.statusCode()).isEqualTo(404);
    assertThat(visibleText(english.body()))
        .contains("Organisation no. 999999 does not exist (or was deleted).")
        .doesNotContain("n’existe pas");
  }

  // ------------------------------------------------------------------ matching

  @Test
  void speed_dating_creation_and_replanning_refuse_in_french() {
    Client editor = WEB.login("loiret1");
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("title", "Rencontres");
    event.put("date", "");
    event.put("territory", "departement:99");
    event.put("rounds", "0");
    event.put("tables", "x");
    event.put("roundMinutes", "8");
    HttpResponse<String> refused = submit(editor, "/mise-en-relation/speed-datings/nouveau", event);
    refusedPage(refused, 422, "Date obligatoire.");
    String text = visibleText(refused.body());
    assertFrench(text, "Heure de début obligatoire.");
    assertFrench(text, "Territoire « departement:99 » introuvable");
    assertFrench(text, "Nombre de manches : nombre entier de 1 à");
    assertFrench(text, "Choisissez les participants : au moins une entreprise et une association.");

    Organisation a = stored("Alpha", "ASSOCIATION", "45234");
    Organisation b = stored("Beta", "ASSOCIATION", "45234");
    event.put("date", "2026-03-01");
    event.put("start", "09:30");
    event.put("territory", "departement:45");
    event.put("rounds", "3");
    event.put("tables", "2");
    event.put("organisations", List.of(a.id(), b.id()));
    refusedPage(
        submit(editor, "/mise-en-relation/speed-datings/nouveau", event),
        422,
        "Un speed-dating réunit des entreprises et des associations : aucune entreprise parmi"
            + " les participants choisis.");

    Organisation c = stored("Gamma", "COMPANY", "45234");
    event.put("organisations", List.of(a.id(), b.id(), c.id()));
    HttpResponse<String> created = submit(editor, "/mise-en-relation/speed-datings/nouveau", event);
    assertThat(created.statusCode()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    String schedule = location.substring(0, location.indexOf('?'));
    refusedPage(
        submit(editor, schedule + "/replanifier", Map.of("roundsPlayed", "9")),
        422,
        "Manches déjà jouées : nombre entier de 0 à 2 attendu");
    refusedPage(
        get(editor.cookie(), "/mise-en-relation/speed-dating/424242"),
        404,
        "Speed-dating n° 424242 introuvable.");

    long id = Long.parseLong(schedule.substring(schedule.lastIndexOf('/') + 1));
    HttpResponse<String> wish =
        editor.post("/api/speed-datings/" + id + "/wishes", Map.of("from", a.id(), "to", b.id()));
    assertThat(wish.statusCode()).isEqualTo(422);
    assertFrench(json(wish).path("message").asText(), "ne se sont pas rencontrés");
    HttpResponse<String> unknownDomain =
        editor.post(
            "/api/speed-datings",
            Map.of(
                "title",
                "X",
                "date",
                "2026-03-01",
                "territory",
                "departement:45",
                "organisations",
                List.of(a.id(), c.id()),
                "priorities",
                List.of("BANANES")));
    assertThat(unknownDomain.statusCode()).isEqualTo(400);
    assertThat(json(unknownDomain).path("code").asText()).isEqualTo("domain.unknown");
    assertFrench(json(unknownDomain).path("message").asText(), "Domaine « BANANES » inconnu.");
  }

  // ------------------------------------------------------------------ accounts

  @Test
  void sign_in_and_account_creation_refuse_in_french() {
    HttpResponse<String> page = get(null, "/connexion");
    String token =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(org.phare.web.account.AccountRoutes.LOGIN_COOKIE + "="))
            .map(c -> c.substring(c.indexOf('=') + 1, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> wrong =
        EcosystemPagesTest.post(
            org.phare.web.account.AccountRoutes.LOGIN_COOKIE + "=" + token,
            "/connexion",
            EcosystemPagesTest.form(
                Map.of("login", "loiret1", "password", "mauvais", "_csrf", token)));
    refusedPage(wrong, 401, "Identifiant ou mot de passe incorrect.");

    Client admin = WEB.login("admin");
    HttpResponse<String> weak =
        admin.post(
            "/api/accounts", Map.of("login", "nouveau", "password", "court", "role", "VIEWER"));
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(json(weak).path("code").asText()).isEqualTo("account.password.too-short");
    assertThat(json(weak).path("field").asText()).isEqualTo("password");
    assertFrench(
        json(weak).path("message").asText(),
        "Le mot de passe doit comporter au moins 12 caractères.");
    HttpResponse<String> role =
        admin.post(
            "/api/accounts?lang=en",
            Map.of("login", "nouveau", "password", WebFixture.PASSWORD, "role", "CHEF"));
    assertThat(role.statusCode()).isEqualTo(400);
    assertThat(json(role).path("message").asText())
        .isEqualTo("Unknown role “CHEF” (ADMINISTRATOR, EDITOR or VIEWER).");
    HttpResponse<String> taken =
        admin.post(
            "/api/accounts",
            Map.of("login", "loiret1", "password", WebFixture.PASSWORD, "role", "VIEWER"));
    assertThat(taken.statusCode()).isEqualTo(422);
    assertFrench(json(taken).path("message").asText(), "L’identifiant « loiret1 » existe déjà.");
  }

  // ------------------------------------------------------------------ API statuses

  @Test
  void the_api_answers_code_field_and_message_with_the_status_of_the_kind() {
    Client editor = WEB.login("loiret1");
    // 400: unreadable input
    HttpResponse<String> body = editor.send("POST", "/api/organisations", "{pas du json", true);
    assertThat(body.statusCode()).isEqualTo(400);
    assertThat(json(body).path("code").asText()).isEqualTo("web.body.unreadable");
    assertFrench(json(body).path("message").asText(), "JSON illisible (ligne 1");

    // 403: a viewer
    HttpResponse<String> viewer =
        WEB.login("lecteur")
            .post("/api/organisations", EcosystemPagesTest.association("Asso", "45234"));
    assertThat(viewer.statusCode()).isEqualTo(403);
    // refused before the handler (ReadOnlyAccounts): the account reads, whatever the body
    assertThat(json(viewer).path("code").asText()).isEqualTo("registry.forbidden.read-only");
    assertFrench(json(viewer).path("message").asText(), "Votre compte est en lecture seule");

    // 404: unknown record, in English through Accept-Language
    HttpResponse<String> missing =
        send(
            HttpRequest.newBuilder(URI.create(WEB.base + "/api/organisations/999999"))
                .header("Cookie", editor.cookie())
                .header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")
                .GET()
                .build());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).path("message").asText())
        .isEqualTo("Organisation no. 999999 does not exist (or was deleted).");

    // 422: a refused value, several reasons listed, the first one at top level
    Map<String, Object> bad = EcosystemPagesTest.association("Asso", "45234");
    bad.put("siren", "552100555");
    HttpResponse<String> siren = editor.post("/api/organisations", bad);
    assertThat(siren.statusCode()).isEqualTo(422);
    assertThat(json(siren).path("code").asText()).isEqualTo("registry.siren.check-digit");
    assertThat(json(siren).path("field").asText()).isEqualTo("siren");
    assertFrench(
        json(siren).path("message").asText(),
        "SIREN « 552100555 » invalide : la clé de contrôle ne correspond pas.");

    // 409 only for a version conflict
    JsonNode created =
        json(editor.post("/api/organisations", EcosystemPagesTest.association("Asso", "45234")));
    Map<String, Object> first = EcosystemPagesTest.association("Asso 1", "45234");
    first.put("version", 1);
    assertThat(editor.put("/api/organisations/" + created.path("id").asLong(), first).statusCode())
        .isEqualTo(200);
    HttpResponse<String> stale =
        editor.put("/api/organisations/" + created.path("id").asLong(), first);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).path("code").asText()).isEqualTo("registry.stale.organisation");
    assertFrench(
        json(stale).path("message").asText(),
        "L’organisation « Asso 1 » a été modifiée par quelqu’un d’autre");
    // a probable duplicate is a refused value, not a conflict
    HttpResponse<String> twin =
        editor.post("/api/organisations", EcosystemPagesTest.association("Asso 1", "45234"));
    assertThat(twin.statusCode()).isEqualTo(422);
    assertThat(json(twin).path("code").asText()).isEqualTo("registry.duplicate");
    assertThat(json(twin).path("candidates")).hasSize(1);
  }

  static HttpResponse<String> send(HttpRequest request) {
    return EcosystemPagesTest.send(request);
  }
}
