package org.phare.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.phare.core.message.RefusedException;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web application: a Javalin server with the report, the dashboard and the actors' pages, plus
 * the route modules of other features. Pages are server-rendered (JTE + SVG) and work without
 * JavaScript; htmx (from its WebJar) only swaps fragments. Every response carries a strict
 * Content-Security-Policy: scripts and styles only from this server, no inline script.
 */
public final class WebServer {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /**
   * The CSP; the only inline style allowed is the empty style attribute (sha256 of ""), which htmx
   * sets on swapped elements.
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** API answers about the signed-in account itself. */
  private static final java.util.Set<String> ACCOUNT_API =
      java.util.Set.of("/api/me", "/api/accounts");

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts the route modules on {@code host} and {@code port} (0 = a free port). The modules come
   * from {@link PhareApplication}, the one assembly.
   */
  static WebServer start(List<RouteModule> all, String host, int port) {
    Pages pages = new Pages();
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/static";
                    files.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
              // headers before Javalin runs, and on the errors Jetty answers itself
              config.jetty.modifyServletContextHandler(
                  context -> {
                    SecurityHeaders.filter(context);
                    // chunked bodies measured before Javalin reads them (RequestLimits answers)
                    org.phare.web.input.ChunkedBodies.filter(context);
                  });
              config.jetty.modifyServer(SecurityHeaders::errors);
            });
    app.after(
        ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", SecurityHeaders.REFERRER);
          if (ACCOUNT_API.contains(ctx.path())) {
            // who is signed in, with the session's CSRF token: never kept by a cache
            ctx.header("Cache-Control", "no-store");
          }
        });
    app.exception(
        RefusedException.class,
        (e, ctx) -> {
          Lang lang = Pages.lang(ctx);
          int status = Messages.status(e.kind());
          ctx.status(status);
          pages.html(
              ctx,
              "error.jte",
              Map.of(
                  "lang",
                  lang,
                  "heading",
                  Messages.heading(status, lang),
                  "message",
                  Messages.render(e.first(), lang)));
        });
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> {
          // Bad input that no rule has coded yet: a defect to convert, yet still the user's input.
          LOG.warn("uncoded refusal on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          Lang lang = Pages.lang(ctx);
          ctx.status(HttpStatus.BAD_REQUEST);
          pages.html(
              ctx,
              "error.jte",
              Map.of(
                  "lang",
                  lang,
                  "heading",
                  Messages.heading(400, lang),
                  "message",
                  Messages.text(lang, "web.error.unreadable-request")));
        });
    app.exception(
        NotFoundResponse.class,
        (e, ctx) -> ctx.status(404).result(Messages.text(Pages.lang(ctx), "web.error.not-found")));
    app.exception(
        BadRequestResponse.class,
        (e, ctx) ->
            ctx.status(400).result(Messages.text(Pages.lang(ctx), "web.error.bad-request")));
    for (RouteModule module : all) {
      module.register(app);
    }
    app.start(host, port);
    WebServer server = new WebServer(app);
    LOG.info("Phare web application at {}", server.url());
    return server;
  }

  /**
   * A registered HTTP route: its method and its path as registered ({@code /organisations/{id}}).
   */
  public record Endpoint(String method, String path) {}

  /**
   * Every HTTP route the modules registered, in registration order (before/after filters left out).
   * The hostile-input suite walks this list, so a route is attacked the day it is added.
   */
  public List<Endpoint> endpoints() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.getEndpoint())
        .filter(endpoint -> endpoint.getMethod().isHttpMethod())
        .map(endpoint -> new Endpoint(endpoint.getMethod().name(), endpoint.getPath()))
        .toList();
  }

  public int port() {
    return app.port();
  }

  public String url() {
    return "http://localhost:" + app.port() + "/";
  }

  public void stop() {
    app.stop();
  }
}
