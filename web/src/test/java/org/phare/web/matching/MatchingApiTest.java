package org.phare.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture;

class MatchingApiTest {

  final WebFixture fixture = WebFixture.get();
  WebFixture.Client editor;

  @BeforeEach
  void reset() {
    fixture.reset();
    fixture.jdbi.useHandle(h -> h.execute("TRUNCATE match_event CASCADE"));
    editor = fixture.login("loiret1");
  }

  long organisation(String name, String type, String commune, String email) {
    return organisation(editor, name, type, commune, email);
  }

  /** Creates an organisation through the registry API and returns its id. */
  static long organisation(
      WebFixture.Client client, String name, String type, String commune, String email) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("name", name);
    body.put("type", type);
    if (type.equals("COMPANY")) {
      body.put("size", "SME");
      body.put("status", "CLASSIC");
    }
    body.put("commune", commune);
    body.put("domains", List.of("EMPLOYMENT"));
    body.put("contact", Map.of("person", "Contact " + name, "email", email));
    HttpResponse<String> r = client.post("/api/organisations?confirm=true", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return WebFixture.parse(r.body()).path("id").asLong();
  }

  long event(List<Long> ids, int rounds, int tables) {
    HttpResponse<String> r =
        editor.post(
            "/api/speed-datings",
            Map.of(
                "title",
                "Rencontres « Loiret »",
                "territory",
                "DEPARTEMENT:45",
                "date",
                "2026-12-03",
                "rounds",
                rounds,
                "tables",
                tables,
                "organisations",
                ids));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return WebFixture.parse(r.body()).path("id").asLong();
  }

  @Test
  void suggestions_list_the_other_side_with_reasons() {
    long company = organisation("Garage Loire", "COMPANY", "45234", "garage@example.org");
    long association = organisation("Insertion Olivet", "ASSOCIATION", "45232", "a@example.org");
    organisation(fixture.login("cher"), "Emploi Bourges", "ASSOCIATION", "18033", "b@example.org");

    HttpResponse<String> r =
        fixture.anonymous().get("/api/organisations/" + company + "/suggestions");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode suggestions = WebFixture.parse(r.body()).path("suggestions");
    assertThat(suggestions).hasSize(1);
    assertThat(suggestions.get(0).path("partner").path("id").asLong()).isEqualTo(association);
    assertThat(suggestions.get(0).path("affinity").path("reasons")).isNotEmpty();
    // The organisation's contact is personal data: not for anonymous readers, yes for its editor.
    assertThat(r.body()).doesNotContain("garage@example.org");
    assertThat(editor.get("/api/organisations/" + company + "/suggestions").body())
        .contains("garage@example.org");

    HttpResponse<String> page =
        fixture.anonymous().get("/mise-en-relation/organisation/" + company);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Partenaires suggérés pour Garage Loire", "Insertion Olivet");
  }

  @Test
  void only_editors_with_a_csrf_token_create_events() {
    long c = organisation("Garage Loire", "COMPANY", "45234", "garage@example.org");
    long a = organisation("Insertion Olivet", "ASSOCIATION", "45232", "a@example.org");
    Map<String, Object> body =
        Map.of(
            "territory",
            "DEPARTEMENT:45",
            "date",
            "2026-12-03",
            "rounds",
            1,
            "tables",
            1,
            "organisations",
            List.of(c, a));
    assertThat(fixture.anonymous().post("/api/speed-datings", body).statusCode()).isEqualTo(401);
    assertThat(fixture.login("lecteur").post("/api/speed-datings", body).statusCode())
        .isEqualTo(403);
    assertThat(fixture.login("cher").post("/api/speed-datings", body).statusCode()).isEqualTo(403);
    assertThat(editor.send("POST", "/api/speed-datings", WebFixture.json(body), false).statusCode())
        .isEqualTo(403);
    assertThat(editor.post("/api/speed-datings", body).statusCode()).isEqualTo(201);
  }

  @Test
  void an_organiser_may_choose_the_priorities_of_an_event() {
    long c = organisation("Garage Loire", "COMPANY", "45234", "garage@example.org");
    long a = organisation("Insertion Olivet", "ASSOCIATION", "45232", "a@example.org");
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("territory", "DEPARTEMENT:45");
    body.put("date", "2026-12-03");
    body.put("rounds", 1);
    body.put("tables", 1);
    body.put("organisations", List.of(c, a));
    body.put("priorities", List.of("POVERTY", "mobility"));
    HttpResponse<String> r = editor.post("/api/speed-datings", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(WebFixture.parse(r.body()).path("priorities").toString())
        .isEqualTo("[\"POVERTY\",\"MOBILITY\"]");
    body.put("priorities", List.of("NOPE"));
    HttpResponse<String> refused = editor.post("/api/speed-datings", body);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "\"code\":\"domain.unknown\"", "\"field\":\"priorities\"", "Domaine « NOPE » inconnu.");
  }

  @Test
  void after_the_event_only_mutual_wishes_reveal_contacts_and_open_a_partnership() {
    long c1 = organisation("Garage Loire", "COMPANY", "45234", "garage@example.org");
    long c2 = organisation("Imprimerie Olivet", "COMPANY", "45232", "imprimerie@example.org");
    long a1 = organisation("Insertion Orléans", "ASSOCIATION", "45234", "insertion@example.org");
    long a2 = organisation("Resto Olivet", "ASSOCIATION", "45232", "resto@example.org");
    long id = event(List.of(c1, c2, a1, a2), 2, 2);

    assertThat(
            editor
                .post("/api/speed-datings/" + id + "/wishes", Map.of("from", c1, "to", a1))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            editor
                .post("/api/speed-datings/" + id + "/wishes", Map.of("from", a1, "to", c1))
                .statusCode())
        .isEqualTo(204);
    // One-sided: the answer is the same as for a wish that turns mutual.
    assertThat(
            editor
                .post("/api/speed-datings/" + id + "/wishes", Map.of("from", c2, "to", a2))
                .statusCode())
        .isEqualTo(204);

    JsonNode mutual =
        WebFixture.parse(fixture.anonymous().get("/api/speed-datings/" + id + "/results").body())
            .path("mutual");
    assertThat(mutual).hasSize(1);
    assertThat(mutual.get(0).path("company").path("id").asLong()).isEqualTo(c1);

    // Contacts go to the event's organisers only (participants are organisations, not accounts).
    String path = "/api/speed-datings/" + id + "/contacts/" + c1;
    HttpResponse<String> anonymous = fixture.anonymous().get(path);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("insertion@example.org");
    assertThat(fixture.login("lecteur").get(path).statusCode()).isEqualTo(403);
    assertThat(fixture.login("cher").get(path).statusCode()).isEqualTo(403);
    HttpResponse<String> organiser = editor.get(path);
    assertThat(organiser.headers().firstValue("Cache-Control")).hasValue("no-store");
    String c1Contacts = organiser.body();
    assertThat(c1Contacts).contains("insertion@example.org").doesNotContain("resto@example.org");
    String c2Contacts = editor.get("/api/speed-datings/" + id + "/contacts/" + c2).body();
    assertThat(WebFixture.parse(c2Contacts).path("matches")).isEmpty();
    assertThat(c2Contacts).doesNotContain("resto@example.org");
    String a2Contacts = editor.get("/api/speed-datings/" + id + "/contacts/" + a2).body();
    assertThat(a2Contacts).doesNotContain("imprimerie@example.org");

    assertThat(
            editor
                .post(
                    "/api/speed-datings/" + id + "/partnerships",
                    Map.of("company", c2, "association", a2))
                .statusCode())
        .isEqualTo(422);
    HttpResponse<String> opened =
        editor.post(
            "/api/speed-datings/" + id + "/partnerships",
            Map.of("company", c1, "association", a1, "category", "SOCIETAL_INNOVATION"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    assertThat(WebFixture.parse(opened.body()).path("stage").asText()).isEqualTo("PREPARE");
  }

  @Test
  void replan_and_printable_schedules() {
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ids.add(organisation("Entreprise " + i, "COMPANY", "45234", "e" + i + "@example.org"));
      ids.add(organisation("Association " + i, "ASSOCIATION", "45232", "a" + i + "@example.org"));
    }
    long id = event(ids, 3, 3);
    JsonNode before = WebFixture.parse(fixture.anonymous().get("/api/speed-datings/" + id).body());
    HttpResponse<String> replanned =
        editor.post(
            "/api/speed-datings/" + id + "/replan",
            Map.of("roundsPlayed", 1, "absent", List.of(ids.get(1)), "arrived", List.of()));
    assertThat(replanned.statusCode()).as(replanned.body()).isEqualTo(200);
    JsonNode after = WebFixture.parse(replanned.body());
    assertThat(after.path("rounds").get(0)).isEqualTo(before.path("rounds").get(0));
    assertThat(after.path("rounds").get(1).toString())
        .doesNotContain("\"association\":" + ids.get(1) + ",");

    HttpResponse<String> page = fixture.anonymous().get("/mise-en-relation/speed-dating/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Planning par table", "Table 3", "Entreprise 2", "Absent");
    HttpResponse<String> pdf =
        fixture.anonymous().get("/mise-en-relation/speed-dating/" + id + "/planning.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(fixture.anonymous().get("/mise-en-relation/speed-dating/999").statusCode())
        .isEqualTo(404);
  }

  @Test
  void the_wishes_form_needs_the_editor_token_and_pages_follow_the_read_setting() throws Exception {
    long c = organisation("Garage Loire", "COMPANY", "45234", "garage@example.org");
    long a = organisation("Insertion Olivet", "ASSOCIATION", "45232", "a@example.org");
    long id = event(List.of(c, a), 1, 1);
    String page = "/mise-en-relation/speed-dating/" + id + "/souhaits?participant=" + c;

    assertThat(fixture.anonymous().get(page).body()).contains("Connectez-vous comme éditeur");
    String form = editor.get(page).body();
    assertThat(form).contains("_csrf=" + editor.csrf(), "Insertion Olivet");

    String body = "from=" + c + "&to=" + a;
    java.net.http.HttpRequest.Builder post =
        java.net.http.HttpRequest.newBuilder()
            .header("Cookie", editor.cookie())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
    String action = fixture.base + "/api/speed-datings/" + id + "/wishes-form";
    assertThat(
            fixture
                .http
                .send(
                    post.copy().uri(java.net.URI.create(action)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(403);
    assertThat(
            fixture
                .http
                .send(
                    post.copy()
                        .uri(java.net.URI.create(action + "?_csrf=" + editor.csrf()))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(303);
    // One side only so far: nothing mutual, nothing revealed.
    assertThat(
            WebFixture.parse(
                    fixture.anonymous().get("/api/speed-datings/" + id + "/results").body())
                .path("mutual"))
        .isEmpty();

    fixture.jdbi.useHandle(
        h -> h.execute("UPDATE acc_setting SET value = 'false' WHERE key = 'public_read'"));
    // As the registry pages: an anonymous reader of a private instance is sent to sign in.
    HttpResponse<String> closed = fixture.anonymous().get("/mise-en-relation/speed-dating/" + id);
    assertThat(closed.statusCode()).isEqualTo(303);
    assertThat(closed.headers().firstValue("Location").orElseThrow()).startsWith("/connexion");
    assertThat(
            fixture
                .anonymous()
                .get("/mise-en-relation/speed-datings?territoire=departement:45")
                .statusCode())
        .isEqualTo(303);
    assertThat(editor.get("/mise-en-relation/speed-dating/" + id).statusCode()).isEqualTo(200);
  }
}
