package org.phare.web.ecosystem;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.account.Actor;
import org.phare.core.account.Role;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Api;

/**
 * One embedded PostgreSQL and the web application (port 0) as {@code serve} assembles it, per test
 * JVM; a tiny referential (Loiret: Orléans 45234, Olivet 45232; Cher: Bourges 18033).
 */
public final class WebFixture {

  public static final String PASSWORD = "mot de passe solide";
  private static WebFixture instance;

  public final Jdbi jdbi;
  public final EcosystemServices services;
  final org.phare.web.WebServer server;
  public final String base;
  public final HttpClient http = HttpClient.newHttpClient();

  private WebFixture(Jdbi jdbi) {
    this.jdbi = jdbi;
    // Every test request comes from 127.0.0.1: the anonymous PDF budget per address
    // (AddressBudget, 6 a minute in production) would make the suite's PDFs depend on its pace.
    if (System.getProperty("phare.pdf.per-address-per-minute") == null) {
      System.setProperty("phare.pdf.per-address-per-minute", "100000");
    }
    // The application as serve assembles it, over this referential and no indicator values.
    org.phare.web.EngineData data =
        new org.phare.web.EngineData(
            new org.phare.core.diagnostic.DiagnosticEngine(
                org.phare.core.indicator.IndicatorDataset.builder(referential(), List.of())
                    .build()),
            org.phare.store.perception.PerceptionStudies.demo(referential()));
    org.phare.web.PhareApplication application =
        org.phare.web.PhareApplication.of(
            org.phare.store.database.Database.wrap(jdbi),
            referential(),
            data,
            org.phare.web.map.GeoAtlas.load(org.phare.core.testing.SharedData.path("geo")));
    this.services = application.ecosystem();
    this.server = application.start("127.0.0.1", 0);
    this.base = "http://127.0.0.1:" + server.port();
  }

  public static synchronized WebFixture get() {
    if (instance == null) {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Flyway.configure()
            .dataSource(postgres.getPostgresDatabase())
            .locations("classpath:db/migration")
            .load()
            .migrate();
        instance = new WebFixture(Jdbi.create(postgres.getPostgresDatabase()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** Empty registry and accounts: admin, a Loiret editor (two logins), a Cher editor, a viewer. */
  public void reset() {
    jdbi.useHandle(
        h -> {
          h.execute(
              "TRUNCATE eco_evaluation_answer, eco_evaluation, eco_initiative_participant,"
                  + " eco_initiative, eco_partnership_member, eco_partnership, eco_organisation,"
                  + " acc_session, acc_login_attempt, acc_account_territory, acc_account, audit_log"
                  + " RESTART IDENTITY CASCADE");
          h.execute("UPDATE acc_setting SET value = 'true' WHERE key = 'public_read'");
        });
    services.accounts().ensureFirstAdministrator(PASSWORD, s -> {});
    Actor admin = services.accounts().actor(1).orElseThrow();
    TerritoryId loiret = TerritoryId.of(Level.DEPARTEMENT, "45");
    services.accounts().create(admin, "loiret1", "", PASSWORD, Role.EDITOR, List.of(loiret));
    services.accounts().create(admin, "loiret2", "", PASSWORD, Role.EDITOR, List.of(loiret));
    services
        .accounts()
        .create(
            admin,
            "cher",
            "",
            PASSWORD,
            Role.EDITOR,
            List.of(TerritoryId.of(Level.DEPARTEMENT, "18")));
    services.accounts().create(admin, "lecteur", "", PASSWORD, Role.VIEWER, List.of());
  }

  /** A signed-in client: its cookie and CSRF token. */
  public record Client(WebFixture fixture, String cookie, String csrf) {
    public HttpResponse<String> send(String method, String path, String body, boolean withCsrf) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(fixture.base + path))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (cookie != null) {
        builder.header("Cookie", cookie);
      }
      if (withCsrf && csrf != null) {
        builder.header(AccountRoutes.CSRF_HEADER, csrf);
      }
      builder.header("Content-Type", "application/json");
      try {
        return fixture.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    public HttpResponse<String> get(String path) {
      return send("GET", path, null, false);
    }

    public HttpResponse<String> post(String path, Object body) {
      return send("POST", path, json(body), true);
    }

    public HttpResponse<String> put(String path, Object body) {
      return send("PUT", path, json(body), true);
    }
  }

  public Client anonymous() {
    return new Client(this, null, null);
  }

  public Client login(String login) {
    HttpResponse<String> response =
        anonymous()
            .send("POST", "/api/login", json(Map.of("login", login, "password", PASSWORD)), false);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + response.body());
    }
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    return new Client(this, cookie, parse(response.body()).path("csrfToken").asText());
  }

  public static String json(Object body) {
    if (body == null || body instanceof String) {
      return (String) body;
    }
    try {
      return Api.JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(String body) {
    try {
      return Api.JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Territory t(Level level, String code, String name, Map<Level, String> ancestors) {
    // the COG's article type (typeLiaison): « le Centre-Val de Loire », « le Loiret », « le Cher »
    int liaison =
        switch (level) {
          case COUNTRY -> 3;
          case REGION, DEPARTEMENT -> 2;
          default -> -1;
        };
    return new Territory(TerritoryId.of(level, code), name, 1000, ancestors, "metro", liaison);
  }

  static TerritoryReferential referential() {
    Map<Level, String> region = Map.of(Level.COUNTRY, "FR");
    Map<Level, String> dep = Map.of(Level.COUNTRY, "FR", Level.REGION, "24");
    return new TerritoryReferential(
        List.of(
            t(Level.COUNTRY, "FR", "France", Map.of()),
            t(Level.REGION, "24", "Centre-Val de Loire", region),
            t(Level.DEPARTEMENT, "45", "Loiret", dep),
            t(Level.DEPARTEMENT, "18", "Cher", dep),
            t(
                Level.COMMUNE,
                "45234",
                "Orléans",
                Map.of(Level.COUNTRY, "FR", Level.REGION, "24", Level.DEPARTEMENT, "45")),
            t(
                Level.COMMUNE,
                "45232",
                "Olivet",
                Map.of(Level.COUNTRY, "FR", Level.REGION, "24", Level.DEPARTEMENT, "45")),
            t(
                Level.COMMUNE,
                "18033",
                "Bourges",
                Map.of(Level.COUNTRY, "FR", Level.REGION, "24", Level.DEPARTEMENT, "18"))),
        Map.of());
  }
}
