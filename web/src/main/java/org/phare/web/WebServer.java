package org.phare.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.web.account.Api;
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
    app.exception(RefusedException.class, (e, ctx) -> pages.error(ctx, e));
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> {
          // Bad input that no rule has coded yet: a defect to convert, yet still the user's input.
          LOG.warn("uncoded refusal on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          pages.error(ctx, 400, Messages.text(Pages.lang(ctx), "web.error.unreadable-request"));
        });
    app.exception(NotFoundResponse.class, (e, ctx) -> refuse(pages, ctx, 404, "web.route.unknown"));
    app.exception(
        BadRequestResponse.class,
        (e, ctx) -> refuse(pages, ctx, 400, "web.error.unreadable-request"));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          // A defect, not the user's doing: logged with its trace, shown without it.
          LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
          refuse(pages, ctx, 500, "web.error.internal-text");
        });
    for (RouteModule module : all) {
      module.register(app);
    }
    app.start(host, port);
    WebServer server = new WebServer(app);
    LOG.info("Phare web application at {}", server.url());
    return server;
  }

  /** A refusal of the router itself: JSON under {@code /api/}, the site's error page elsewhere. */
  private static void refuse(Pages pages, Context ctx, int status, String code) {
    if (ctx.path().startsWith("/api/")) {
      Api.error(ctx, status, List.of(Refusal.of(code, "")), Map.of());
    } else {
      pages.error(ctx, status, Messages.text(Pages.lang(ctx), code));
    }
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
