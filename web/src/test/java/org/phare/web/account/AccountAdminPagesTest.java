package org.phare.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.phare.web.account.AccountRoutesTest.login;
import static org.phare.web.account.AccountRoutesTest.postForm;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture;
import org.phare.web.ecosystem.WebFixture.Client;

/**
 * The administrators' accounts page {@code /comptes} over HTTP (issue 19): who may see it, account
 * creation, reset links, deactivation and ending sessions through the same services as the API,
 * each action audited, French refusals, nothing written without the session's token.
 */
class AccountAdminPagesTest {

  static final WebFixture WEB = WebFixture.get();

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  static long id(String login) {
    return WEB.jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM acc_account WHERE login = :l")
                .bind("l", login)
                .mapTo(Long.class)
                .one());
  }

  static List<String> audit() {
    return WEB.jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT login || ' ' || action || ' ' || entity || ' ' || COALESCE(entity_id::text, '')"
                        + " FROM audit_log ORDER BY id")
                .mapTo(String.class)
                .list());
  }

  static Map<String, String> fields(Client client, String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", client.csrf());
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  @Test
  void only_administrators_see_the_page_anonymous_visitors_are_sent_to_sign_in() {
    HttpResponse<String> anonymous = WEB.anonymous().get("/comptes");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(anonymous.headers().firstValue("Location")).contains("/connexion?retour=%2Fcomptes");

    for (String login : List.of("lecteur", "loiret1")) {
      HttpResponse<String> refused = WEB.login(login).get("/comptes");
      assertThat(refused.statusCode()).as(login).isEqualTo(403);
      assertThat(refused.body()).as(login).contains("Action réservée aux administrateurs.");
    }

    Client admin = WEB.login("admin");
    HttpResponse<String> page = admin.get("/comptes");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.body()).contains("<h1>Comptes</h1>").contains("Liste des comptes (5)");
    for (String login : List.of("admin", "cher", "lecteur", "loiret1", "loiret2")) {
      assertThat(page.body()).contains("id=\"login-" + id(login) + "\">" + login);
    }
    assertThat(page.body()).contains("<span class=\"tag\">departement:45</span>");
    // no "Désactiver" for one's own account (the service refuses it anyway)
    assertThat(page.body()).doesNotContain("action=\"/comptes/" + id("admin") + "/activation\"");
    assertThat(admin.get("/comptes?lang=en").body()).contains("<h1>Accounts</h1>");

    // the link: in the signed-in menu and on "Mon compte", for administrators only
    assertThat(admin.get("/compte/etat").body()).contains("href=\"/comptes\"");
    assertThat(admin.get("/compte").body()).contains("href=\"/comptes\"");
    assertThat(WEB.login("loiret1").get("/compte/etat").body()).doesNotContain("/comptes");
    assertThat(WEB.login("lecteur").get("/compte").body()).doesNotContain("/comptes");
  }

  @Test
  void an_administrator_creates_an_account_and_weak_or_incomplete_forms_are_refused_in_french() {
    Client admin = WEB.login("admin");
    int auditBefore = audit().size();

    HttpResponse<String> weak =
        postForm(
            admin,
            "/comptes",
            fields(
                admin,
                "login",
                "orleans",
                "displayName",
                "Service <b>Orléans</b>",
                "role",
                "EDITOR",
                "territories",
                "departement:45",
                "password",
                "password1234",
                "confirmation",
                "password1234"));
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(weak.body())
        .contains("Le compte n’a pas été créé : corrigez les champs signalés.")
        .contains("id=\"error-password\">Mot de passe trop facile à deviner : ")
        // the submitted values come back, escaped (JTE escapes < and " in attributes)
        .contains("value=\"Service &lt;b>Orléans&lt;/b>\"")
        .doesNotContain("<b>Orléans");

    HttpResponse<String> noTerritory =
        postForm(
            admin,
            "/comptes",
            fields(
                admin,
                "login",
                "orleans",
                "displayName",
                "",
                "role",
                "EDITOR",
                "territories",
                "",
                "password",
                "lanterne brume quatorze",
                "confirmation",
                "lanterne brume quatorze"));
    assertThat(noTerritory.statusCode()).isEqualTo(422);
    assertThat(noTerritory.body())
        .contains("id=\"error-territories\">Un éditeur doit avoir au moins un territoire.");

    HttpResponse<String> badTerritory =
        postForm(
            admin,
            "/comptes",
            fields(
                admin,
                "login",
                "orleans",
                "displayName",
                "",
                "role",
                "EDITOR",
                "territories",
                "45",
                "password",
                "lanterne brume quatorze",
                "confirmation",
                "lanterne brume quatorze"));
    assertThat(badTerritory.statusCode()).isEqualTo(400);
    assertThat(badTerritory.body()).contains("id=\"error-territories\">");

    HttpResponse<String> mismatch =
        postForm(
            admin,
            "/comptes",
            fields(
                admin,
                "login",
                "orleans",
                "role",
                "VIEWER",
                "password",
                "lanterne brume quatorze",
                "confirmation",
                "lanterne brume"));
    assertThat(mismatch.statusCode()).isEqualTo(422);
    assertThat(mismatch.body())
        .contains("id=\"error-confirmation\">Les deux saisies du nouveau mot de passe diffèrent.");

    HttpResponse<String> taken =
        postForm(
            admin,
            "/comptes",
            fields(
                admin,
                "login",
                "LECTEUR",
                "role",
                "VIEWER",
                "password",
                "lanterne brume quatorze",
                "confirmation",
                "lanterne brume quatorze"));
    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(taken.body()).contains("id=\"error-login\">L’identifiant « LECTEUR » existe déjà.");
    assertThat(audit()).hasSize(auditBefore);

    HttpResponse<String> created =
        postForm(
            admin,
            "/comptes",
            fields(
                admin,
                "login",
                "orleans",
                "displayName",
                "Service Orléans",
                "role",
                "EDITOR",
                "territories",
                "departement:45, commune:45234",
                "password",
                "lanterne brume quatorze",
                "confirmation",
                "lanterne brume quatorze"));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body())
        .contains("Compte « orleans » créé.")
        .contains("Liste des comptes (6)")
        .contains(
            // stored and listed by level, then code
            "<span class=\"tag\">commune:45234</span><span class=\"tag\">departement:45</span>");
    assertThat(audit()).last().isEqualTo("admin CREATE account " + id("orleans"));
    assertThat(login(WEB.base, "orleans", "lanterne brume quatorze").statusCode()).isEqualTo(200);
  }

  @Test
  void a_reset_link_is_shown_once_with_its_expiry_and_works() {
    Client admin = WEB.login("admin");
    long viewer = id("lecteur");
    HttpResponse<String> made =
        postForm(admin, "/comptes/" + viewer + "/lien-reinitialisation", fields(admin));
    assertThat(made.statusCode()).isEqualTo(201);
    assertThat(made.body())
        .contains("Lien de réinitialisation créé pour « lecteur ».")
        .contains("Valable jusqu’au ");
    Matcher link =
        Pattern.compile(
                "value=\"https?://[^/\"]+(/compte/reinitialiser\\?jeton=[A-Za-z0-9_-]{43})\"")
            .matcher(made.body());
    assertThat(link.find()).as("link in the page").isTrue();
    assertThat(made.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(audit()).last().isEqualTo("admin RESET_LINK account " + viewer);
    // not shown again
    assertThat(admin.get("/comptes").body()).doesNotContain("jeton=");
    HttpResponse<String> open = WEB.anonymous().get(link.group(1));
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.body()).contains("Compte « lecteur »");
  }

  @Test
  void
      deactivation_reactivation_and_ending_sessions_are_audited_and_one_cannot_deactivate_oneself() {
    Client admin = WEB.login("admin");
    Client viewer = WEB.login("lecteur");
    WEB.login("lecteur");
    long viewerId = id("lecteur");

    HttpResponse<String> ended =
        postForm(admin, "/comptes/" + viewerId + "/sessions", fields(admin));
    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(ended.body()).contains("Sessions de « lecteur » fermées : 2 sessions.");
    assertThat(viewer.get("/api/me").body()).contains("\"signedIn\":false");
    assertThat(audit()).last().isEqualTo("admin END_SESSIONS account " + viewerId);

    WEB.login("lecteur");
    HttpResponse<String> off =
        postForm(admin, "/comptes/" + viewerId + "/activation", fields(admin, "active", "false"));
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(off.body())
        .contains(
            "Compte « lecteur » désactivé : ses sessions et son lien de réinitialisation ont pris fin.")
        .contains("Réactiver");
    assertThat(audit()).last().isEqualTo("admin DEACTIVATE account " + viewerId);
    assertThat(login(WEB.base, "lecteur", WebFixture.PASSWORD).statusCode()).isEqualTo(403);

    HttpResponse<String> on =
        postForm(admin, "/comptes/" + viewerId + "/activation", fields(admin, "active", "true"));
    assertThat(on.statusCode()).isEqualTo(200);
    assertThat(on.body()).contains("Compte « lecteur » réactivé.");
    assertThat(audit()).last().isEqualTo("admin ACTIVATE account " + viewerId);
    assertThat(login(WEB.base, "lecteur", WebFixture.PASSWORD).statusCode()).isEqualTo(200);

    int auditBefore = audit().size();
    HttpResponse<String> self =
        postForm(
            admin, "/comptes/" + id("admin") + "/activation", fields(admin, "active", "false"));
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(self.body())
        .contains("id=\"action-error\">Vous ne pouvez pas désactiver votre propre compte.");
    HttpResponse<String> notBoolean =
        postForm(admin, "/comptes/" + viewerId + "/activation", fields(admin, "active", "oui"));
    assertThat(notBoolean.statusCode()).isEqualTo(400);
    assertThat(notBoolean.body()).contains("active : true ou false attendu.");
    HttpResponse<String> unknown = postForm(admin, "/comptes/999999/sessions", fields(admin));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Le compte n° 999999 n’existe pas.");
    assertThat(audit()).hasSize(auditBefore);
  }

  @Test
  void without_the_token_or_as_an_editor_nothing_is_written() {
    Client admin = WEB.login("admin");
    Client editor = WEB.login("loiret1");
    long viewerId = id("lecteur");
    int auditBefore = audit().size();

    Map<String, String> noToken = new LinkedHashMap<>(Map.of("active", "false"));
    HttpResponse<String> missing = postForm(admin, "/comptes/" + viewerId + "/activation", noToken);
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(missing.body()).contains("Jeton anti-CSRF absent ou invalide");

    for (String path :
        List.of(
            "/comptes/" + viewerId + "/activation",
            "/comptes/" + viewerId + "/lien-reinitialisation",
            "/comptes/" + viewerId + "/sessions")) {
      HttpResponse<String> refused = postForm(editor, path, fields(editor, "active", "false"));
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).contains("Action réservée aux administrateurs.");
    }
    HttpResponse<String> create =
        postForm(
            editor,
            "/comptes",
            fields(
                editor,
                "login",
                "intrus",
                "role",
                "ADMINISTRATOR",
                "password",
                "lanterne brume quatorze",
                "confirmation",
                "lanterne brume quatorze"));
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).contains("Action réservée aux administrateurs.");
    assertThat(audit()).hasSize(auditBefore);
    assertThat(login(WEB.base, "lecteur", WebFixture.PASSWORD).statusCode()).isEqualTo(200);
  }
}
