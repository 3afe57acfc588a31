package org.phare.web.ecosystem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.DuplicateCandidate;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.DuplicateException;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.EvaluationStore;
import org.phare.store.ecosystem.ImportException;
import org.phare.store.ecosystem.StaleVersionException;
import org.phare.store.ecosystem.TerritoryGraph;
import org.phare.web.Pages;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Api;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * The ecosystem API: organisations, partnerships, initiatives, evaluations, a territory's network
 * (Cytoscape.js elements) and overview, CSV import/export, and the OpenAPI description; it also
 * registers the registry's HTML pages ({@link EcosystemPages}, {@link InitiativePages}, {@link
 * EvaluationPages}). Register after {@link AccountRoutes}, whose filter resolves sessions and
 * checks CSRF tokens.
 */
public final class EcosystemRoutes {

  /** Largest accepted CSV upload. */
  /** Bounds of the list parameters {@code limit} and {@code offset} (docs/security.md). */
  public static final int MAX_LIMIT = 500;

  public static final int MAX_OFFSET = 10_000_000;

  public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  private final EcosystemServices services;

  public EcosystemRoutes(EcosystemServices services) {
    this.services = services;
  }

  public void register(Javalin app) {
    new EcosystemPages(services).register(app);
    new InitiativePages(services).register(app);
    new EvaluationPages(services).register(app);
    // Every API answer is private unless its handler says otherwise (cached public figures set
    // their own no-cache + ETag): /api/me carries the CSRF token, accounts, audit and the
    // registry's contacts are personal data that no browser or proxy cache may keep.
    app.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
    app.get("/api/organisations", guarded(this::listOrganisations));
    app.get("/api/organisations.csv", guarded(this::exportOrganisations));
    app.post("/api/organisations/import", guarded(this::importOrganisations));
    app.get("/api/organisations/{id}", guarded(this::getOrganisation));
    app.post("/api/organisations", guarded(this::createOrganisation));
    app.put("/api/organisations/{id}", guarded(this::updateOrganisation));
    app.delete("/api/organisations/{id}", guarded(this::deleteOrganisation));
    app.get("/api/partnerships", guarded(this::listPartnerships));
    app.get("/api/partnerships.csv", guarded(this::exportPartnerships));
    app.post("/api/partnerships/import", guarded(this::importPartnerships));
    app.get("/api/partnerships/{id}", guarded(this::getPartnership));
    app.post("/api/partnerships", guarded(this::createPartnership));
    app.put("/api/partnerships/{id}", guarded(this::updatePartnership));
    app.get("/api/initiatives", guarded(this::listInitiatives));
    app.get("/api/initiatives/{id}", guarded(this::getInitiative));
    app.post("/api/initiatives", guarded(this::createInitiative));
    app.put("/api/initiatives/{id}", guarded(this::updateInitiative));
    app.get(
        "/api/evaluation/questions",
        guarded(ctx -> Api.json(ctx, 200, services.evaluations().questions())));
    app.post("/api/evaluations", guarded(this::evaluate));
    app.get("/api/territories/{territory}/ecosystem", guarded(this::overview));
    app.get("/api/territories/{territory}/network", guarded(this::network));
    app.get("/api/audit/{entity}/{id}", guarded(this::audit));
    app.get("/api/openapi.yaml", guarded(ctx -> resource(ctx, "openapi.yaml", "application/yaml")));
    // The network page moved into the site's layout (EcosystemPages, /reseau).
    app.get(
        "/ecosystem/network",
        ctx -> {
          String territory = ctx.queryParam("territory");
          ctx.redirect(
              territory == null || territory.isBlank()
                  ? "/reseau"
                  : "/reseau?territoire="
                      + java.net.URLEncoder.encode(territory, StandardCharsets.UTF_8),
              io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
        });
    // The script is a file, not inline, so that the page works under the server's CSP.
    app.get(
        "/assets/ecosystem-network.js",
        guarded(ctx -> resource(ctx, "network.js", "text/javascript")));
    app.get(
        "/assets/cytoscape.min.js",
        guarded(
            ctx ->
                classpath(
                    ctx,
                    "META-INF/resources/webjars/cytoscape/"
                        + CYTOSCAPE_VERSION
                        + "/dist/cytoscape.min.js",
                    "text/javascript")));
  }

  /** Version of the Cytoscape.js WebJar on the classpath (root pom cytoscape.webjar.version). */
  static final String CYTOSCAPE_VERSION = "3.33.1";

  private io.javalin.http.Handler guarded(io.javalin.http.Handler handler) {
    return Api.guarded(handler, this::translate);
  }

  /**
   * Registry refusals that carry more than reasons: possible duplicates (422, with the candidates
   * and how to confirm), a stale version (409, with the stored and the submitted record), a refused
   * import (422, every error with its place in the file).
   */
  boolean translate(Context ctx, RuntimeException e) {
    if (e instanceof DuplicateException d) {
      List<Map<String, Object>> candidates = new ArrayList<>();
      for (DuplicateCandidate c : d.candidates()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisation", RegistryJson.shown(ctx, services.registry(), c.existing()));
        m.put("reason", c.reason());
        m.put("similarity", c.similarity());
        candidates.add(m);
      }
      Api.refused(ctx, d, Map.of("candidates", candidates, "confirmWith", "?confirm=true"));
      return true;
    }
    if (e instanceof StaleVersionException s) {
      Object current = s.current();
      Object json =
          current instanceof Organisation o
              ? RegistryJson.shown(ctx, services.registry(), o)
              : current instanceof Partnership p
                  ? RegistryJson.of(p)
                  : current instanceof Initiative i ? RegistryJson.of(i) : current;
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("current", json);
      details.put("yours", ctx.attribute("phare.submitted"));
      Api.refused(ctx, s, details);
      return true;
    }
    if (e instanceof ImportException i) {
      Lang lang = Messages.apiLang(ctx);
      List<Map<String, Object>> errors = new ArrayList<>();
      for (ImportException.LineError error : i.errors()) {
        Map<String, Object> m = Api.describe(error.reason(), lang);
        m.put("field", error.field());
        m.put("file", error.file());
        m.put("line", error.line());
        m.put("column", error.column());
        errors.add(m);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 422);
      body.putAll(errors.get(0));
      body.put("summary", Messages.text(lang, "registry.import.refused", "count", errors.size()));
      body.put("errors", errors);
      Api.json(ctx, 422, body);
      return true;
    }
    return false;
  }

  private static TerritoryId territoryQuery(Context ctx) {
    String text = ctx.queryParam("territory");
    return text == null || text.isBlank() ? TerritoryId.FRANCE : TerritoryId.parse(text);
  }

  private static TerritoryId territoryPath(Context ctx) {
    return TerritoryId.parse(ctx.pathParam("territory"));
  }

  // ------------------------------------------------------------------ organisations

  private void listOrganisations(Context ctx) {
    String family = ctx.queryParam("family");
    List<Map<String, Object>> list =
        services
            .registry()
            .organisations(
                territoryQuery(ctx),
                family == null || family.isBlank() ? null : Family.parse(family),
                ctx.queryParam("q"),
                Api.intQuery(ctx, "limit", 100, 1, MAX_LIMIT),
                Api.intQuery(ctx, "offset", 0, 0, MAX_OFFSET))
            .stream()
            .map(o -> RegistryJson.shown(ctx, services.registry(), o))
            .toList();
    Api.json(ctx, 200, list);
  }

  private void getOrganisation(Context ctx) {
    long id = Api.pathId(ctx);
    Organisation o =
        services
            .registry()
            .organisation(id)
            .orElseThrow(
                () -> RefusedException.notFound("registry.not-found.organisation", "id", "id", id));
    Api.json(ctx, 200, RegistryJson.shown(ctx, services.registry(), o));
  }

  private static boolean confirmed(Context ctx) {
    return "true".equalsIgnoreCase(ctx.queryParam("confirm"));
  }

  private void createOrganisation(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    Organisation o = RegistryJson.organisation(Api.body(ctx), 0);
    Api.json(ctx, 201, RegistryJson.of(services.registry().create(actor, o, confirmed(ctx))));
  }

  private void updateOrganisation(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    ctx.attribute("phare.submitted", body);
    requireVersion(body);
    Organisation o = RegistryJson.organisation(body, Api.pathId(ctx));
    Api.json(ctx, 200, RegistryJson.of(services.registry().update(actor, o, confirmed(ctx))));
  }

  private static void requireVersion(JsonNode body) {
    if (!body.path("version").canConvertToInt()) {
      throw RefusedException.badInput("registry.version.missing", "version");
    }
  }

  private void deleteOrganisation(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    int version = Api.intQuery(ctx, "version", -1);
    if (version < 0) {
      throw RefusedException.badInput("web.param.missing", "version", "name", "version");
    }
    services.registry().deleteOrganisation(actor, Api.pathId(ctx), version);
    ctx.status(204);
  }

  // ------------------------------------------------------------------ partnerships, initiatives

  private void listPartnerships(Context ctx) {
    Api.json(
        ctx,
        200,
        services
            .registry()
            .partnerships(
                territoryQuery(ctx),
                Api.intQuery(ctx, "limit", 100, 1, MAX_LIMIT),
                Api.intQuery(ctx, "offset", 0, 0, MAX_OFFSET))
            .stream()
            .map(RegistryJson::of)
            .toList());
  }

  private void getPartnership(Context ctx) {
    long id = Api.pathId(ctx);
    Partnership p =
        services
            .registry()
            .partnership(id)
            .orElseThrow(
                () -> RefusedException.notFound("registry.not-found.partnership", "id", "id", id));
    Api.json(ctx, 200, RegistryJson.of(p));
  }

  private void createPartnership(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    Partnership p = RegistryJson.partnership(Api.body(ctx), 0);
    Api.json(ctx, 201, RegistryJson.of(services.registry().create(actor, p)));
  }

  private void updatePartnership(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    ctx.attribute("phare.submitted", body);
    requireVersion(body);
    Partnership p = RegistryJson.partnership(body, Api.pathId(ctx));
    Api.json(ctx, 200, RegistryJson.of(services.registry().update(actor, p)));
  }

  private void listInitiatives(Context ctx) {
    Api.json(
        ctx,
        200,
        services.registry().initiatives(territoryQuery(ctx)).stream()
            .map(RegistryJson::of)
            .toList());
  }

  private void getInitiative(Context ctx) {
    long id = Api.pathId(ctx);
    Initiative i =
        services
            .registry()
            .initiative(id)
            .orElseThrow(
                () -> RefusedException.notFound("registry.not-found.initiative", "id", "id", id));
    Api.json(ctx, 200, RegistryJson.of(i));
  }

  private void createInitiative(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    Initiative i = RegistryJson.initiative(Api.body(ctx), 0);
    Api.json(ctx, 201, RegistryJson.of(services.registry().create(actor, i)));
  }

  private void updateInitiative(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    ctx.attribute("phare.submitted", body);
    requireVersion(body);
    Initiative i = RegistryJson.initiative(body, Api.pathId(ctx));
    Api.json(ctx, 200, RegistryJson.of(services.registry().update(actor, i)));
  }

  private void evaluate(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    JsonNode body = Api.body(ctx);
    EvaluationStore.Subject subject;
    try {
      subject = EvaluationStore.Subject.valueOf(body.path("subject").asText(""));
    } catch (IllegalArgumentException e) {
      throw RefusedException.badInput(
          "evaluation.subject.unknown", "subject", "value", body.path("subject").asText(""));
    }
    Map<String, Integer> answers = new LinkedHashMap<>();
    body.path("answers")
        .fields()
        .forEachRemaining(
            e ->
                answers.put(
                    e.getKey(), e.getValue().canConvertToInt() ? e.getValue().asInt() : null));
    long id =
        services
            .evaluations()
            .evaluate(
                actor,
                subject,
                body.path("subjectId").asLong(0),
                answers,
                body.path("comment").asText(""));
    Api.json(ctx, 201, Map.of("id", id));
  }

  // ------------------------------------------------------------------ analysis

  private void overview(Context ctx) {
    Api.json(ctx, 200, services.analysis().overview(territoryPath(ctx)));
  }

  /**
   * Cytoscape.js elements: {@code {territory, elements: {nodes: [{data}], edges: [{data}]},
   * metrics}}. Streamed with the API's JSON factory (same escapes, NaN as null) straight into
   * bytes: a 2,000-node graph is about 10,000 elements and 1 MB, which a tree of maps then a String
   * would build twice over.
   */
  private void network(Context ctx) throws IOException {
    String family = ctx.queryParam("family");
    String category = ctx.queryParam("category");
    String domain = ctx.queryParam("domain");
    TerritoryGraph graph =
        services
            .analysis()
            .graph(
                territoryPath(ctx),
                new TerritoryGraph.Filter(
                    family == null || family.isBlank() ? null : Family.parse(family),
                    category == null || category.isBlank()
                        ? null
                        : PartnershipCategory.parse(category),
                    domain == null || domain.isBlank() ? null : Domain.parse(domain)));
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(256 * (graph.nodes().size() + graph.links().size()) + 4096);
    try (com.fasterxml.jackson.core.JsonGenerator json =
        Api.JSON.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("territory", graph.territory().toString());
      json.writeObjectFieldStart("elements");
      json.writeArrayFieldStart("nodes");
      for (TerritoryGraph.Node n : graph.nodes()) {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", "o" + n.id());
        json.writeStringField("label", n.name());
        json.writeStringField("family", n.family().name());
        json.writeStringField("type", n.type().name());
        json.writeBooleanField("ess", n.ess());
        json.writeNumberField("degree", n.degree());
        json.writeFieldName("betweenness");
        if (Double.isFinite(n.betweenness())) {
          json.writeNumber(n.betweenness());
        } else {
          json.writeNull();
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("edges");
      for (TerritoryGraph.Link l : graph.links()) {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", "l" + l.source() + "-" + l.target());
        json.writeStringField("source", "o" + l.source());
        json.writeStringField("target", "o" + l.target());
        json.writeNumberField("partnerships", l.partnerships());
        json.writeArrayFieldStart("categories");
        for (PartnershipCategory c : l.categories()) {
          json.writeString(c.name());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeFieldName("metrics");
      Api.JSON.writeValue(json, graph.metrics());
      json.writeEndObject();
    }
    ctx.status(200).contentType("application/json; charset=utf-8").result(out.toByteArray());
  }

  private void audit(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    if (!actor.permissions().isAdministrator()) {
      throw RefusedException.forbidden("web.audit.administrator-only", "");
    }
    Api.json(ctx, 200, services.audit().of(ctx.pathParam("entity"), Api.pathId(ctx)));
  }

  // ------------------------------------------------------------------ CSV

  private void exportOrganisations(Context ctx) {
    StringWriter out = new StringWriter();
    services
        .csv()
        .exportOrganisations(
            territoryQuery(ctx), RegistryJson.reader(ctx), Pages.csvFormat(ctx), out);
    csv(ctx, "organisations.csv", out.toString());
  }

  private void exportPartnerships(Context ctx) {
    StringWriter out = new StringWriter();
    services.csv().exportPartnerships(territoryQuery(ctx), Pages.csvFormat(ctx), out);
    csv(ctx, "partenariats.csv", out.toString());
  }

  /** The registry's files, written by the one CSV writer in the request's format. */
  private static void csv(Context ctx, String name, String text) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .contentType("text/csv; charset=utf-8")
        .result(text.getBytes(StandardCharsets.UTF_8));
  }

  private void importOrganisations(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    byte[] body = upload(ctx);
    var result =
        services
            .csv()
            .importOrganisations(
                actor,
                fileName(ctx, "organisations.csv"),
                new InputStreamReader(
                    new java.io.ByteArrayInputStream(body), StandardCharsets.UTF_8),
                "true".equalsIgnoreCase(ctx.queryParam("allowDuplicates")));
    Api.json(ctx, 201, result);
  }

  private void importPartnerships(Context ctx) {
    Actor actor = AccountRoutes.requireActor(ctx);
    byte[] body = upload(ctx);
    var result =
        services
            .csv()
            .importPartnerships(
                actor,
                fileName(ctx, "partenariats.csv"),
                new InputStreamReader(
                    new java.io.ByteArrayInputStream(body), StandardCharsets.UTF_8));
    Api.json(ctx, 201, result);
  }

  private static String fileName(Context ctx, String fallback) {
    String name = ctx.queryParam("file");
    return name == null || name.isBlank() ? fallback : name.replaceAll("[^A-Za-z0-9._ -]", "_");
  }

  /**
   * Reads the request body up to {@link #MAX_UPLOAD_BYTES}: a larger declared length or a longer
   * stream is refused with 413 before anything is parsed.
   */
  static byte[] upload(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > MAX_UPLOAD_BYTES) {
      throw new Api.Failure(413, "web.file.too-large", "", "max", MAX_UPLOAD_BYTES / 1_000_000);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        if (out.size() > MAX_UPLOAD_BYTES) {
          throw new Api.Failure(413, "web.file.too-large", "", "max", MAX_UPLOAD_BYTES / 1_000_000);
        }
      }
      byte[] bytes = out.toByteArray();
      if (!org.phare.web.input.RequestLimits.validUtf8(bytes)) {
        // decoded as is, every malformed byte would be stored as U+FFFD without a word
        throw new Api.Failure(400, "web.input.encoding", "file", "part", "file");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void resource(Context ctx, String name, String type) {
    classpath(ctx, "org/phare/web/ecosystem/" + name, type);
  }

  private static void classpath(Context ctx, String path, String type) {
    InputStream in = EcosystemRoutes.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("resource missing from the build: " + path);
    }
    try (in) {
      ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
