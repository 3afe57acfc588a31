package org.phare.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.territory.TerritoryId;
import org.phare.web.ecosystem.WebFixture;

/** The speed-dating pages over HTTP: list, creation form, schedule page and re-planning form. */
class SpeedDatingPagesTest {

  final WebFixture fixture = WebFixture.get();
  WebFixture.Client editor;
  long c1;
  long c2;
  long a1;
  long a2;

  @BeforeEach
  void reset() {
    fixture.reset();
    fixture.jdbi.useHandle(h -> h.execute("TRUNCATE match_event CASCADE"));
    editor = fixture.login("loiret1");
    c1 = MatchingApiTest.organisation(editor, "Garage Loire", "COMPANY", "45234", "g@example.org");
    c2 =
        MatchingApiTest.organisation(
            editor, "Imprimerie Olivet", "COMPANY", "45232", "i@example.org");
    a1 =
        MatchingApiTest.organisation(
            editor, "Insertion Orléans", "ASSOCIATION", "45234", "a@example.org");
    a2 =
        MatchingApiTest.organisation(
            editor, "Resto Olivet", "ASSOCIATION", "45232", "r@example.org");
  }

  /** A url-encoded form POST, as a browser sends it; {@code _csrf} only when asked. */
  HttpResponse<String> form(
      WebFixture.Client client, String path, List<String[]> fields, boolean withCsrf) {
    List<String[]> all = new ArrayList<>(fields);
    if (withCsrf && client.csrf() != null) {
      all.add(new String[] {"_csrf", client.csrf()});
    }
    StringBuilder body = new StringBuilder();
    for (String[] f : all) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(f[0], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(fixture.base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (client.cookie() != null) {
      builder.header("Cookie", client.cookie());
    }
    try {
      return fixture.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  List<String[]> event(String title, int rounds, int tables, long... organisations) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"title", title});
    fields.add(new String[] {"date", "2026-12-03"});
    fields.add(new String[] {"start", "14:30"});
    fields.add(new String[] {"territory", "departement:45"});
    fields.add(new String[] {"rounds", Integer.toString(rounds)});
    fields.add(new String[] {"tables", Integer.toString(tables)});
    fields.add(new String[] {"roundMinutes", "8"});
    fields.add(new String[] {"priorities", "EMPLOYMENT"});
    for (long id : organisations) {
      fields.add(new String[] {"organisations", Long.toString(id)});
    }
    return fields;
  }

  static final String NEW = "/mise-en-relation/speed-datings/nouveau?territoire=departement:45";

  long created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/mise-en-relation/speed-dating/").endsWith("?planifie=1");
    return Long.parseLong(
        location.substring("/mise-en-relation/speed-dating/".length(), location.indexOf('?')));
  }

  @Test
  void an_editor_creates_an_event_through_the_form_and_lands_on_its_schedule_with_its_quality() {
    HttpResponse<String> blank = editor.get(NEW);
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(blank.body())
        .contains("Nouveau speed-dating", "name=\"_csrf\" value=\"" + editor.csrf() + "\"")
        .contains("Garage Loire — Entreprise", "Insertion Orléans")
        .contains("Créer et planifier");

    long id = created(form(editor, NEW, event("Rencontres du Loiret", 2, 2, c1, c2, a1, a2), true));
    HttpResponse<String> page = editor.get("/mise-en-relation/speed-dating/" + id + "?planifie=1");
    assertThat(page.statusCode()).isEqualTo(200);
    // 2 x 2 participants, 2 rounds of 2 tables: every pair meets, which is the bound itself.
    assertThat(page.body())
        .contains("Speed-dating créé : le planning est calculé.")
        .contains("Plan optimal : aucun autre planning ne réunit des paires de plus forte affinité")
        .contains("Planning par table", "Replanifier les manches restantes");
    // The sheets give the clock time: the event starts at 14:30, rounds last 8 minutes.
    assertThat(page.body())
        .contains("3 décembre 2026 à 14\u00a0h\u00a030")
        .contains("<td>1</td><td>14\u00a0h\u00a030</td>")
        .contains("<td>2</td><td>14\u00a0h\u00a038</td>");
    JsonNode stored = WebFixture.parse(editor.get("/api/speed-datings/" + id).body());
    assertThat(stored.path("priorities").toString()).isEqualTo("[\"EMPLOYMENT\"]");
    assertThat(stored.path("start").asText()).isEqualTo("14:30");
    assertThat(stored.path("rounds").get(1).path("startTime").asText()).isEqualTo("14:38");

    HttpResponse<String> list =
        fixture.anonymous().get("/mise-en-relation/speed-datings?territoire=departement:45");
    assertThat(list.body())
        .contains("Rencontres du Loiret", "3 décembre 2026", "2 × 8 min")
        .doesNotContain("Nouveau speed-dating");
    assertThat(
            fixture
                .anonymous()
                .get("/mise-en-relation/speed-datings?territoire=departement:45&lang=en")
                .body())
        .contains("3 December 2026", "Schedule");
    // Listed in the territories that contain the Loiret too, with its own place; not elsewhere.
    assertThat(
            fixture
                .anonymous()
                .get("/mise-en-relation/speed-datings?territoire=" + TerritoryId.FRANCE)
                .body())
        .contains("Rencontres du Loiret", "Loiret (département 45)");
    assertThat(
            fixture
                .anonymous()
                .get("/mise-en-relation/speed-datings?territoire=departement:18")
                .body())
        .doesNotContain("Rencontres du Loiret")
        .contains("Aucun speed-dating enregistré dans ce territoire.");
    // Readers see the schedule without the re-planning form, nor the plan's quality (a second
    // planning run kept for the organisers).
    assertThat(fixture.login("lecteur").get("/mise-en-relation/speed-dating/" + id).body())
        .contains("Planning par table")
        .doesNotContain("replanifier\"")
        .doesNotContain("id=\"quality\"");
  }

  @Test
  void a_start_time_that_is_not_a_time_is_refused_next_to_its_field() {
    List<String[]> fields = event("Rencontres", 1, 1, c1, a1);
    fields.removeIf(f -> f[0].equals("start"));
    fields.add(new String[] {"start", "25:99"});

    HttpResponse<String> refused = form(editor, NEW, fields, true);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains(
            "id=\"error-start\"", "Heure « 25:99 » invalide (format HH:MM, par exemple 14:30).")
        .contains("value=\"25:99\"");
  }

  @Test
  void a_post_without_csrf_token_or_from_a_viewer_is_refused() {
    List<String[]> fields = event("Rencontres", 1, 1, c1, a1);
    assertThat(form(editor, NEW, fields, false).statusCode()).isEqualTo(403);
    WebFixture.Client viewer = fixture.login("lecteur");
    HttpResponse<String> refused = form(viewer, NEW, fields, true);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("lecture seule");
    assertThat(fixture.anonymous().get(NEW).statusCode()).isEqualTo(303);
    assertThat(form(fixture.anonymous(), NEW, fields, false).statusCode()).isEqualTo(401);
    // An editor of the Cher may not plan in the Loiret: said next to the territory field.
    HttpResponse<String> cher = form(fixture.login("cher"), NEW, fields, true);
    assertThat(cher.statusCode()).isEqualTo(403);
    assertThat(cher.body()).contains("id=\"error-territory\"", "pas le droit");

    long id = created(form(editor, NEW, fields, true));
    String replan = "/mise-en-relation/speed-dating/" + id + "/replanifier";
    List<String[]> none = List.<String[]>of(new String[] {"roundsPlayed", "0"});
    assertThat(form(editor, replan, none, false).statusCode()).isEqualTo(403);
    assertThat(form(viewer, replan, none, true).statusCode()).isEqualTo(403);
    assertThat(form(fixture.login("cher"), replan, none, true).statusCode()).isEqualTo(403);
    // Only the editor's event was created.
    int count =
        fixture.jdbi.withHandle(
            h -> h.select("SELECT count(*) FROM match_event").mapTo(Integer.class).one());
    assertThat(count).isEqualTo(1);
  }

  @Test
  void a_script_in_a_title_is_shown_as_text() {
    String title = "<script>alert('x')</script> & co";
    long id = created(form(editor, NEW, event(title, 1, 1, c1, a1), true));
    String escaped = "&lt;script&gt;alert('x')&lt;/script&gt; &amp; co";
    assertThat(editor.get("/mise-en-relation/speed-dating/" + id).body())
        .contains(escaped)
        .doesNotContain("<script>alert");
    assertThat(editor.get("/mise-en-relation/speed-datings?territoire=departement:45").body())
        .contains(escaped)
        .doesNotContain("<script>alert");
  }

  @Test
  void refusals_are_shown_next_to_their_field_with_the_input_kept() {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"title", "Rencontres d'automne"});
    fields.add(new String[] {"date", "3/12/2026"});
    fields.add(new String[] {"territory", "departement:45"});
    fields.add(new String[] {"rounds", "99"});
    fields.add(new String[] {"tables", "0"});
    fields.add(new String[] {"roundMinutes", "8"});
    HttpResponse<String> r = form(editor, NEW, fields, true);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("Le speed-dating n’a pas été créé")
        .contains(
            "id=\"error-organisations\">Choisissez les participants : au moins une entreprise et"
                + " une association.")
        .contains("id=\"error-tables\">Nombre de tables : nombre entier de 1 à 1\u202F000 attendu.")
        .contains("id=\"error-rounds\">Nombre de manches : nombre entier de 1 à 30 attendu.")
        .contains("id=\"error-date\">Date « 3/12/2026 » invalide (format AAAA-MM-JJ).")
        .contains("value=\"Rencontres d&#39;automne\"", "value=\"99\"");

    // Two companies and no association: the store's refusal, next to the participants.
    HttpResponse<String> oneSide = form(editor, NEW, event("Rencontres", 1, 1, c1, c2), true);
    assertThat(oneSide.statusCode()).isEqualTo(422);
    assertThat(oneSide.body())
        .contains("id=\"error-organisations\">Un speed-dating réunit des entreprises et des")
        .contains("<option value=\"" + c1 + "\" selected>");
  }

  @Test
  void the_replanning_form_keeps_the_rounds_held_and_leaves_the_absent_out() {
    long id = created(form(editor, NEW, event("Rencontres", 3, 2, c1, c2, a1, a2), true));
    JsonNode before = WebFixture.parse(editor.get("/api/speed-datings/" + id).body());
    String replan = "/mise-en-relation/speed-dating/" + id + "/replanifier";

    HttpResponse<String> bad =
        form(
            editor,
            replan,
            List.of(new String[] {"roundsPlayed", "3"}, new String[] {"absent", "" + a2}),
            true);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body())
        .contains("id=\"error-roundsPlayed\">Manches déjà jouées : nombre entier de 0 à 2 attendu")
        .contains("name=\"absent\" value=\"" + a2 + "\" checked");

    HttpResponse<String> ok =
        form(
            editor,
            replan,
            List.of(new String[] {"roundsPlayed", "1"}, new String[] {"absent", "" + a2}),
            true);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location"))
        .contains("/mise-en-relation/speed-dating/" + id + "?replanifie=1");
    JsonNode after = WebFixture.parse(editor.get("/api/speed-datings/" + id).body());
    assertThat(after.path("roundsPlayed").asInt()).isEqualTo(1);
    assertThat(after.path("rounds").get(0)).isEqualTo(before.path("rounds").get(0));
    for (int r = 1; r < 3; r++) {
      for (JsonNode m : after.path("rounds").get(r).path("meetings")) {
        assertThat(m.path("association").asLong()).isNotEqualTo(a2);
      }
    }
    HttpResponse<String> page =
        editor.get("/mise-en-relation/speed-dating/" + id + "?replanifie=1");
    assertThat(page.body())
        .contains("Planning recalculé : les manches jouées sont inchangées.")
        .contains("Manches jouées : 1.")
        .contains("name=\"arrived\" value=\"" + a2 + "\"");

    // a2 arrives back: planned again in the last round.
    assertThat(
            form(
                    editor,
                    replan,
                    List.of(new String[] {"roundsPlayed", "2"}, new String[] {"arrived", "" + a2}),
                    true)
                .statusCode())
        .isEqualTo(303);
    JsonNode last = WebFixture.parse(editor.get("/api/speed-datings/" + id).body());
    assertThat(last.path("rounds").get(1)).isEqualTo(after.path("rounds").get(1));
    assertThat(last.path("rounds").get(2).path("meetings").toString())
        .contains("\"association\":" + a2);
  }

  @Test
  void an_unknown_territory_or_event_is_said_in_french() {
    HttpResponse<String> territory =
        editor.get("/mise-en-relation/speed-datings?territoire=departement:99");
    assertThat(territory.statusCode()).isEqualTo(404);
    assertThat(territory.body()).contains("Territoire « departement:99 » introuvable");
    HttpResponse<String> event = editor.get("/mise-en-relation/speed-dating/424242");
    assertThat(event.statusCode()).isEqualTo(404);
    assertThat(event.body()).contains("Speed-dating n° 424242 introuvable.");
  }

  @Test
  void pages_exist_in_english() {
    assertThat(editor.get(NEW + "&lang=en").body())
        .contains("New speed-dating", "Create and plan", "Priority fragilities");
    assertThat(editor.get("/mise-en-relation/speed-datings?lang=en").body())
        .contains("Speed-datings", "Loiret (département 45)", "New speed-dating");
  }
}
