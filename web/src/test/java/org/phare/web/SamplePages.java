package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phare.web.WebServer.Endpoint;
import org.phare.web.account.AccountRoutes;

/**
 * The pages every page-wide browser check visits (issue 15's phone width, issue 20's axe check):
 * every GET route of the router ({@link WebServer#endpoints()}) that answers HTML, its path
 * parameters filled with records seeded here through the API and the study form (an organisation, a
 * partnership, an initiative, a speed-dating, a published study and its public link); the report at
 * every level (France, a region, a département, an EPCI, a commune), a few dashboard states and the
 * error pages added by hand. One place, so both checks see the same pages.
 */
final class SamplePages {

  static final WebFixture WEB = WebFixture.get();
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The seeded records' ids by name: organisation, partnership, initiative, event, study, token,
   * key.
   */
  static final Map<String, String> ids = new LinkedHashMap<>();

  private SamplePages() {}

  /** GET routes that answer something other than a page (files, fragments, JSON). */
  static boolean page(Endpoint route) {
    String p = route.path();
    return route.method().equals("GET")
        && !p.startsWith("/api/")
        && !p.startsWith("/static")
        && !p.matches(".*\\.(csv|pdf|svg|yaml|json|png|js|css)$")
        // an htmx fragment of the report, checked inside the report page
        && !p.endsWith("/ecosysteme")
        // the header's account fragment (htmx, no <html>), checked inside every page
        && !p.equals("/compte/etat")
        // the commune picker's suggestions and chosen field (htmx fragments of the organisation
        // form, checked inside it)
        && !p.startsWith("/recherche/communes");
  }

  /** Resets the ecosystem and seeds the records the pages show (the study through its form). */
  static void seed(Browsers browsers) {
    WEB.resetEcosystem();
    Session editor = login("loiret1");
    Session admin = login("admin");
    long organisation =
        id(post(editor, "/api/organisations", association("Entraide Orléans", "45234")));
    Map<String, Object> company = association("Coopérative d’Olivet", "45232");
    company.put("type", "COMPANY");
    company.put("size", "SME");
    company.put("status", "COOPERATIVE");
    company.remove("ess");
    company.put("objectives", List.of("HR_AND_MANAGEMENT"));
    long partner = id(post(editor, "/api/organisations", company));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", "Mécénat de compétences pour l’insertion des jeunes du quartier de l’Argonne");
    p.put("members", List.of(organisation, partner));
    p.put("category", "MECENAT");
    p.put("modality", "SKILLS_PATRONAGE");
    p.put("territory", "departement:45");
    p.put("start", "2025-01-15");
    long partnership = id(post(editor, "/api/partnerships", p));
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("kind", "COLLECTIVE_EXPERIMENT");
    i.put("title", "Expérimentation mobilité solidaire");
    i.put("territory", "commune:45234");
    i.put("participants", List.of(organisation, partner));
    i.put("stage", "CO_BUILD");
    long initiative = id(post(editor, "/api/initiatives", i));
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("territory", "departement:45");
    e.put("date", "2026-12-03");
    e.put("rounds", 1);
    e.put("tables", 1);
    e.put("organisations", List.of(organisation, partner));
    long event = id(post(admin, "/api/speed-datings", e));
    ids.put("organisation", String.valueOf(organisation));
    ids.put("partnership", String.valueOf(partnership));
    ids.put("initiative", String.valueOf(initiative));
    ids.put("event", String.valueOf(event));
    study(browsers);
  }

  /** A published study of the Loiret, through its form: its id, public token and a draft key. */
  static void study(Browsers browsers) {
    WEB.services
        .database()
        .jdbi()
        .useHandle(h -> h.execute("TRUNCATE study, study_rate RESTART IDENTITY CASCADE"));
    Page page =
        browsers.signIn(WEB.url(""), "loiret1", WebFixture.PASSWORD, 1100, "/etudes/nouvelle");
    page.waitForSelector("#title");
    page.fill("#title", "Regards croisés sur le Loiret");
    page.fill("#opens", "2026-01-01");
    page.fill("#closes", "2099-06-30");
    page.fill("#organiser", "Conseil départemental du Loiret, mission partenariats");
    page.fill("#privacy", "Vos réponses sont anonymes et conservées deux ans.");
    page.locator("#save").click();
    page.locator("#publish").click();
    assertThat(page.locator("#status").textContent()).isEqualTo("publiée");
    Matcher study = Pattern.compile("/etudes/(\\d+)").matcher(page.url());
    assertThat(study.find()).as(page.url()).isTrue();
    ids.put("study", study.group(1));
    String link = page.locator("#link-citizens").getAttribute("href");
    Matcher token = Pattern.compile("/etude/([^/?#]+)").matcher(link);
    assertThat(token.find()).as(link).isTrue();
    ids.put("token", token.group(1));
    page.navigate(link.startsWith("http") ? link : WEB.url(link));
    Matcher key = Pattern.compile("/etude/[^/?#]+/([^/?#]+)").matcher(page.url());
    ids.put("key", key.find() ? key.group(1) : "1");
    page.context().close();
  }

  /** The pages checked: the router's GET pages, filled; the report at every level; error pages. */
  static List<String> paths() {
    Set<String> paths = new LinkedHashSet<>();
    for (Endpoint route : WEB.server.endpoints()) {
      if (!page(route)) {
        continue;
      }
      if (route.path().equals("/territoire/{level}/{code}")) {
        paths.add("/territoire/pays/FR");
        paths.add("/territoire/region/24");
        paths.add("/territoire/departement/45");
        paths.add("/territoire/epci/244500468");
        paths.add("/territoire/commune/45234");
      } else {
        paths.add(fill(route.path()));
      }
    }
    // the dashboard with a départements map and with the communes of the Loiret, one indicator
    paths.add("/?domaine=HEALTH&niveau=departement");
    paths.add("/?domaine=EMPLOYMENT&niveau=commune&dans=departement:45");
    paths.add("/?domaine=EMPLOYMENT&niveau=departement&indicateur=chomage-taux");
    paths.add("/?domaine=EMPLOYMENT&niveau=departement&pairs=45,18,41");
    paths.add("/recherche?q=orl");
    paths.add("/acteurs?acteur=mayors&region=24");
    // error pages: unknown route, unknown territory
    paths.add("/questionnaire");
    paths.add("/territoire/departement/999");
    return new ArrayList<>(paths);
  }

  static final Pattern PARAMETER = Pattern.compile("[{<]([^}>]+)[}>]");

  static String fill(String path) {
    Matcher m = PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "token" -> ids.get("token");
            case "key" -> ids.get("key");
            case "level" -> "departement";
            case "code" -> "45";
            case "id" -> {
              if (path.contains("speed-dating")) {
                yield ids.get("event");
              } else if (path.contains("partenariat")) {
                yield ids.get("partnership");
              } else if (path.contains("initiative")) {
                yield ids.get("initiative");
              } else if (path.contains("etude")) {
                yield ids.get("study");
              } else {
                yield ids.get("organisation");
              }
            }
            default -> "1";
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  // ------------------------------------------------------------------ seeding through the API

  record Session(String cookie, String csrf) {}

  static Session login(String login) {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(WEB.url("/api/login")))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json(Map.of("login", login, "password", WebFixture.PASSWORD))))
                .header("Content-Type", "application/json")
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String cookie = r.headers().firstValue("set-cookie").orElseThrow();
    return new Session(
        cookie.substring(0, cookie.indexOf(';')), tree(r.body()).path("csrfToken").asText());
  }

  static HttpResponse<String> post(Session session, String path, Object body) {
    return send(
        HttpRequest.newBuilder(URI.create(WEB.url(path)))
            .POST(HttpRequest.BodyPublishers.ofString(json(body)))
            .header("Content-Type", "application/json")
            .header("Cookie", session.cookie())
            .header(AccountRoutes.CSRF_HEADER, session.csrf())
            .build());
  }

  static long id(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return tree(r.body()).path("id").asLong();
  }

  static Map<String, Object> association(String name, String commune) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", "ASSOCIATION");
    m.put("commune", commune);
    m.put("ess", true);
    m.put("domains", List.of("POVERTY", "MOBILITY"));
    m.put("objectives", List.of("ECONOMIC_RESOURCES"));
    m.put("contact", Map.of("person", "Marie Curie", "email", "marie.curie@example.org"));
    return m;
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
