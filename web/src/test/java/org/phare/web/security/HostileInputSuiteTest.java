package org.phare.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.web.WebFixture;
import org.phare.web.WebServer.Endpoint;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Api;

/**
 * Issue 19's hostile-input suite. The routes come from the router itself ({@link
 * org.phare.web.WebServer#endpoints()}), not from a hand list, so a route is attacked the day it is
 * added: every mutating route is refused without a session, to a viewer, without and with a wrong
 * CSRF token (nothing written: the data versions and the audit log do not move); hostile path and
 * query values get a French 4xx, never a 500; stored markup comes back escaped in every format;
 * every answer, Jetty's own errors included, carries the security headers.
 */
class HostileInputSuiteTest {

  static final WebFixture WEB = WebFixture.get();
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** Routes designed for anonymous callers: signing in has no session (and so no token) yet. */
  /**
   * Routes open to anonymous callers by design: signing in, and setting a password through a
   * one-time reset link (the link's token is the credential; without a valid one nothing is
   * written).
   */
  static final Set<String> SIGN_IN =
      Set.of(
          "POST /api/login",
          "POST /connexion",
          "POST /compte/reinitialiser",
          "POST /etude/{token}/{key}");

  /**
   * Open routes whose credential is a secret in the address (a reset link; a study's link and draft
   * key, whose form also carries the draft's nonce): without a valid one, a French 4xx and no
   * write.
   */
  static final Set<String> LINK_HOLDERS =
      Set.of("POST /compte/reinitialiser", "POST /etude/{token}/{key}");

  /** Routes every signed-in account may call, viewers included: signing out. */
  static final Set<String> ANY_ACCOUNT =
      Set.of(
          "POST /api/logout",
          "POST /deconnexion",
          "POST /api/logout-everywhere",
          "POST /compte/deconnexion-partout",
          "PUT /api/me/password",
          "POST /compte/mot-de-passe");

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String JS_URL = "javascript:alert(1)";

  /** Values for every path and query parameter; the raw ones are sent unencoded on a socket. */
  static final List<String> HOSTILE =
      List.of(
          "' OR 1=1 --",
          "'; DROP TABLE eco_organisation; --",
          "a".repeat(10_000),
          "-1",
          "0",
          "99999999999999999999",
          "1.5e3",
          "NaN",
          "abc",
          "../../../etc/passwd",
          "%00",
          "é€\u0000");

  static final List<String> RAW_HOSTILE = List.of("%", "%zz", "%E9%", "..%2F..%2F", "%C3%28");

  static final AtomicInteger CASES = new AtomicInteger();
  static final AtomicInteger REFUSALS = new AtomicInteger();

  static List<Endpoint> routes;
  static Session admin;
  static Session editor;
  static Session viewer;
  static long organisation;
  static long partner;
  static long partnership;
  static long initiative;
  static long event;

  record Session(String cookie, String csrf) {}

  record Answer(int status, String contentType, String body, Map<String, String> headers) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  @BeforeAll
  static void seed() {
    WEB.resetEcosystem();
    admin = login("admin");
    editor = login("loiret1");
    viewer = login("lecteur");
    organisation = id(post(editor, "/api/organisations", association("Entraide Orléans", "45234")));
    Map<String, Object> company = association("Coop Olivet", "45232");
    company.put("type", "COMPANY");
    company.put("size", "SME");
    company.put("status", "COOPERATIVE");
    company.remove("ess");
    company.put("objectives", List.of("HR_AND_MANAGEMENT"));
    partner = id(post(editor, "/api/organisations", company));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", "Mécénat de compétences");
    p.put("members", List.of(organisation, partner));
    p.put("category", "MECENAT");
    p.put("modality", "SKILLS_PATRONAGE");
    p.put("territory", "departement:45");
    p.put("start", "2025-01-15");
    partnership = id(post(editor, "/api/partnerships", p));
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("kind", "COLLECTIVE_EXPERIMENT");
    i.put("title", "Expérimentation mobilité");
    i.put("territory", "commune:45234");
    i.put("participants", List.of(organisation, partner));
    i.put("stage", "CO_BUILD");
    initiative = id(post(editor, "/api/initiatives", i));
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("territory", "departement:45");
    e.put("date", "2026-12-03");
    e.put("rounds", 1);
    e.put("tables", 1);
    e.put("organisations", List.of(organisation, partner));
    event = id(post(admin, "/api/speed-datings", e));
    routes = WEB.server.endpoints();
  }

  @AfterAll
  static void counts() {
    System.out.printf(
        "hostile-input suite: %d routes (%d mutating), %d cases, %d refusals%n",
        routes.size(), mutating().size(), CASES.get(), REFUSALS.get());
  }

  // ------------------------------------------------------------------ the routes

  @Test
  void the_router_lists_the_routes_of_every_module() {
    List<String> names = routes.stream().map(r -> r.method() + " " + r.path()).toList();
    assertThat(names)
        .contains(
            "GET /",
            "GET /territoire/{level}/{code}",
            "POST /api/login",
            "POST /api/organisations",
            "DELETE /api/organisations/{id}",
            "POST /mise-en-relation/speed-dating/{id}/replanifier",
            "POST /donnees/importer");
    assertThat(routes).hasSizeGreaterThan(80);
    assertThat(mutating()).hasSizeGreaterThan(30);
  }

  // ------------------------------------------------------------------ mutating routes

  @Test
  void every_mutating_route_refuses_anonymous_callers_and_writes_nothing() {
    List<String> failures = new ArrayList<>();
    for (Endpoint route : mutating()) {
      if (LINK_HOLDERS.contains(key(route))) {
        // open to anyone holding the link: without a valid one, a French 4xx and no write
        String fingerprint = fingerprint();
        Answer answer = mutate(route, null, null);
        check(
            failures,
            route,
            "anonymous without a reset link",
            answer.status() >= 400 && answer.status() < 500,
            answer,
            fingerprint);
        continue;
      }
      if (SIGN_IN.contains(key(route))) {
        continue;
      }
      String fingerprint = fingerprint();
      Answer answer = mutate(route, null, null);
      boolean refused =
          answer.status() == 401
              || answer.status() == 403
              || (answer.status() == 303
                  && String.valueOf(answer.header("location")).startsWith("/connexion"));
      check(failures, route, "anonymous", refused, answer, fingerprint);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void every_mutating_route_refuses_viewers_with_a_valid_token_and_writes_nothing() {
    List<String> failures = new ArrayList<>();
    for (Endpoint route : mutating()) {
      if (SIGN_IN.contains(key(route)) || ANY_ACCOUNT.contains(key(route))) {
        continue;
      }
      String fingerprint = fingerprint();
      Answer answer = mutate(route, viewer, viewer.csrf());
      check(failures, route, "viewer", answer.status() == 403, answer, fingerprint);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void every_mutating_route_refuses_an_editor_without_a_token_or_with_another_sessions() {
    List<String> failures = new ArrayList<>();
    Session other = login("loiret2");
    for (Endpoint route : mutating()) {
      if (SIGN_IN.contains(key(route))) {
        continue;
      }
      String fingerprint = fingerprint();
      Answer missing = mutate(route, editor, null);
      check(failures, route, "no token", missing.status() == 403, missing, fingerprint);
      Answer wrong = mutate(route, editor, other.csrf());
      check(failures, route, "wrong token", wrong.status() == 403, wrong, fingerprint);
      Answer forged = mutate(route, editor, "A".repeat(43));
      check(failures, route, "forged token", forged.status() == 403, forged, fingerprint);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void every_mutating_route_refuses_cross_site_requests_even_with_a_valid_token() {
    // its own session, signing out last: a cross-site sign-out that goes through ends it
    Session own = login("loiret2");
    List<Endpoint> ordered = new ArrayList<>(mutating());
    ordered.sort(java.util.Comparator.comparing(r -> ANY_ACCOUNT.contains(key(r))));
    List<String> failures = new ArrayList<>();
    for (Endpoint route : ordered) {
      String fingerprint = fingerprint();
      Answer answer =
          mutate(
              route,
              own,
              own.csrf(),
              "Sec-Fetch-Site",
              "cross-site",
              "Origin",
              "https://evil.example");
      check(failures, route, "cross-site", answer.status() == 403, answer, fingerprint);
    }
    assertThat(failures).isEmpty();
  }

  // ------------------------------------------------------------------ hostile parameters

  @Test
  void hostile_path_parameters_get_a_french_4xx_never_a_500() {
    List<String> failures = new ArrayList<>();
    for (Endpoint route : routes) {
      if (!route.method().equals("GET")) {
        continue;
      }
      for (String name : parameters(route.path())) {
        List<String> values = new ArrayList<>();
        HOSTILE.forEach(v -> values.add(encode(v)));
        values.addAll(RAW_HOSTILE);
        for (String value : values) {
          String target = fill(route.path(), Map.of(name, value));
          Answer answer = raw(target, editor);
          CASES.incrementAndGet();
          String problem = frenchRefusal(answer);
          if (answer.status() < 400 || problem != null) {
            failures.add(
                route.path()
                    + " {"
                    + name
                    + "}="
                    + abbreviate(value)
                    + ": "
                    + answer.status()
                    + " "
                    + (problem == null ? "accepted" : problem));
          } else {
            REFUSALS.incrementAndGet();
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void hostile_query_parameters_never_get_a_500_and_refusals_are_french() {
    List<String> names = queryNamesCovered();
    List<String> failures = new ArrayList<>();
    for (Endpoint route : routes) {
      if (!route.method().equals("GET")) {
        continue;
      }
      String path = fill(route.path(), Map.of());
      for (String value : HOSTILE) {
        if (value.length() > 1000 && names.size() > 1) {
          // one long value at a time: all of them together exceed any request-line limit
          for (String name : List.of("q", "territoire", "territory")) {
            run(failures, path + "?" + name + "=" + encode(value));
          }
          continue;
        }
        StringBuilder query = new StringBuilder();
        for (String name : names) {
          query
              .append(query.length() == 0 ? "?" : "&")
              .append(name)
              .append('=')
              .append(encode(value));
        }
        run(failures, path + query);
      }
      for (String value : RAW_HOSTILE) {
        run(failures, path + "?q=" + value + "&territoire=" + value + "&id=" + value);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void the_number_of_suggestions_is_checked_with_a_french_400() {
    List<String> failures = new ArrayList<>();
    for (Endpoint route : routes) {
      if (route.method().equals("GET") && route.path().contains("suggestions")) {
        for (String value : List.of("-1", "abc", "99999999999999999999", "1e9", "%zz")) {
          run(failures, fill(route.path(), Map.of()) + "?k=" + value);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static void run(List<String> failures, String target) {
    Answer answer = raw(target, editor);
    CASES.incrementAndGet();
    if (answer.status() >= 400) {
      REFUSALS.incrementAndGet();
    }
    String problem = answer.status() >= 400 ? frenchRefusal(answer) : null;
    if (answer.status() >= 500 || answer.status() < 0 || problem != null) {
      failures.add(abbreviate(target) + ": " + answer.status() + " " + problem);
    }
  }

  // ------------------------------------------------------------------ stored markup

  @Test
  void markup_stored_in_every_free_text_field_comes_back_escaped_in_every_format()
      throws Exception {
    Map<String, Object> org = association(SCRIPT + " Coop " + IMG, "45234");
    org.put(
        "contact",
        Map.of("person", IMG, "email", "xss@example.org", "phone", "0238", "website", JS_URL));
    org.put("description", SCRIPT + IMG);
    Answer created = post(editor, "/api/organisations", org);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long hostile = id(created);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", IMG + SCRIPT);
    p.put("members", List.of(hostile, organisation));
    p.put("category", "MECENAT");
    p.put("territory", "departement:45");
    p.put("description", SCRIPT);
    Answer partnershipCreated = post(editor, "/api/partnerships", p);
    assertThat(partnershipCreated.status()).as(partnershipCreated.body()).isEqualTo(201);
    long hostilePartnership = id(partnershipCreated);

    List<String> failures = new ArrayList<>();
    for (String page :
        List.of(
            "/organisations",
            "/organisations/" + hostile,
            "/organisations/" + hostile + "/modifier",
            "/partenariats",
            "/partenariats/" + hostilePartnership,
            "/partenariats/" + hostilePartnership + "/modifier",
            "/reseau?territoire=departement:45",
            "/territoire/departement/45/ecosysteme",
            "/mise-en-relation/organisation/" + organisation,
            "/recherche?q=" + encode(SCRIPT))) {
      Answer answer = get(editor, page);
      CASES.incrementAndGet();
      if (answer.status() != 200) {
        failures.add(page + ": " + answer.status());
      } else if (answer.body().contains("<script>alert")
          || answer.body().contains("<img src=x")
          || answer.body().contains("href=\"javascript:")) {
        failures.add(page + ": markup unescaped");
      }
    }
    for (String json :
        List.of(
            "/api/organisations/" + hostile,
            "/api/organisations?territory=departement:45",
            "/api/partnerships/" + hostilePartnership,
            "/api/territories/departement:45/network",
            "/api/organisations/" + organisation + "/suggestions")) {
      Answer answer = get(editor, json);
      CASES.incrementAndGet();
      if (answer.status() != 200) {
        failures.add(json + ": " + answer.status());
      } else if (answer.body().contains("<") || answer.body().contains(">")) {
        failures.add(json + ": < or > left unescaped in JSON");
      }
    }
    for (String svg : List.of("/carte.svg?territoire=departement:45")) {
      Answer answer = get(editor, svg);
      CASES.incrementAndGet();
      if (answer.body().contains("<script") || answer.body().contains("onerror=alert")) {
        failures.add(svg + ": markup unescaped in SVG");
      }
    }
    for (String csv : List.of("/api/organisations.csv", "/api/partnerships.csv")) {
      Answer answer = get(editor, csv + "?territory=departement:45");
      CASES.incrementAndGet();
      // CSV is data, not markup: it must never be rendered by a browser
      if (answer.status() != 200
          || !String.valueOf(answer.contentType()).startsWith("text/csv")
          || !"nosniff".equals(answer.header("x-content-type-options"))) {
        failures.add(csv + ": " + answer.status() + " " + answer.contentType());
      } else if (!answer.body().contains("onerror=alert(1)")) {
        failures.add(csv + ": the stored text is not exported verbatim");
      }
    }
    // The PDF report draws the texts as text: pdftotext reads them back verbatim.
    HttpResponse<byte[]> pdf =
        HTTP.send(
            request(editor, "/territoire/departement/45/rapport.pdf").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    CASES.incrementAndGet();
    assertThat(pdf.statusCode()).isEqualTo(200);
    Path file = Files.createTempFile("hostile", ".pdf");
    Files.write(file, pdf.body());
    Process process =
        new ProcessBuilder("pdftotext", file.toString(), "-").redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    Files.delete(file);
    assertThat(text).doesNotContain("&lt;").doesNotContain("&quot;");
    assertThat(failures).isEmpty();
  }

  // ------------------------------------------------------------------ every body field

  /** One value per attack on a body field: markup, SQL, 100 kB, and a value of no field's type. */
  static final List<String> FIELD_ATTACKS =
      List.of(SCRIPT + IMG, "'; DROP TABLE eco_organisation; --", "a".repeat(100_000), "-1e999");

  /** A form a page posts: its action (path and query) and its fields in order, with values. */
  record Form(String action, List<Map.Entry<String, String>> fields) {}

  static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
  static final Pattern CONTROL =
      Pattern.compile("(?is)<(input|select|textarea)\\b([^>]*)>(?:(.*?)</(?:select|textarea)>)?");

  static String attribute(String tag, String name) {
    Matcher m =
        Pattern.compile("(?is)\\b" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))")
            .matcher(tag);
    if (!m.find()) {
      return null;
    }
    String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    return value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** The POST forms of a page, with the values the page fills in (what a browser would send). */
  static List<Form> postForms(String html) {
    List<Form> forms = new ArrayList<>();
    Matcher f = FORM.matcher(html);
    while (f.find()) {
      String tag = f.group(1);
      if (!"post".equalsIgnoreCase(String.valueOf(attribute(tag, "method")))) {
        continue;
      }
      String action = attribute(tag, "action");
      if (action == null || !action.startsWith("/")) {
        continue;
      }
      List<Map.Entry<String, String>> fields = new ArrayList<>();
      Matcher c = CONTROL.matcher(f.group(2));
      while (c.find()) {
        String kind = c.group(1).toLowerCase(Locale.ROOT);
        String attributes = c.group(2);
        String name = attribute(attributes, "name");
        if (name == null) {
          continue;
        }
        String type = String.valueOf(attribute(attributes, "type")).toLowerCase(Locale.ROOT);
        String value;
        if (kind.equals("select")) {
          Matcher option =
              Pattern.compile("(?is)<option\\b([^>]*)>").matcher(String.valueOf(c.group(3)));
          String first = null;
          String selected = null;
          while (option.find()) {
            String v = attribute(option.group(1), "value");
            first = first == null ? v : first;
            if (selected == null && option.group(1).toLowerCase(Locale.ROOT).contains("selected")) {
              selected = v;
            }
          }
          value = selected != null ? selected : first == null ? "" : first;
        } else if (kind.equals("textarea")) {
          value = String.valueOf(c.group(3) == null ? "" : c.group(3));
        } else if (Set.of("submit", "button", "file", "image", "reset").contains(type)) {
          continue;
        } else if ((type.equals("checkbox") || type.equals("radio"))
            && !attributes.toLowerCase(Locale.ROOT).matches("(?s).*\\bchecked\\b.*")) {
          value = null; // not sent by a browser, but a field the route reads: attacked alone
        } else {
          value = attribute(attributes, "value");
          value = value == null ? (type.equals("checkbox") ? "on" : "") : value;
        }
        fields.add(new java.util.AbstractMap.SimpleEntry<>(name, value));
      }
      forms.add(new Form(action, fields));
    }
    return forms;
  }

  /** The mutating route a form's action reaches, if the router holds one. */
  static Endpoint routeOf(String action) {
    String path = action.contains("?") ? action.substring(0, action.indexOf('?')) : action;
    for (Endpoint route : mutating()) {
      String regex = "\\Q" + route.path().replaceAll("[{<][^}>]+[}>]", "\\\\E[^/]+\\\\Q") + "\\E";
      if (route.method().equals("POST") && path.matches(regex)) {
        return route;
      }
    }
    return null;
  }

  /** An administrator's session that is still open (attacks on sign-out routes end it). */
  static Session attacker;

  static Session attacker() {
    if (attacker == null || !get(attacker, "/api/me").body().contains("\"signedIn\":true")) {
      attacker = login("admin");
    }
    return attacker;
  }

  /**
   * Every field of every form that a page of the router posts to a route (found by reading the
   * {@code <form method="post">} of every GET page, not from a hand list), and every field of the
   * JSON records the API returns and takes back: each attacked alone with markup, SQL, 100 kB and a
   * value of no field's type, by an administrator with a valid token. The answer is a 2xx/3xx (the
   * value stored, then checked escaped on every page) or a 4xx in French, never a 500.
   */
  @Test
  void every_field_of_every_form_and_json_body_is_attacked_and_never_gets_a_500() {
    List<String> failures = new ArrayList<>();
    Map<String, Form> forms = new LinkedHashMap<>();
    for (Endpoint route : routes) {
      String path = fill(route.path(), Map.of());
      if (!route.method().equals("GET")
          || path.startsWith("/api/")
          || path.matches(".*\\.(pdf|csv|svg|yaml|json|js|css)$")) {
        continue;
      }
      Answer page = get(attacker(), path);
      for (Form form : postForms(page.body())) {
        Endpoint target = routeOf(form.action());
        if (target != null) {
          forms.putIfAbsent(key(target), form);
        }
      }
    }
    Set<String> formRoutes = new java.util.TreeSet<>(forms.keySet());
    int formFields = 0;
    for (Form form : forms.values()) {
      Set<String> names = new java.util.LinkedHashSet<>();
      form.fields().forEach(e -> names.add(e.getKey()));
      names.remove("_csrf");
      formFields += names.size();
      for (String name : names) {
        for (String attack : FIELD_ATTACKS) {
          Session session = attacker();
          StringBuilder body = new StringBuilder();
          Set<String> done = new java.util.HashSet<>();
          for (Map.Entry<String, String> field : form.fields()) {
            String value =
                field.getKey().equals("_csrf")
                    ? session.csrf()
                    : field.getKey().equals(name) ? attack : field.getValue();
            if (field.getKey().equals(name) && !done.add(name)) {
              continue; // a multi-valued field gets the attack once
            }
            if (value == null) {
              continue; // an unchecked box
            }
            body.append(body.length() == 0 ? "" : "&")
                .append(encode(field.getKey()))
                .append('=')
                .append(encode(value));
          }
          Answer answer =
              send(
                  request(session, form.action())
                      .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .build());
          judge(failures, "POST " + form.action() + " " + name + "=" + abbreviate(attack), answer);
        }
      }
    }

    // JSON: the records the API returns are the bodies it takes back (PUT on the same path, POST
    // on the collection); every top-level field of them is attacked.
    Set<String> jsonRoutes = new java.util.TreeSet<>();
    int jsonFields = 0;
    for (Endpoint route : mutating()) {
      if (!route.path().startsWith("/api/")
          || !(route.method().equals("PUT") || route.method().equals("POST"))) {
        continue;
      }
      String record = route.method().equals("PUT") ? route.path() : route.path() + "/{id}";
      boolean readable =
          routes.stream().anyMatch(r -> r.method().equals("GET") && r.path().equals(record));
      if (!readable) {
        continue;
      }
      Answer current = get(attacker(), fill(record, Map.of()));
      if (current.status() != 200) {
        failures.add("GET " + record + ": " + current.status());
        continue;
      }
      JsonNode base = parse(current.body());
      jsonRoutes.add(key(route));
      java.util.Iterator<String> names = base.fieldNames();
      List<String> fieldNames = new ArrayList<>();
      names.forEachRemaining(fieldNames::add);
      jsonFields += fieldNames.size();
      for (String name : fieldNames) {
        List<Object> attacks = new ArrayList<>(FIELD_ATTACKS);
        attacks.add(base.get(name).isTextual() ? Map.of("wrong", List.of(1)) : "abc");
        for (Object attack : attacks) {
          com.fasterxml.jackson.databind.node.ObjectNode body = base.deepCopy();
          if (route.method().equals("POST")) {
            body.remove("id");
          }
          body.set(name, Api.JSON.valueToTree(attack));
          Session session = attacker();
          Answer answer =
              send(
                  request(session, fill(route.path(), Map.of()))
                      .method(route.method(), HttpRequest.BodyPublishers.ofString(body.toString()))
                      .header("Content-Type", "application/json")
                      .header(AccountRoutes.CSRF_HEADER, session.csrf())
                      .build());
          judge(
              failures, key(route) + " " + name + "=" + abbreviate(String.valueOf(attack)), answer);
        }
      }
    }

    // The other JSON routes return no record to take back: every field name the web module reads
    // from a JSON body (its sources' path("…"), get("…"), has("…")) is sent at once, all with the
    // attack, so each handler meets the attack in whichever field it reads first.
    List<String> bodyNames = jsonFieldNames();
    Set<String> allFieldRoutes = new java.util.TreeSet<>();
    for (Endpoint route : mutating()) {
      if (!route.path().startsWith("/api/")
          || jsonRoutes.contains(key(route))
          || route.path().endsWith("/import")) {
        continue;
      }
      allFieldRoutes.add(key(route));
      List<Object> attacks = new ArrayList<>(FIELD_ATTACKS);
      attacks.add(Map.of("wrong", List.of(1)));
      for (Object attack : attacks) {
        Map<String, Object> body = new LinkedHashMap<>();
        bodyNames.forEach(n -> body.put(n, attack));
        Session session = attacker();
        Answer answer =
            send(
                request(session, fill(route.path(), Map.of()))
                    .method(route.method(), HttpRequest.BodyPublishers.ofString(json(body)))
                    .header("Content-Type", "application/json")
                    .header(AccountRoutes.CSRF_HEADER, session.csrf())
                    .build());
        judge(failures, key(route) + " every field=" + abbreviate(String.valueOf(attack)), answer);
      }
    }
    Set<String> uncovered = new java.util.TreeSet<>();
    for (Endpoint route : mutating()) {
      if (!formRoutes.contains(key(route))
          && !jsonRoutes.contains(key(route))
          && !allFieldRoutes.contains(key(route))) {
        uncovered.add(key(route));
      }
    }

    // Whatever was stored comes back escaped on every page and in every JSON answer.
    for (Endpoint route : routes) {
      String path = fill(route.path(), Map.of());
      if (!route.method().equals("GET") || path.matches(".*\\.(pdf|csv|yaml|js|css)$")) {
        continue;
      }
      Answer answer = get(attacker(), path);
      CASES.incrementAndGet();
      if (answer.body().contains("<script>alert") || answer.body().contains("<img src=x")) {
        failures.add("GET " + path + ": stored markup unescaped");
      }
    }
    System.out.printf(
        "hostile-input suite, body fields: %d form routes (%d fields) %s; %d JSON routes (%d"
            + " fields) %s; %d JSON routes with every field name read (%d names) %s; not"
            + " attacked: %s%n",
        formRoutes.size(),
        formFields,
        formRoutes,
        jsonRoutes.size(),
        jsonFields,
        jsonRoutes,
        allFieldRoutes.size(),
        bodyNames.size(),
        allFieldRoutes,
        uncovered);
    assertThat(formRoutes).as("form routes found from the pages").hasSizeGreaterThan(10);
    assertThat(jsonRoutes).as("JSON routes with a readable record").hasSizeGreaterThan(3);
    assertThat(failures).isEmpty();
  }

  /** The field names the web module reads from JSON bodies, from its main sources. */
  static List<String> jsonFieldNames() {
    Pattern read = Pattern.compile("\\.(?:path|get|has)\\(\"([a-z][A-Za-z]*)\"\\)");
    Set<String> names = new java.util.TreeSet<>();
    try (java.util.stream.Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (!source.contains("JsonNode")) {
          continue;
        }
        Matcher m = read.matcher(source);
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(names).as("JSON field names read by the web module").contains("title", "login");
    return new ArrayList<>(names);
  }

  /** A 2xx/3xx, or a 4xx with a French refusal; never a 5xx. */
  private static void judge(List<String> failures, String what, Answer answer) {
    CASES.incrementAndGet();
    if (answer.status() >= 400) {
      REFUSALS.incrementAndGet();
      String problem = frenchRefusal(answer);
      if (problem != null) {
        failures.add(what + ": " + answer.status() + " " + problem);
      }
    } else if (answer.status() < 200) {
      failures.add(what + ": " + answer.status());
    }
  }

  // ------------------------------------------------------------------ sizes

  @Test
  void an_oversize_body_is_refused_413_in_french_and_nothing_is_written() {
    String fingerprint = fingerprint();
    Map<String, Object> org = association("x".repeat(2_000_000), "45234");
    Answer answer = post(editor, "/api/organisations", org);
    CASES.incrementAndGet();
    assertThat(answer.status()).isEqualTo(413);
    assertThat(frenchRefusal(answer)).isNull();
    assertThat(fingerprint()).isEqualTo(fingerprint);
  }

  // ------------------------------------------------------------------ headers

  @Test
  void every_route_answer_carries_the_security_headers_errors_included() {
    List<String> failures = new ArrayList<>();
    for (Endpoint route : routes) {
      String target = fill(route.path(), Map.of());
      Answer answer =
          route.method().equals("GET")
              ? get(editor, target)
              : mutate(route, null, null); // refused: headers on refusals too
      CASES.incrementAndGet();
      headers(failures, key(route), answer.headers());
    }
    headers(failures, "unknown path", get(editor, "/nulle-part").headers());
    headers(
        failures,
        "unknown method",
        send(request(editor, "/organisations").method("PATCH", noBody()).build()).headers());
    headers(failures, "static file", get(null, "/static/site.css").headers());
    // Jetty's own errors: requests Javalin never sees.
    int port = WEB.server.port();
    Map<String, RawHttp.Response> jetty = new LinkedHashMap<>();
    jetty.put("malformed request line", RawHttp.send(port, "GARBAGE\r\n\r\n"));
    jetty.put("bad version", RawHttp.send(port, "GET / HTTP/9.9\r\nHost: x\r\n\r\n"));
    jetty.put(
        "malformed header",
        RawHttp.send(port, "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n"));
    jetty.put(
        "header too large",
        RawHttp.send(
            port,
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"));
    jetty.put("uri too long", RawHttp.get(port, "/" + "a".repeat(20_000)));
    jetty.put("ambiguous path", RawHttp.get(port, "/organisations/..%2F..%2Fetc"));
    jetty.put("bad encoding", RawHttp.get(port, "/organisations/%zz"));
    for (Map.Entry<String, RawHttp.Response> e : jetty.entrySet()) {
      CASES.incrementAndGet();
      RawHttp.Response r = e.getValue();
      // 505: the HTTP version is refused as such, not an internal error
      if (r.status() < 400 || (r.status() >= 500 && r.status() != 505)) {
        failures.add(e.getKey() + ": status " + r.status());
      }
      headers(failures, e.getKey() + " (" + r.status() + ")", r.headers());
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void signed_in_pages_and_the_account_api_are_never_stored_by_a_cache() {
    List<String> failures = new ArrayList<>();
    for (String path :
        List.of(
            "/api/me",
            "/organisations",
            "/organisations/nouvelle",
            "/organisations/" + organisation,
            "/partenariats/" + partnership + "/modifier",
            "/initiatives/" + initiative,
            "/mise-en-relation/speed-dating/" + event,
            "/donnees/importer",
            "/reseau",
            "/connexion")) {
      Answer answer = get(editor, path);
      CASES.incrementAndGet();
      String cache = String.valueOf(answer.header("cache-control"));
      if (!cache.contains("no-store")) {
        failures.add(path + ": Cache-Control " + cache);
      }
    }
    assertThat(failures).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  static void headers(List<String> failures, String what, Map<String, String> headers) {
    String csp = headers.get("content-security-policy");
    if (csp == null || !csp.contains("frame-ancestors 'none'") || !csp.contains("object-src")) {
      failures.add(what + ": Content-Security-Policy " + csp);
    }
    if (!"nosniff".equals(headers.get("x-content-type-options"))) {
      failures.add(what + ": X-Content-Type-Options " + headers.get("x-content-type-options"));
    }
    if (headers.get("referrer-policy") == null) {
      failures.add(what + ": no Referrer-Policy");
    }
  }

  private void check(
      List<String> failures,
      Endpoint route,
      String who,
      boolean refused,
      Answer answer,
      String fingerprint) {
    CASES.incrementAndGet();
    String after = fingerprint();
    if (!refused) {
      failures.add(
          key(route) + " " + who + ": " + answer.status() + " " + abbreviate(answer.body()));
    } else {
      REFUSALS.incrementAndGet();
      String problem = frenchRefusal(answer);
      if (problem != null && answer.status() != 303) {
        failures.add(key(route) + " " + who + ": " + problem);
      }
    }
    if (!after.equals(fingerprint)) {
      failures.add(key(route) + " " + who + ": data written (" + fingerprint + " → " + after + ")");
    }
  }

  /**
   * Null when a 4xx answer is a French refusal: {@code {code, message}} JSON, or a page or text in
   * French; otherwise what is wrong.
   */
  static String frenchRefusal(Answer answer) {
    if (answer.status() >= 500 || answer.status() < 0) {
      return "status " + answer.status();
    }
    if (answer.status() == 301 || answer.status() == 302 || answer.status() == 303) {
      return null;
    }
    String body = answer.body();
    if (String.valueOf(answer.contentType()).startsWith("application/json")) {
      int start = body.indexOf('{');
      int end = body.lastIndexOf('}');
      if (start < 0 || end < start) {
        return "JSON without an object";
      }
      JsonNode json = parse(body.substring(start, end + 1));
      if (json.path("code").asText().isEmpty() || json.path("message").asText().isEmpty()) {
        return "JSON without code and message: " + abbreviate(body);
      }
      body = json.path("message").asText();
    }
    for (String english :
        List.of(
            "Bad Request",
            "Not Found",
            "Not found",
            "Bad Message",
            "URI Too Long",
            "Internal Server Error",
            "Payload too large",
            "Forbidden",
            "Unauthorized",
            "Method Not Allowed")) {
      if (body.contains(english)) {
        return "English text: " + abbreviate(body);
      }
    }
    if (!FRENCH.matcher(body).find()) {
      return "no French text: " + abbreviate(body);
    }
    return null;
  }

  static final Pattern FRENCH =
      Pattern.compile(
          "(?iu)[éèêàçùôî’«]|\\b(le|la|les|des|du|un|une|vous|votre|pour|ou|est|pas|introuvable|demande)\\b");

  static Answer mutate(Endpoint route, Session session, String token, String... extraHeaders) {
    String path = fill(route.path(), Map.of());
    boolean api = path.startsWith("/api/");
    String body;
    String type;
    if (api) {
      body = "{}";
      type = "application/json";
    } else {
      body = "nom=x" + (token == null ? "" : "&_csrf=" + encode(token));
      type = "application/x-www-form-urlencoded";
    }
    HttpRequest.Builder builder =
        request(session, path)
            .method(route.method(), HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", type);
    if (api && token != null) {
      builder.header(AccountRoutes.CSRF_HEADER, token);
    }
    for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
      builder.header(extraHeaders[i], extraHeaders[i + 1]);
    }
    return send(builder.build());
  }

  static List<Endpoint> mutating() {
    return routes.stream()
        .filter(r -> Set.of("POST", "PUT", "PATCH", "DELETE").contains(r.method()))
        .toList();
  }

  static String key(Endpoint route) {
    return route.method() + " " + route.path();
  }

  private static final Pattern PARAMETER = Pattern.compile("[{<]([^}>]+)[}>]");

  static List<String> parameters(String path) {
    List<String> names = new ArrayList<>();
    Matcher m = PARAMETER.matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The path with its parameters replaced: {@code given} (already encoded), else real ids. */
  static String fill(String path, Map<String, String> given) {
    Matcher m = PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = given.containsKey(name) ? given.get(name) : real(path, name);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String real(String path, String name) {
    return switch (name) {
      case "territory" -> "departement:45";
      case "level" -> "departement";
      case "code" -> "45";
      case "entity" -> "organisation";
      case "organisation" -> String.valueOf(organisation);
      case "id" -> {
        if (path.contains("speed-dating")) {
          yield String.valueOf(event);
        } else if (path.contains("partenariat") || path.contains("partnership")) {
          yield String.valueOf(partnership);
        } else if (path.contains("initiative")) {
          yield String.valueOf(initiative);
        } else if (path.contains("/audit/")) {
          yield String.valueOf(organisation);
        } else {
          yield path.contains("organisation") ? String.valueOf(organisation) : "1";
        }
      }
      default -> "1";
    };
  }

  /** Every query parameter name the web module reads, from its sources' {@code queryParam("…")}. */
  static List<String> queryNames() {
    return List.of(
        "q",
        "territoire",
        "territory",
        "niveau",
        "level",
        "k",
        "ref",
        "domaine",
        "domain",
        "famille",
        "family",
        "categorie",
        "category",
        "acteur",
        "participant",
        "dans",
        "region",
        "lang",
        "retour",
        "confirm",
        "version",
        "page",
        "id");
  }

  /** Every query parameter name the web module reads. */
  static List<String> queryNamesCovered() {
    return queryNames();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String abbreviate(String text) {
    String one = String.valueOf(text).replaceAll("\\s+", " ");
    return one.length() > 160 ? one.substring(0, 160) + "…" : one;
  }

  static Answer raw(String target, Session session) {
    String cookie = session == null ? "" : "Cookie: " + session.cookie() + "\r\n";
    RawHttp.Response r =
        RawHttp.send(
            WEB.server.port(),
            "GET "
                + target
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: fr\r\n"
                + cookie
                + "Connection: close\r\n\r\n");
    return new Answer(r.status(), r.header("content-type"), r.body(), r.headers());
  }

  static HttpRequest.Builder request(Session session, String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(WEB.url(path)));
    if (session != null) {
      builder.header("Cookie", session.cookie());
    }
    return builder;
  }

  static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  static Answer get(Session session, String path) {
    return send(request(session, path).GET().build());
  }

  static Answer post(Session session, String path, Object body) {
    return send(
        request(session, path)
            .POST(HttpRequest.BodyPublishers.ofString(json(body)))
            .header("Content-Type", "application/json")
            .header(AccountRoutes.CSRF_HEADER, session.csrf())
            .build());
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new LinkedHashMap<>();
      r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      return new Answer(
          r.statusCode(), r.headers().firstValue("content-type").orElse(null), r.body(), headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Session login(String login) {
    Answer answer =
        send(
            HttpRequest.newBuilder(URI.create(WEB.url("/api/login")))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json(Map.of("login", login, "password", WebFixture.PASSWORD))))
                .header("Content-Type", "application/json")
                .build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    String setCookie = answer.header("set-cookie");
    return new Session(
        setCookie.substring(0, setCookie.indexOf(';')),
        parse(answer.body()).path("csrfToken").asText());
  }

  static long id(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return parse(answer.body()).path("id").asLong();
  }

  static Map<String, Object> association(String name, String commune) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", "ASSOCIATION");
    m.put("commune", commune);
    m.put("ess", true);
    m.put("domains", List.of("POVERTY", "MOBILITY"));
    m.put("objectives", List.of("ECONOMIC_RESOURCES"));
    m.put("contact", Map.of("person", "Marie Curie", "email", "marie@example.org"));
    return m;
  }

  /** The data versions, the audit log and the accounts: a refused request moves none of them. */
  static String fingerprint() {
    return WEB.services
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT (SELECT string_agg(kind || '=' || version, ',' ORDER BY kind)"
                            + " FROM data_version) || ' audit=' || (SELECT count(*) FROM audit_log)"
                            + " || ' accounts=' || (SELECT count(*) FROM acc_account)"
                            + " || ' public=' || (SELECT value FROM acc_setting"
                            + " WHERE key = 'public_read')")
                    .mapTo(String.class)
                    .one());
  }

  static String json(Object body) {
    try {
      return Api.JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String body) {
    try {
      return Api.JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
