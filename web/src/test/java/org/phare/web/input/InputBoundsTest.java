package org.phare.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.account.AccountRoutes;
import org.phare.web.ecosystem.WebFixture;

/**
 * Bad input answered with a coded French message, never a 500 nor a silently damaged record: sizes
 * and numbers out of their bounds, malformed numbers, invalid UTF-8, oversized bodies; and an event
 * re-planned after mutual wishes stays readable.
 */
class InputBoundsTest {

  final WebFixture fixture = WebFixture.get();
  WebFixture.Client editor;

  @BeforeEach
  void reset() {
    fixture.reset();
    fixture.jdbi.useHandle(h -> h.execute("TRUNCATE match_event CASCADE"));
    editor = fixture.login("loiret1");
  }

  long organisation(String name, String type, String commune) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("type", type);
    if (type.equals("COMPANY")) {
      body.put("size", "SME");
      body.put("status", "CLASSIC");
    }
    body.put("commune", commune);
    body.put("domains", List.of("EMPLOYMENT"));
    body.put("contact", Map.of("person", "Contact", "email", "c@example.org"));
    HttpResponse<String> r = editor.post("/api/organisations?confirm=true", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return WebFixture.parse(r.body()).path("id").asLong();
  }

  Map<String, Object> event(List<Long> ids, int rounds, int tables, String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("territory", "DEPARTEMENT:45");
    body.put("date", "2026-12-03");
    body.put("rounds", rounds);
    body.put("tables", tables);
    body.put("organisations", ids);
    return body;
  }

  HttpResponse<String> raw(String method, String path, String type, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fixture.base + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", type)
            .header("Cookie", editor.cookie())
            .header(AccountRoutes.CSRF_HEADER, editor.csrf())
            .build();
    try {
      return fixture.http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_malformed_or_out_of_bounds_k_is_a_coded_french_refusal_not_a_500() {
    long company = organisation("Garage Loire", "COMPANY", "45234");
    HttpResponse<String> page =
        fixture.anonymous().get("/mise-en-relation/organisation/" + company + "?k=abc");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Paramètre « k » : nombre entier attendu.");

    HttpResponse<String> api =
        fixture.anonymous().get("/api/organisations/" + company + "/suggestions?k=100000");
    assertThat(api.statusCode()).isEqualTo(422);
    assertThat(api.body())
        .contains("\"code\":\"input.out-of-range\"", "\"field\":\"k\"", "de 1 à 100 attendu");
  }

  @Test
  void list_limits_are_bounded() {
    HttpResponse<String> huge = fixture.anonymous().get("/api/organisations?limit=2147483647");
    assertThat(huge.statusCode()).isEqualTo(422);
    assertThat(huge.body()).contains("\"field\":\"limit\"", "Valeur 2147483647 hors limites");
    assertThat(fixture.anonymous().get("/api/organisations?limit=0").statusCode()).isEqualTo(422);
    assertThat(fixture.anonymous().get("/api/organisations?offset=-1").statusCode()).isEqualTo(422);
    assertThat(fixture.anonymous().get("/api/organisations?limit=9999999999").statusCode())
        .isEqualTo(400);
    assertThat(fixture.anonymous().get("/api/organisations?limit=500").statusCode()).isEqualTo(200);
  }

  @Test
  void speed_dating_titles_rounds_and_tables_are_bounded() {
    long c = organisation("Garage Loire", "COMPANY", "45234");
    long a = organisation("Insertion Olivet", "ASSOCIATION", "45232");
    HttpResponse<String> title =
        editor.post("/api/speed-datings", event(List.of(c, a), 1, 1, "x".repeat(100_000)));
    assertThat(title.statusCode()).isEqualTo(422);
    assertThat(title.body())
        .contains("\"code\":\"input.too-long\"", "\"field\":\"title\"", "200 au plus");
    HttpResponse<String> rounds =
        editor.post("/api/speed-datings", event(List.of(c, a), 100_000, 1, "Loiret"));
    assertThat(rounds.statusCode()).isEqualTo(422);
    assertThat(rounds.body()).contains("Nombre de manches : nombre entier de 1 à 30 attendu");
    HttpResponse<String> tables =
        editor.post("/api/speed-datings", event(List.of(c, a), 1, 5000, "Loiret"));
    assertThat(tables.statusCode()).isEqualTo(422);
    assertThat(tables.body()).contains("Nombre de tables");
    assertThat(
            editor.post("/api/speed-datings", event(List.of(c, a), 30, 1, "Loiret")).statusCode())
        .isEqualTo(201);
  }

  @Test
  void invalid_utf8_is_refused_instead_of_stored_as_replacement_characters() {
    byte[] json =
        "{\"name\":\"CafX\",\"type\":\"ASSOCIATION\",\"commune\":\"45234\"}"
            .getBytes(StandardCharsets.UTF_8);
    json[12] = (byte) 0xE9; // "Café" in ISO-8859-1: not UTF-8
    HttpResponse<String> r =
        raw("POST", "/api/organisations?confirm=true", "application/json", json);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"code\":\"web.input.encoding\"", "Encodage invalide");
    int stored =
        fixture.jdbi.withHandle(
            h ->
                h.select("SELECT count(*) FROM eco_organisation WHERE name LIKE 'Caf%'")
                    .mapTo(Integer.class)
                    .one());
    assertThat(stored).isZero();

    HttpResponse<String> form =
        raw(
            "POST",
            "/organisations/nouvelle",
            "application/x-www-form-urlencoded",
            ("_csrf=" + editor.csrf() + "&name=Caf%E9").getBytes(StandardCharsets.US_ASCII));
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(form.body()).contains("le formulaire n’est pas en UTF-8 valide");

    byte[] csv = "name,type,commune\nCafX,ASSOCIATION,45234\n".getBytes(StandardCharsets.UTF_8);
    csv[21] = (byte) 0xE9;
    HttpResponse<String> file =
        raw("POST", "/api/organisations/import?file=orgs.csv", "text/csv", csv);
    assertThat(file.statusCode()).isEqualTo(400);
    assertThat(file.body()).contains("le fichier n’est pas en UTF-8 valide");

    HttpResponse<String> query = fixture.anonymous().get("/api/organisations?q=Caf%E9");
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(query.body()).contains("les paramètres de l’adresse ne sont pas en UTF-8");
  }

  @Test
  void a_json_body_over_one_megabyte_is_answered_413_in_french() {
    byte[] body = ("{\"name\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = raw("POST", "/api/organisations", "application/json", body);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("\"code\":\"web.input.too-large\"", "au plus 1000 ko");
  }

  @Test
  void an_event_replanned_after_mutual_wishes_keeps_its_page_results_and_pdf() {
    List<Long> ids = new ArrayList<>();
    ids.add(organisation("Garage Loire", "COMPANY", "45234"));
    ids.add(organisation("Imprimerie Olivet", "COMPANY", "45232"));
    ids.add(organisation("Insertion Orléans", "ASSOCIATION", "45234"));
    ids.add(organisation("Resto Olivet", "ASSOCIATION", "45232"));
    HttpResponse<String> created =
        editor.post("/api/speed-datings", event(ids, 2, 2, "Rencontres du Loiret"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = WebFixture.parse(created.body()).path("id").asLong();
    long c1 = ids.get(0);
    long a1 = ids.get(2);
    for (long[] wish : new long[][] {{c1, a1}, {a1, c1}}) {
      HttpResponse<String> w =
          editor.post(
              "/api/speed-datings/" + id + "/wishes", Map.of("from", wish[0], "to", wish[1]));
      assertThat(w.statusCode()).as(w.body()).isLessThan(300);
    }
    HttpResponse<String> replanned =
        editor.post(
            "/api/speed-datings/" + id + "/replan",
            Map.of("roundsPlayed", 0, "absent", List.of(a1), "arrived", List.of()));
    assertThat(replanned.statusCode()).as(replanned.body()).isEqualTo(200);

    HttpResponse<String> results = fixture.anonymous().get("/api/speed-datings/" + id + "/results");
    assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
    JsonNode mutual = WebFixture.parse(results.body()).path("mutual");
    assertThat(mutual.toString()).doesNotContain("\"id\":" + a1 + ",");
    assertThat(fixture.anonymous().get("/mise-en-relation/speed-dating/" + id).statusCode())
        .isEqualTo(200);
    HttpResponse<String> pdf =
        fixture.anonymous().get("/mise-en-relation/speed-dating/" + id + "/planning.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
  }
}
