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
