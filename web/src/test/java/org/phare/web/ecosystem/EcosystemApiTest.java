package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture.Client;

class EcosystemApiTest {

  static final WebFixture WEB = WebFixture.get();

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  static Map<String, Object> association(String name, String commune) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", "ASSOCIATION");
    m.put("commune", commune);
    m.put("ess", true);
    m.put("domains", List.of("POVERTY"));
    m.put("objectives", List.of("ECONOMIC_RESOURCES"));
    m.put("contact", Map.of("person", "Marie Curie", "email", "marie@example.org"));
    return m;
  }

  static Map<String, Object> company(String name, String commune) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", "COMPANY");
    m.put("size", "SME");
    m.put("status", "COOPERATIVE");
    m.put("commune", commune);
    m.put("objectives", List.of("HR_AND_MANAGEMENT"));
    return m;
  }

  long count() {
    return WEB.jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM eco_organisation").mapTo(Long.class).one());
  }

  @Test
  void login_sets_an_http_only_same_site_cookie_and_returns_the_csrf_token() {
    HttpResponse<String> response =
        WEB.anonymous()
            .send(
                "POST",
                "/api/login",
                WebFixture.json(Map.of("login", "loiret1", "password", WebFixture.PASSWORD)),
                false);
    assertThat(response.statusCode()).isEqualTo(200);
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("phare_session=")
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Path=/");
    assertThat(WebFixture.parse(response.body()).path("csrfToken").asText()).hasSizeGreaterThan(40);
    HttpResponse<String> wrong =
        WEB.anonymous()
            .send(
                "POST",
                "/api/login",
                WebFixture.json(Map.of("login", "loiret1", "password", "nope")),
                false);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(WebFixture.parse(wrong.body()).path("message").asText())
        .isEqualTo("Identifiant ou mot de passe incorrect.");
  }

  @Test
  void an_editor_creates_organisations_a_partnership_and_sees_them_in_the_network_and_overview() {
    Client editor = WEB.login("loiret1");
    JsonNode a =
        WebFixture.parse(editor.post("/api/organisations", company("Coop Alpha", "45234")).body());
    JsonNode b =
        WebFixture.parse(
            editor.post("/api/organisations", association("Entraide Olivet", "45232")).body());
    assertThat(a.path("id").asLong()).isPositive();
    assertThat(a.path("family").asText()).isEqualTo("ECONOMIC_ACTOR");
    Map<String, Object> partnership = new LinkedHashMap<>();
    partnership.put("title", "Mécénat de compétences");
    partnership.put("members", List.of(a.path("id").asLong(), b.path("id").asLong()));
    partnership.put("category", "MECENAT");
    partnership.put("modality", "SKILLS_PATRONAGE");
    partnership.put("territory", "departement:45");
    partnership.put("start", "2025-01-15");
    partnership.put("resources", List.of("SKILLS"));
    HttpResponse<String> created = editor.post("/api/partnerships", partnership);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(WebFixture.parse(created.body()).path("start").asText()).isEqualTo("2025-01-15");

    JsonNode network =
        WebFixture.parse(editor.get("/api/territories/departement:45/network").body());
    assertThat(network.path("elements").path("nodes")).hasSize(2);
    JsonNode edge = network.path("elements").path("edges").get(0).path("data");
    assertThat(edge.path("source").asText()).startsWith("o");
    assertThat(edge.path("categories").get(0).asText()).isEqualTo("MECENAT");
    assertThat(network.path("metrics").path("companyAssociationShare").asDouble()).isEqualTo(1.0);
    JsonNode filtered =
        WebFixture.parse(
            editor
                .get("/api/territories/departement:45/network?category=ECONOMIC_COOPERATION")
                .body());
    assertThat(filtered.path("elements").path("edges")).isEmpty();

    JsonNode overview =
        WebFixture.parse(editor.get("/api/territories/departement:45/ecosystem").body());
    assertThat(overview.path("organisations").asInt()).isEqualTo(2);
    assertThat(overview.path("companies").path("rate").asDouble()).isEqualTo(1.0);
    assertThat(overview.path("partnershipsByCategory").path("MECENAT").asInt()).isEqualTo(1);
    // No evaluation yet: means are null (NaN is never written as a number).
    assertThat(overview.path("impacts").get(0).path("mean").isNull()).isTrue();
  }

  @Test
  void changes_without_a_valid_csrf_token_or_session_are_refused_and_nothing_is_stored() {
    Client editor = WEB.login("loiret1");
    HttpResponse<String> noToken =
        editor.send(
            "POST", "/api/organisations", WebFixture.json(association("Asso", "45234")), false);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("CSRF");
    Client forged = new Client(WEB, editor.cookie(), "forged-token");
    assertThat(forged.post("/api/organisations", association("Asso", "45234")).statusCode())
        .isEqualTo(403);
    Client otherSessionToken = new Client(WEB, editor.cookie(), WEB.login("loiret2").csrf());
    assertThat(
            otherSessionToken.post("/api/organisations", association("Asso", "45234")).statusCode())
        .isEqualTo(403);
    assertThat(
            WEB.anonymous().post("/api/organisations", association("Asso", "45234")).statusCode())
        .isEqualTo(401);
    assertThat(count()).isZero();
  }

  @Test
  void viewers_and_editors_of_another_territory_cannot_edit() {
    Client viewer = WEB.login("lecteur");
    HttpResponse<String> byViewer = viewer.post("/api/organisations", association("Asso", "45234"));
    assertThat(byViewer.statusCode()).isEqualTo(403);
    Client cher = WEB.login("cher");
    HttpResponse<String> byCher = cher.post("/api/organisations", association("Asso", "45234"));
    assertThat(byCher.statusCode()).isEqualTo(403);
    assertThat(WebFixture.parse(byCher.body()).path("message").asText()).contains("Orléans");
    assertThat(count()).isZero();
    JsonNode created =
        WebFixture.parse(
            WEB.login("loiret1").post("/api/organisations", association("Asso", "45234")).body());
    Map<String, Object> update = association("Asso renommée", "45234");
    update.put("version", created.path("version").asInt());
    assertThat(cher.put("/api/organisations/" + created.path("id").asLong(), update).statusCode())
        .isEqualTo(403);
    assertThat(
            viewer
                .send(
                    "DELETE",
                    "/api/organisations/" + created.path("id").asLong() + "?version=1",
                    null,
                    true)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_second_editors_concurrent_change_is_refused_with_a_clear_message_and_nothing_is_lost() {
    Client first = WEB.login("loiret1");
    Client second = WEB.login("loiret2");
    JsonNode created =
        WebFixture.parse(
            first.post("/api/organisations", association("Banque alimentaire", "45234")).body());
    long id = created.path("id").asLong();
    // Both open version 1.
    Map<String, Object> mine = association("Banque alimentaire du Loiret", "45234");
    mine.put("version", 1);
    Map<String, Object> theirs = association("Banque alimentaire d'Orléans", "45234");
    theirs.put("version", 1);
    assertThat(first.put("/api/organisations/" + id, mine).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = second.put("/api/organisations/" + id, theirs);
    assertThat(refused.statusCode()).isEqualTo(409);
    JsonNode body = WebFixture.parse(refused.body());
    assertThat(body.path("code").asText()).isEqualTo("registry.stale.organisation");
    assertThat(body.path("message").asText())
        .contains("a été modifiée par quelqu’un d’autre")
        .contains("version enregistrée : 2")
        .contains("ne sont pas perdues");
    // The refused change comes back, the stored one is the first editor's.
    assertThat(body.path("yours").path("name").asText()).isEqualTo("Banque alimentaire d'Orléans");
    assertThat(body.path("current").path("name").asText())
        .isEqualTo("Banque alimentaire du Loiret");
    assertThat(body.path("current").path("version").asInt()).isEqualTo(2);
    JsonNode stored = WebFixture.parse(first.get("/api/organisations/" + id).body());
    assertThat(stored.path("name").asText()).isEqualTo("Banque alimentaire du Loiret");
    Map<String, Object> noVersion = association("Sans version", "45234");
    assertThat(second.put("/api/organisations/" + id, noVersion).statusCode()).isEqualTo(400);
    // The administrator sees who changed what in the audit log.
    JsonNode audit =
        WebFixture.parse(WEB.login("admin").get("/api/audit/organisation/" + id).body());
    assertThat(audit).hasSize(2);
    assertThat(audit.get(1).path("login").asText()).isEqualTo("loiret1");
    assertThat(first.get("/api/audit/organisation/" + id).statusCode()).isEqualTo(403);
  }

  @Test
  void probable_duplicates_answer_422_with_the_candidates_until_confirmed() {
    Client editor = WEB.login("loiret1");
    editor.post("/api/organisations", association("Les Restos du Cœur", "45234"));
    HttpResponse<String> twin =
        editor.post("/api/organisations", association("Restos du coeur", "45234"));
    assertThat(twin.statusCode()).isEqualTo(422);
    JsonNode body = WebFixture.parse(twin.body());
    assertThat(body.path("code").asText()).isEqualTo("registry.duplicate");
    assertThat(body.path("candidates").get(0).path("organisation").path("name").asText())
        .isEqualTo("Les Restos du Cœur");
    assertThat(body.path("candidates").get(0).path("similarity").asDouble()).isGreaterThan(0.92);
    assertThat(count()).isEqualTo(1);
    assertThat(
            editor
                .post("/api/organisations?confirm=true", association("Restos du coeur", "45234"))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void
      script_in_a_name_is_returned_escaped_and_sql_metacharacters_are_stored_verbatim_in_every_field() {
    Client editor = WEB.login("loiret1");
    String script = "<script>alert('x')</script>";
    String sql = "'; DROP TABLE eco_organisation; -- \" \\ % _";
    Map<String, Object> org = association(script + sql, "45234");
    org.put(
        "contact",
        Map.of(
            "person",
            sql,
            "email",
            "a'b@example.org",
            "phone",
            sql.substring(0, 30),
            "website",
            script + sql));
    HttpResponse<String> created = editor.post("/api/organisations", org);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("<script>").contains("\\u003Cscript\\u003E");
    JsonNode json = WebFixture.parse(created.body());
    assertThat(json.path("name").asText()).isEqualTo(script + sql);
    assertThat(json.path("contact").path("person").asText()).isEqualTo(sql);
    assertThat(json.path("contact").path("website").asText()).isEqualTo(script + sql);
    Map<String, Object> partner = association("Autre", "45232");
    long other =
        WebFixture.parse(editor.post("/api/organisations", partner).body()).path("id").asLong();
    Map<String, Object> partnership = new LinkedHashMap<>();
    partnership.put("title", sql + script);
    partnership.put("members", List.of(json.path("id").asLong(), other));
    partnership.put("category", "MECENAT");
    partnership.put("territory", "departement:45");
    JsonNode p = WebFixture.parse(editor.post("/api/partnerships", partnership).body());
    assertThat(p.path("title").asText()).isEqualTo(sql + script);
    JsonNode search =
        WebFixture.parse(
            editor
                .get(
                    "/api/organisations?territory=departement:45&q="
                        + java.net.URLEncoder.encode(
                            "' OR 1=1 --", java.nio.charset.StandardCharsets.UTF_8))
                .body());
    assertThat(search).isEmpty();
    assertThat(count()).isEqualTo(2);
    // A bad territory or code is a 400 with a message, not a server error.
    assertThat(
            editor
                .get(
                    "/api/organisations?territory="
                        + java.net.URLEncoder.encode(
                            "departement:45' OR '1'='1", java.nio.charset.StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(200);
    assertThat(editor.get("/api/territories/nowhere:1/network").statusCode()).isEqualTo(400);
  }

  @Test
  void an_oversized_upload_is_refused_with_413_and_nothing_is_stored() throws Exception {
    Client editor = WEB.login("loiret1");
    StringBuilder csv = new StringBuilder("name,type,commune\n");
    while (csv.length() <= EcosystemRoutes.MAX_UPLOAD_BYTES) {
      csv.append("Association numéro ").append(csv.length()).append(",ASSOCIATION,45234\n");
    }
    HttpResponse<String> response =
        editor.send("POST", "/api/organisations/import", csv.toString(), true);
    assertThat(response.statusCode()).isEqualTo(413);
    // Same without a declared length (chunked stream).
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(WEB.base + "/api/organisations/import"))
            .header("Cookie", editor.cookie())
            .header("X-CSRF-Token", editor.csrf())
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () ->
                        new java.io.ByteArrayInputStream(
                            csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .build();
    assertThat(WEB.http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(413);
    assertThat(count()).isZero();
  }

  @Test
  void csv_import_is_all_or_nothing_with_line_level_errors_and_export_round_trips() {
    Client editor = WEB.login("loiret1");
    String bad = "name,type,commune\nBonne,ASSOCIATION,45234\nMauvaise,BANK,45234\n";
    HttpResponse<String> refused =
        editor.send("POST", "/api/organisations/import?file=orgs.csv", bad, true);
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode error = WebFixture.parse(refused.body()).path("errors").get(0);
    assertThat(error.path("file").asText()).isEqualTo("orgs.csv");
    assertThat(error.path("line").asInt()).isEqualTo(3);
    assertThat(error.path("column").asInt()).isEqualTo(2);
    assertThat(error.path("field").asText()).isEqualTo("type");
    assertThat(count()).isZero();
    String good =
        "name,type,commune,domains\nBonne,ASSOCIATION,45234,POVERTY|HOUSING\nAutre,MEDIA,45232,\n";
    HttpResponse<String> imported = editor.send("POST", "/api/organisations/import", good, true);
    assertThat(imported.statusCode()).isEqualTo(201);
    assertThat(WebFixture.parse(imported.body()).path("imported").asInt()).isEqualTo(2);
    HttpResponse<String> export = editor.get("/api/organisations.csv?territory=departement:45");
    assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(export.body()).contains("Bonne;ASSOCIATION").contains("POVERTY|HOUSING");
    // codes never alone: their French labels in columns of their own (Domain labels)
    assertThat(export.body())
        .contains(";domaines_libelles;")
        .contains(";Pauvreté, exclusion | Mal-logement;");
  }

  @Test
  void public_read_can_be_switched_off_by_an_administrator_only() {
    assertThat(WEB.anonymous().get("/api/organisations").statusCode()).isEqualTo(200);
    Client editor = WEB.login("loiret1");
    assertThat(editor.put("/api/settings/public-read", Map.of("publicRead", false)).statusCode())
        .isEqualTo(403);
    Client admin = WEB.login("admin");
    assertThat(admin.put("/api/settings/public-read", Map.of("publicRead", false)).statusCode())
        .isEqualTo(200);
    assertThat(WEB.anonymous().get("/api/organisations").statusCode()).isEqualTo(401);
    assertThat(WEB.anonymous().get("/api/openapi.yaml").statusCode()).isEqualTo(200);
    assertThat(editor.get("/api/organisations").statusCode()).isEqualTo(200);
  }

  @Test
  void repeated_failed_logins_are_throttled_with_429() {
    for (int i = 0; i < 5; i++) {
      WEB.anonymous()
          .send(
              "POST",
              "/api/login",
              WebFixture.json(Map.of("login", "loiret1", "password", "x")),
              false);
    }
    HttpResponse<String> throttled =
        WEB.anonymous()
            .send(
                "POST",
                "/api/login",
                WebFixture.json(Map.of("login", "loiret1", "password", WebFixture.PASSWORD)),
                false);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void logout_ends_the_session() {
    Client editor = WEB.login("loiret1");
    assertThat(editor.post("/api/logout", null).statusCode()).isEqualTo(200);
    assertThat(WebFixture.parse(editor.get("/api/me").body()).path("signedIn").asBoolean())
        .isFalse();
    assertThat(editor.post("/api/organisations", association("Asso", "45234")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void openapi_network_page_and_cytoscape_are_served() {
    HttpResponse<String> openapi = WEB.anonymous().get("/api/openapi.yaml");
    assertThat(openapi.body()).startsWith("openapi: 3.");
    // The network page now lives in the site's layout at /reseau; the old address redirects.
    HttpResponse<String> old = WEB.anonymous().get("/ecosystem/network?territory=departement:45");
    assertThat(old.statusCode()).isEqualTo(301);
    assertThat(old.headers().firstValue("Location"))
        .contains("/reseau?territoire=departement%3A45");
    assertThat(WEB.anonymous().get("/reseau?territoire=departement:45").body())
        .contains("/assets/cytoscape.min.js")
        .contains("/assets/ecosystem-network.js");
    assertThat(WEB.anonymous().get("/assets/cytoscape.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void evaluations_are_recorded_and_aggregated_in_the_overview() {
    Client editor = WEB.login("loiret1");
    long a =
        WebFixture.parse(editor.post("/api/organisations", company("Alpha", "45234")).body())
            .path("id")
            .asLong();
    long b =
        WebFixture.parse(editor.post("/api/organisations", association("Beta", "45234")).body())
            .path("id")
            .asLong();
    Map<String, Object> initiative = new LinkedHashMap<>();
    initiative.put("kind", "COLLECTIVE_EXPERIMENT");
    initiative.put("title", "Expérimentation mobilité");
    initiative.put("territory", "commune:45234");
    initiative.put("participants", List.of(a, b));
    initiative.put("stage", "CO_BUILD");
    initiative.put("innovationStage", "EXPERIMENTATION");
    initiative.put("levers", List.of("FUNDING", "ADVICE"));
    JsonNode created = WebFixture.parse(editor.post("/api/initiatives", initiative).body());
    assertThat(created.path("stage").asText()).isEqualTo("CO_BUILD");
    assertThat(WebFixture.parse(editor.get("/api/evaluation/questions").body())).hasSize(9);
    HttpResponse<String> evaluated =
        editor.post(
            "/api/evaluations",
            Map.of(
                "subject",
                "INITIATIVE",
                "subjectId",
                created.path("id").asLong(),
                "answers",
                Map.of("CONF_TRUST", 4, "CONF_TERRITORY", 3)));
    assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(201);
    JsonNode overview =
        WebFixture.parse(editor.get("/api/territories/departement:45/ecosystem").body());
    assertThat(overview.path("impacts").get(2).path("mean").asDouble()).isEqualTo(3.5);
    assertThat(overview.path("initiatives").path("COLLECTIVE_EXPERIMENT").asInt()).isEqualTo(1);
  }

  @Test
  void an_initiative_is_updated_with_its_version_under_csrf_and_rights_and_409_when_stale() {
    Client first = WEB.login("loiret1");
    Client second = WEB.login("loiret2");
    long a =
        WebFixture.parse(first.post("/api/organisations", company("Alpha", "45234")).body())
            .path("id")
            .asLong();
    long b =
        WebFixture.parse(first.post("/api/organisations", association("Beta", "45232")).body())
            .path("id")
            .asLong();
    Map<String, Object> initiative = new LinkedHashMap<>();
    initiative.put("kind", "TERRITORIAL_DIALOGUE");
    initiative.put("title", "Dialogue mobilité");
    initiative.put("territory", "departement:45");
    initiative.put("participants", List.of(a));
    JsonNode created = WebFixture.parse(first.post("/api/initiatives", initiative).body());
    long id = created.path("id").asLong();
    String path = "/api/initiatives/" + id;
    Map<String, Object> mine = new LinkedHashMap<>(initiative);
    mine.put("title", "Dialogue mobilité et emploi");
    mine.put("participants", List.of(b, a));
    mine.put("stage", "CO_BUILD");
    mine.put("version", 1);
    Map<String, Object> theirs = new LinkedHashMap<>(initiative);
    theirs.put("title", "Dialogue des mobilités");
    theirs.put("version", 1);
    // Refused with nothing written: no CSRF token, no session, a viewer, an editor of the Cher.
    assertThat(first.send("PUT", path, WebFixture.json(mine), false).statusCode()).isEqualTo(403);
    assertThat(WEB.anonymous().put(path, mine).statusCode()).isEqualTo(401);
    assertThat(WEB.login("lecteur").put(path, mine).statusCode()).isEqualTo(403);
    HttpResponse<String> byCher = WEB.login("cher").put(path, mine);
    assertThat(byCher.statusCode()).isEqualTo(403);
    assertThat(WebFixture.parse(byCher.body()).path("message").asText()).contains("Loiret");
    Map<String, Object> noVersion = new LinkedHashMap<>(mine);
    noVersion.remove("version");
    assertThat(first.put(path, noVersion).statusCode()).isEqualTo(400);
    assertThat(WebFixture.parse(first.get(path).body()).path("version").asInt()).isEqualTo(1);
    // Both editors opened version 1: the first save wins, the second gets 409 with both states.
    HttpResponse<String> saved = first.put(path, mine);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(WebFixture.parse(saved.body()).path("version").asInt()).isEqualTo(2);
    HttpResponse<String> refused = second.put(path, theirs);
    assertThat(refused.statusCode()).isEqualTo(409);
    JsonNode body = WebFixture.parse(refused.body());
    assertThat(body.path("code").asText()).isEqualTo("registry.stale.initiative");
    assertThat(body.path("message").asText())
        .startsWith("L’initiative « Dialogue mobilité et emploi »")
        .contains("version enregistrée : 2");
    assertThat(body.path("yours").path("title").asText()).isEqualTo("Dialogue des mobilités");
    assertThat(body.path("current").path("title").asText())
        .isEqualTo("Dialogue mobilité et emploi");
    JsonNode stored = WebFixture.parse(first.get(path).body());
    assertThat(stored.path("title").asText()).isEqualTo("Dialogue mobilité et emploi");
    assertThat(stored.path("stage").asText()).isEqualTo("CO_BUILD");
    assertThat(stored.path("participants")).extracting(JsonNode::asLong).containsExactly(b, a);
    JsonNode audit = WebFixture.parse(WEB.login("admin").get("/api/audit/initiative/" + id).body());
    assertThat(audit)
        .extracting(e -> e.path("action").asText())
        .containsExactly("CREATE", "UPDATE");
    assertThat(audit.get(1).path("before").asText())
        .containsPattern("\"title\": ?\"Dialogue mobilité\"");
    assertThat(audit.get(1).path("after").asText())
        .containsPattern("\"title\": ?\"Dialogue mobilité et emploi\"");
    assertThat(WEB.anonymous().put("/api/initiatives/999999", mine).statusCode()).isEqualTo(401);
    assertThat(first.put("/api/initiatives/999999", mine).statusCode()).isEqualTo(404);
  }
}
