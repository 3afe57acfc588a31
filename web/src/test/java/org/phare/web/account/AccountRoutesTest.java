package org.phare.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture;
import org.phare.web.ecosystem.WebFixture.Client;

/** Sign-in, throttling, cross-site refusals and the account life cycle over HTTP (issue 19). */
class AccountRoutesTest {

  static final WebFixture WEB = WebFixture.get();

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  /** Time passing: every recorded sign-in attempt moves {@code seconds} into the past. */
  static void age(long seconds) {
    WEB.jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE acc_login_attempt SET attempted_at = attempted_at - make_interval(secs"
                        + " => :s)")
                .bind("s", seconds)
                .execute());
  }

  static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return WEB.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpRequest.Builder request(String base, String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  static HttpResponse<String> login(String base, String login, String password, String... headers) {
    HttpRequest.Builder builder =
        request(base, "/api/login")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    WebFixture.json(Map.of("login", login, "password", password))));
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder);
  }

  static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  static HttpResponse<String> postForm(Client client, String path, Map<String, String> fields) {
    HttpRequest.Builder builder =
        request(WEB.base, path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    if (client.cookie() != null) {
      builder.header("Cookie", client.cookie());
    }
    return send(builder);
  }

  @Test
  void the_right_password_signs_in_after_five_wrong_ones_once_the_delay_has_run() {
    for (int i = 0; i < 5; i++) {
      assertThat(login(WEB.base, "loiret1", "pas le bon").statusCode()).isEqualTo(401);
      age(61);
    }
    age(-61);
    HttpResponse<String> throttled = login(WEB.base, "loiret1", WebFixture.PASSWORD);
    assertThat(throttled.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(3L, 4L);
    assertThat(WebFixture.parse(throttled.body()).path("message").asText())
        .isEqualTo(
            "Trop de tentatives de connexion : patientez "
                + retryAfter
                + " secondes avant de réessayer (le mot de passe n’est pas vérifié pendant ce"
                + " délai).");
    // Hammering during the delay changes nothing: not checked, not counted.
    for (int i = 0; i < 10; i++) {
      assertThat(login(WEB.base, "loiret1", "pas le bon").statusCode()).isEqualTo(429);
    }
    age(5);
    assertThat(login(WEB.base, "loiret1", WebFixture.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void x_forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy() {
    // The test server trusts no proxy: 20 failures with 20 forged client addresses all count
    // against the real peer, whose next attempt is slowed whatever the header says.
    for (int i = 0; i < 20; i++) {
      login(WEB.base, "personne" + i, "pas le bon", "X-Forwarded-For", "198.51.100." + i);
    }
    assertThat(
            login(WEB.base, "admin", WebFixture.PASSWORD, "X-Forwarded-For", "203.0.113.9")
                .statusCode())
        .isEqualTo(429);

    // Behind a trusted proxy (here the loopback address), the forwarded client is counted.
    WEB.reset();
    Javalin app = Javalin.create();
    new AccountRoutes(WEB.services.accounts(), ClientAddress.of("127.0.0.1, ::1")).register(app);
    app.start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      for (int i = 0; i < 20; i++) {
        login(base, "personne" + i, "pas le bon", "X-Forwarded-For", "198.51.100.7");
      }
      assertThat(
              login(base, "admin", WebFixture.PASSWORD, "X-Forwarded-For", "198.51.100.7")
                  .statusCode())
          .isEqualTo(429);
      // A forged left-most entry does not help: the proxy appended the real address.
      assertThat(
              login(
                      base,
                      "admin",
                      WebFixture.PASSWORD,
                      "X-Forwarded-For",
                      "203.0.113.1, 198.51.100.7")
                  .statusCode())
          .isEqualTo(429);
      assertThat(
              login(base, "admin", WebFixture.PASSWORD, "X-Forwarded-For", "198.51.100.8")
                  .statusCode())
          .isEqualTo(200);
    } finally {
      app.stop();
    }
  }

  @Test
  void sign_in_through_the_api_accepts_only_json_bodies() {
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
      HttpResponse<String> response =
          send(
              request(WEB.base, "/api/login")
                  .header("Content-Type", type)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          type.equals("text/plain")
                              ? WebFixture.json(
                                  Map.of("login", "admin", "password", WebFixture.PASSWORD))
                              : form(Map.of("login", "admin", "password", WebFixture.PASSWORD)))));
      assertThat(response.statusCode()).as(type).isEqualTo(415);
      assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
      assertThat(WebFixture.parse(response.body()).path("code").asText())
          .isEqualTo("account.login.json-only");
    }
    assertThat(login(WEB.base, "admin", WebFixture.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void a_cross_site_change_is_refused_even_with_the_token() {
    Client editor = WEB.login("loiret1");
    Map<String, Object> org =
        Map.of(
            "name",
            "Asso",
            "type",
            "ASSOCIATION_EMPLOYER",
            "commune",
            "45234",
            "contacts",
            List.of());
    HttpRequest.Builder crossSite =
        request(WEB.base, "/api/logout")
            .header("Cookie", editor.cookie())
            .header(AccountRoutes.CSRF_HEADER, editor.csrf())
            .header("Sec-Fetch-Site", "cross-site")
            .POST(HttpRequest.BodyPublishers.noBody());
    HttpResponse<String> refused = send(crossSite);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(WebFixture.parse(refused.body()).path("message").asText())
        .isEqualTo("Requête refusée : elle provient d’un autre site.");
    HttpResponse<String> otherOrigin =
        send(
            request(WEB.base, "/api/logout")
                .header("Cookie", editor.cookie())
                .header(AccountRoutes.CSRF_HEADER, editor.csrf())
                .header("Origin", "https://attaquant.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(otherOrigin.statusCode()).isEqualTo(403);
    // The form of the sign-in page, cross-site: refused before the password is looked at.
    HttpResponse<String> signIn =
        send(
            request(WEB.base, "/connexion")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attaquant.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(Map.of("login", "admin", "password", WebFixture.PASSWORD)))));
    assertThat(signIn.statusCode()).isEqualTo(403);
    assertThat(editor.get("/api/me").body()).contains("\"signedIn\":true");
    // Same origin (what a browser sends from Phare's own pages): accepted.
    HttpResponse<String> sameOrigin =
        send(
            request(WEB.base, "/api/logout")
                .header("Cookie", editor.cookie())
                .header(AccountRoutes.CSRF_HEADER, editor.csrf())
                .header("Origin", WEB.base)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(sameOrigin.statusCode()).isEqualTo(200);
    assertThat(org).isNotEmpty();
  }

  @Test
  void changing_ones_password_on_my_account_needs_the_current_one_and_a_strong_new_one() {
    Client viewer = WEB.login("lecteur");
    Client otherDevice = WEB.login("lecteur");
    HttpResponse<String> page = viewer.get("/compte");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Mon compte</h1>").contains("Se déconnecter partout");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", viewer.csrf());
    fields.put("current", WebFixture.PASSWORD);
    fields.put("password", "password1234");
    fields.put("confirmation", "password1234");
    HttpResponse<String> weak = postForm(viewer, "/compte/mot-de-passe", fields);
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(weak.body()).contains("Mot de passe trop facile à deviner : ");

    fields.put("current", "pas le bon");
    fields.put("password", "lanterne brume quatorze");
    fields.put("confirmation", "lanterne brume quatorze");
    HttpResponse<String> wrongCurrent = postForm(viewer, "/compte/mot-de-passe", fields);
    assertThat(wrongCurrent.statusCode()).isEqualTo(422);
    assertThat(wrongCurrent.body()).contains("Le mot de passe actuel est incorrect.");

    fields.put("current", WebFixture.PASSWORD);
    HttpResponse<String> changed = postForm(viewer, "/compte/mot-de-passe", fields);
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(viewer.get("/compte?change=1").body()).contains("Mot de passe changé.");
    assertThat(otherDevice.get("/api/me").body()).contains("\"signedIn\":false");
    assertThat(login(WEB.base, "lecteur", "lanterne brume quatorze").statusCode()).isEqualTo(200);
  }

  @Test
  void weak_passwords_are_refused_in_french() {
    Client admin = WEB.login("admin");
    List<String> weak =
        List.of(
            "aaaaaaaaaaaa",
            "password1234",
            " ".repeat(16),
            "Kq7!mZp2#vLw".repeat(11).substring(0, 129));
    List<String> expected =
        List.of(
            "Mot de passe trop facile à deviner : ",
            "Mot de passe trop facile à deviner : ",
            "Mot de passe trop facile à deviner : ",
            "Le mot de passe doit comporter au plus 128 caractères.");
    for (int i = 0; i < weak.size(); i++) {
      HttpResponse<String> response =
          admin.post(
              "/api/accounts",
              Map.of("login", "durand", "password", weak.get(i), "role", "VIEWER"));
      assertThat(response.statusCode()).as(weak.get(i)).isEqualTo(422);
      assertThat(WebFixture.parse(response.body()).path("message").asText())
          .startsWith(expected.get(i));
    }
  }

  @Test
  void a_reset_link_works_once_and_expires() {
    Client admin = WEB.login("admin");
    long viewerId =
        WEB.jdbi.withHandle(
            h ->
                h.createQuery("SELECT id FROM acc_account WHERE login = 'lecteur'")
                    .mapTo(Long.class)
                    .one());
    Client viewer = WEB.login("lecteur");
    HttpResponse<String> created =
        admin.post("/api/accounts/" + viewerId + "/reset-link", Map.of());
    assertThat(created.statusCode()).isEqualTo(201);
    String link = WebFixture.parse(created.body()).path("link").asText();
    assertThat(link).startsWith("/compte/reinitialiser?jeton=");
    assertThat(viewer.post("/api/accounts/" + viewerId + "/reset-link", Map.of()).statusCode())
        .isEqualTo(403);

    // Even on a private instance, the link opens without signing in.
    admin.put("/api/settings/public-read", Map.of("publicRead", false));
    Client anonymous = WEB.anonymous();
    HttpResponse<String> page = anonymous.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Compte « lecteur »");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
    String token = link.substring(link.indexOf('=') + 1);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jeton", token);
    fields.put("password", "girafe orbite cannelle");
    fields.put("confirmation", "girafe orbite cannelle");
    HttpResponse<String> done = postForm(anonymous, "/compte/reinitialiser", fields);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Mot de passe enregistré : connectez-vous avec le nouveau.");
    assertThat(viewer.get("/api/me").body()).contains("\"signedIn\":false");
    assertThat(login(WEB.base, "lecteur", "girafe orbite cannelle").statusCode()).isEqualTo(200);

    fields.put("password", "autre phrase bien longue");
    fields.put("confirmation", "autre phrase bien longue");
    HttpResponse<String> again = postForm(anonymous, "/compte/reinitialiser", fields);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("n’est pas valable : il a déjà servi, a expiré");
    assertThat(anonymous.get(link).statusCode()).isEqualTo(404);

    String expiring =
        WebFixture.parse(admin.post("/api/accounts/" + viewerId + "/reset-link", Map.of()).body())
            .path("link")
            .asText();
    WEB.jdbi.useHandle(
        h -> h.execute("UPDATE acc_password_reset SET expires_at = now() - interval '1 second'"));
    assertThat(anonymous.get(expiring).statusCode()).isEqualTo(404);
  }

  @Test
  void a_deactivated_user_cannot_sign_in_and_their_sessions_are_gone() {
    Client admin = WEB.login("admin");
    Client viewer = WEB.login("lecteur");
    long viewerId =
        WEB.jdbi.withHandle(
            h ->
                h.createQuery("SELECT id FROM acc_account WHERE login = 'lecteur'")
                    .mapTo(Long.class)
                    .one());
    HttpResponse<String> off =
        admin.put("/api/accounts/" + viewerId + "/active", Map.of("active", false));
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(WebFixture.parse(off.body()).path("active").asBoolean()).isFalse();
    assertThat(viewer.get("/api/me").body()).contains("\"signedIn\":false");
    HttpResponse<String> refused = login(WEB.base, "lecteur", WebFixture.PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(WebFixture.parse(refused.body()).path("message").asText())
        .isEqualTo("Ce compte a été désactivé : adressez-vous à un administrateur.");
  }

  @Test
  void an_administrator_ends_another_users_sessions_and_anyone_signs_out_everywhere() {
    Client admin = WEB.login("admin");
    Client editor = WEB.login("loiret1");
    Client editorElsewhere = WEB.login("loiret1");
    long editorId =
        WEB.jdbi.withHandle(
            h ->
                h.createQuery("SELECT id FROM acc_account WHERE login = 'loiret1'")
                    .mapTo(Long.class)
                    .one());
    HttpResponse<String> ended =
        admin.send("DELETE", "/api/accounts/" + editorId + "/sessions", null, true);
    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(WebFixture.parse(ended.body()).path("sessionsEnded").asInt()).isEqualTo(2);
    assertThat(editor.get("/api/me").body()).contains("\"signedIn\":false");
    assertThat(editorElsewhere.get("/api/me").body()).contains("\"signedIn\":false");

    Client one = WEB.login("loiret2");
    Client two = WEB.login("loiret2");
    HttpResponse<String> everywhere =
        postForm(one, "/compte/deconnexion-partout", Map.of("_csrf", one.csrf()));
    assertThat(everywhere.statusCode()).isEqualTo(303);
    assertThat(two.get("/api/me").body()).contains("\"signedIn\":false");
    assertThat(admin.get("/api/me").body()).contains("\"signedIn\":true");
  }
}
