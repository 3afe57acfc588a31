package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.TerritoryId;
import org.phare.web.account.AccountRoutes;
import org.phare.web.ecosystem.WebFixture.Client;

/**
 * The registry's HTML routes over HTTP: every form POST needs the session's CSRF token, viewers and
 * editors of other territories are refused with nothing stored, refusals are French and next to
 * their field, saves redirect (POST/redirect/GET), concurrent edits are refused, user text is
 * escaped, and the sign-in form has its own pre-session token and rate limit.
 */
class EcosystemPagesTest {

  static final WebFixture WEB = WebFixture.get();

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  // ------------------------------------------------------------------ helpers

  /** A url-encoded form body; a value list gives a repeated field (checkboxes, multi-select). */
  static String form(Map<String, ?> fields) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, ?> e : fields.entrySet()) {
      List<?> values = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
      for (Object v : values) {
        parts.add(
            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
      }
    }
    return String.join("&", parts);
  }

  static HttpResponse<String> post(String cookie, String path, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(WEB.base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    return send(builder.build());
  }

  static HttpResponse<String> get(String cookie, String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(WEB.base + path)).GET();
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    return send(builder.build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return WEB.http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A signed-in client's form POST, with its CSRF token in the hidden field. */
  static HttpResponse<String> submit(Client client, String path, Map<String, Object> fields) {
    Map<String, Object> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", client.csrf());
    return post(client.cookie(), path, form(withToken));
  }

  static Map<String, Object> association(String name, String commune) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("name", name);
    m.put("type", "ASSOCIATION");
    m.put("commune", commune);
    m.put("ess", "1");
    m.put("domains", List.of("POVERTY", "HEALTH"));
    m.put("objectives", List.of("ECONOMIC_RESOURCES"));
    m.put("person", "Marie Curie");
    m.put("email", "marie@example.org");
    return m;
  }

  static Actor admin() {
    return WEB.services.accounts().actor(1).orElseThrow();
  }

  static Organisation stored(String name, String commune) {
    return WEB.services
        .registry()
        .create(
            admin(),
            new Organisation(
                0,
                name,
                OrganisationType.ASSOCIATION,
                null,
                null,
                false,
                commune,
                Set.of(Domain.POVERTY),
                Set.of(),
                Contact.NONE,
                null,
                0),
            true);
  }

  static long organisations() {
    return WEB.jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM eco_organisation").mapTo(Long.class).one());
  }

  // ------------------------------------------------------------------ CSRF and rights

  @Test
  void a_form_post_without_the_session_csrf_token_is_refused_and_nothing_is_stored() {
    Client editor = WEB.login("loiret1");
    HttpResponse<String> without =
        post(editor.cookie(), "/organisations/nouvelle", form(association("Asso", "45234")));
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("Jeton anti-CSRF absent ou invalide");
    Map<String, Object> forged = new java.util.LinkedHashMap<>(association("Asso", "45234"));
    forged.put("_csrf", "not-the-token");
    assertThat(post(editor.cookie(), "/organisations/nouvelle", form(forged)).statusCode())
        .isEqualTo(403);
    // Another session's token does not fit either.
    Client other = WEB.login("loiret2");
    forged.put("_csrf", other.csrf());
    assertThat(post(editor.cookie(), "/organisations/nouvelle", form(forged)).statusCode())
        .isEqualTo(403);
    assertThat(
            post(null, "/organisations/nouvelle", form(association("Asso", "45234"))).statusCode())
        .isEqualTo(401);
    assertThat(post(editor.cookie(), "/deconnexion", "").statusCode()).isEqualTo(403);
    assertThat(organisations()).isZero();
  }

  @Test
  void a_viewers_form_post_is_refused_with_403_and_nothing_is_stored() {
    Organisation existing = stored("Banque alimentaire", "45234");
    Client viewer = WEB.login("lecteur");
    HttpResponse<String> create =
        submit(viewer, "/organisations/nouvelle", association("Fantôme", "45234"));
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).contains("lecture seule");
    Map<String, Object> change = association("Piratée", "45234");
    change.put("version", "1");
    assertThat(submit(viewer, "/organisations/" + existing.id() + "/modifier", change).statusCode())
        .isEqualTo(403);
    assertThat(
            submit(
                    viewer,
                    "/partenariats/nouveau",
                    Map.of(
                        "title", "Faux",
                        "members", List.of(existing.id(), existing.id()),
                        "category", "MECENAT",
                        "territory", "departement:45"))
                .statusCode())
        .isEqualTo(403);
    assertThat(get(viewer.cookie(), "/organisations/nouvelle").statusCode()).isEqualTo(403);
    String page = get(viewer.cookie(), "/organisations/" + existing.id()).body();
    assertThat(page).doesNotContain("id=\"edit\"").contains("lecteur");
    assertThat(organisations()).isEqualTo(1);
    assertThat(WEB.services.registry().organisation(existing.id()).orElseThrow().name())
        .isEqualTo("Banque alimentaire");
  }

  @Test
  void an_editor_cannot_create_or_edit_outside_their_territories() {
    Organisation inLoiret = stored("Banque alimentaire", "45234");
    Client cher = WEB.login("cher");
    HttpResponse<String> refused =
        submit(cher, "/organisations/nouvelle", association("Asso du Loiret", "Orléans"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("id=\"error-commune\"")
        .contains("Vous n’avez pas le droit de modifier les organisations de");
    // The input is kept.
    assertThat(refused.body()).contains("value=\"Asso du Loiret\"");
    assertThat(get(cher.cookie(), "/organisations/" + inLoiret.id() + "/modifier").statusCode())
        .isEqualTo(403);
    assertThat(get(cher.cookie(), "/organisations/" + inLoiret.id()).body())
        .doesNotContain("id=\"edit\"");
    assertThat(organisations()).isEqualTo(1);
    // In Cher, the same editor may.
    assertThat(
            submit(cher, "/organisations/nouvelle", association("Asso du Cher", "Bourges"))
                .statusCode())
        .isEqualTo(303);
  }

  // ------------------------------------------------------------------ saving

  @Test
  void a_saved_form_redirects_to_the_page_and_a_concurrent_edit_is_refused_without_overwriting() {
    Client first = WEB.login("loiret1");
    Client second = WEB.login("loiret2");
    HttpResponse<String> created =
        submit(first, "/organisations/nouvelle", association("Banque alimentaire", "orléans"));
    assertThat(created.statusCode()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/organisations/\\d+\\?enregistre=1");
    long id = Long.parseLong(location.replaceAll("\\D+(\\d+)\\D.*", "$1"));
    String page = get(first.cookie(), location).body();
    assertThat(page).contains("Organisation enregistrée.").contains("Orléans (45234)");

    Map<String, Object> firstChange = association("Banque alimentaire du Loiret", "45234");
    firstChange.put("version", "1");
    assertThat(submit(first, "/organisations/" + id + "/modifier", firstChange).statusCode())
        .isEqualTo(303);
    Map<String, Object> secondChange = association("Banque alimentaire d'Orléans", "45234");
    secondChange.put("version", "1");
    HttpResponse<String> stale = submit(second, "/organisations/" + id + "/modifier", secondChange);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body())
        .contains("par quelqu’un d’autre pendant que vous l’éditiez")
        .contains("id=\"current-name\">Banque alimentaire du Loiret<")
        .contains("value=\"Banque alimentaire d&#39;Orléans\"")
        .contains("name=\"version\" value=\"2\"");
    assertThat(WEB.services.registry().organisation(id).orElseThrow().name())
        .isEqualTo("Banque alimentaire du Loiret");
    // A form without its version is refused rather than saved over someone's change.
    Map<String, Object> noVersion = association("Sans version", "45234");
    HttpResponse<String> refused = submit(second, "/organisations/" + id + "/modifier", noVersion);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Version manquante");
  }

  @Test
  void refused_fields_are_reported_in_french_next_to_their_field_and_the_input_is_kept() {
    Client editor = WEB.login("loiret1");
    Map<String, Object> company = new java.util.LinkedHashMap<>();
    company.put("name", "Boulangerie Dupont");
    company.put("type", "COMPANY");
    company.put("commune", "45234");
    company.put("siren", "552100555");
    HttpResponse<String> siren = submit(editor, "/organisations/nouvelle", company);
    assertThat(siren.statusCode()).isEqualTo(422);
    assertThat(siren.body())
        .contains(
            "<p class=\"field-error\" id=\"error-siren\">SIREN « 552100555 » invalide : la clé de"
                + " contrôle ne correspond pas.</p>");

    company.put("siren", "552100554");
    HttpResponse<String> size = submit(editor, "/organisations/nouvelle", company);
    assertThat(size.statusCode()).isEqualTo(422);
    assertThat(size.body())
        .contains("id=\"error-size\">Taille obligatoire pour une entreprise.<")
        .contains("value=\"Boulangerie Dupont\"");

    company.put("size", "SME");
    company.put("objectives", List.of("PEOPLE_AND_SKILLS"));
    HttpResponse<String> objective = submit(editor, "/organisations/nouvelle", company);
    assertThat(objective.body())
        .contains(
            "id=\"error-objectives\">« Ressources humaines et compétences » est un objectif des"
                + " structures d’intérêt général, pas des « Acteurs économiques ».<");

    Organisation a = stored("Alpha", "45234");
    Map<String, Object> partnership = new java.util.LinkedHashMap<>();
    partnership.put("title", "Mécénat croisé");
    partnership.put("members", List.of(a.id()));
    partnership.put("category", "MECENAT");
    partnership.put("modality", "JOINT_TENDER");
    partnership.put("territory", "departement:45");
    partnership.put("start", "2025-01-01");
    partnership.put("end", "2024-01-01");
    HttpResponse<String> refused = submit(editor, "/partenariats/nouveau", partnership);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"error-members\">Un partenariat réunit au moins deux organisations (1")
        .contains("value=\"Mécénat croisé\"");
    Organisation b = stored("Beta", "45232");
    partnership.put("members", List.of(a.id(), b.id()));
    assertThat(submit(editor, "/partenariats/nouveau", partnership).body())
        .contains(
            "id=\"error-modality\">La modalité « Réponse conjointe à un appel d’offres » relève"
                + " de la catégorie « Coopération économique », pas de « Mécénat ».<");
    partnership.put("modality", "SKILLS_PATRONAGE");
    assertThat(submit(editor, "/partenariats/nouveau", partnership).body())
        .contains("id=\"error-end\">La fin précède le début.<");
    partnership.put("end", "2026-06-30");
    HttpResponse<String> saved = submit(editor, "/partenariats/nouveau", partnership);
    assertThat(saved.statusCode()).isEqualTo(303);
    Partnership p = WEB.services.registry().partnerships(TerritoryId.FRANCE, 10, 0).get(0);
    assertThat(p.category()).isEqualTo(PartnershipCategory.MECENAT);
    assertThat(p.memberIds()).containsExactly(a.id(), b.id());
  }

  // ------------------------------------------------------------------ escaping, public read

  @Test
  void markup_typed_in_names_is_rendered_escaped_in_every_page() {
    Organisation evil = stored("<script>alert('x')</script> Asso", "45234");
    Organisation other = stored("Autre \"asso\" & co", "45234");
    WEB.services
        .registry()
        .create(
            admin(),
            new Partnership(
                0,
                "<img src=x onerror=alert(1)>",
                List.of(evil.id(), other.id()),
                PartnershipCategory.MECENAT,
                null,
                Set.of(),
                TerritoryId.parse("departement:45"),
                null,
                null,
                Set.of(),
                null,
                null,
                Set.of(),
                0));
    for (String path :
        List.of(
            "/organisations/" + evil.id(),
            "/organisations?territoire=departement:45",
            "/partenariats?territoire=departement:45",
            "/partenariats/1")) {
      String body = get(null, path).body();
      assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
      assertThat(body).as(path).containsAnyOf("&lt;script&gt;alert", "&lt;img src=x");
    }
    Client editor = WEB.login("loiret1");
    String edit = get(editor.cookie(), "/organisations/" + evil.id() + "/modifier").body();
    assertThat(edit)
        // In a quoted attribute, < & and " are escaped (> and ' cannot end it).
        .contains("value=\"&lt;script>alert(")
        .doesNotContain("<script>alert");
  }

  @Test
  void without_public_read_anonymous_visitors_are_sent_to_the_sign_in_page() {
    WEB.services.accounts().setPublicRead(admin(), false);
    HttpResponse<String> list = get(null, "/organisations?territoire=departement:45");
    assertThat(list.statusCode()).isEqualTo(303);
    assertThat(list.headers().firstValue("Location").orElseThrow())
        .isEqualTo("/connexion?retour=%2Forganisations%3Fterritoire%3Ddepartement%3A45");
    assertThat(get(null, "/territoire/departement/45/ecosysteme").statusCode()).isEqualTo(401);
    assertThat(get(null, "/connexion").statusCode()).isEqualTo(200);
    Client viewer = WEB.login("lecteur");
    assertThat(get(viewer.cookie(), "/organisations").statusCode()).isEqualTo(200);
  }

  // ------------------------------------------------------------------ sign-in page

  /** The pre-session cookie and token of a freshly loaded sign-in form. */
  static String[] signInForm() {
    HttpResponse<String> page = get(null, "/connexion");
    String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(m.find()).isTrue();
    return new String[] {cookie, m.group(1)};
  }

  @Test
  void the_sign_in_form_checks_its_token_says_what_failed_in_french_and_signs_out_with_csrf() {
    String[] form = signInForm();
    assertThat(cookieValue(form[0])).isEqualTo(form[1]);
    HttpResponse<String> noToken =
        post(
            form[0],
            "/connexion",
            form(Map.of("login", "loiret1", "password", WebFixture.PASSWORD)));
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("Jeton anti-CSRF absent ou expiré");

    HttpResponse<String> wrong =
        post(
            form[0],
            "/connexion",
            form(Map.of("login", "loiret1", "password", "mauvais", "_csrf", form[1])));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body())
        .contains("id=\"signin-error\">Identifiant ou mot de passe incorrect.<")
        .contains("value=\"loiret1\"");

    HttpResponse<String> ok =
        post(
            form[0],
            "/connexion",
            form(
                Map.of(
                    "login",
                    "loiret1",
                    "password",
                    WebFixture.PASSWORD,
                    "_csrf",
                    form[1],
                    "retour",
                    "/partenariats")));
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location")).contains("/partenariats");
    String session =
        ok.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(AccountRoutes.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(session).contains("HttpOnly").contains("SameSite=Lax");
    String cookie = session.substring(0, session.indexOf(';'));
    String status = get(cookie, "/compte/etat").body();
    assertThat(status).contains("loiret1").contains("(éditeur)");
    String csrf = WEB.services.accounts().session(cookieValue(cookie)).orElseThrow().csrfToken();
    assertThat(status).contains("value=\"" + csrf + "\"");

    assertThat(post(cookie, "/deconnexion", "").statusCode()).isEqualTo(403);
    HttpResponse<String> out = post(cookie, "/deconnexion", form(Map.of("_csrf", csrf)));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(WEB.services.accounts().session(cookieValue(cookie))).isEmpty();

    // Only local paths are followed after sign-in.
    String[] again = signInForm();
    HttpResponse<String> away =
        post(
            again[0],
            "/connexion",
            form(
                Map.of(
                    "login",
                    "loiret1",
                    "password",
                    WebFixture.PASSWORD,
                    "_csrf",
                    again[1],
                    "retour",
                    "//evil.example/")));
    assertThat(away.headers().firstValue("Location")).contains("/organisations");
  }

  @Test
  void repeated_wrong_passwords_slow_the_sign_in_form_with_a_french_message() {
    String[] form = signInForm();
    Map<String, Object> attempt =
        Map.of("login", "loiret2", "password", "mauvais", "_csrf", form[1]);
    // Two failures are free; the third makes the next attempt wait 1 s (issue 19: slow, not lock).
    for (int i = 0; i < 3; i++) {
      assertThat(post(form[0], "/connexion", form(attempt)).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> throttled =
        post(
            form[0],
            "/connexion",
            form(Map.of("login", "loiret2", "password", WebFixture.PASSWORD, "_csrf", form[1])));
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).contains("1");
    assertThat(throttled.body())
        .contains("Trop de tentatives de connexion : patientez 1 seconde avant de réessayer");
  }

  static String cookieValue(String cookie) {
    return cookie.substring(cookie.indexOf('=') + 1);
  }
}
