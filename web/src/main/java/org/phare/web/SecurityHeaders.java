package org.phare.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * The security headers on every answer, wherever it comes from: a servlet filter sets them before
 * Javalin runs (so that refusals which stop the handler chain, unknown paths and methods keep
 * them), and Jetty's error handler sets them, with a French page, on the errors Jetty answers
 * itself (malformed request line or header, address or headers too long, ambiguous path).
 */
final class SecurityHeaders {

  static final String NOSNIFF = "nosniff";
  static final String REFERRER = "same-origin";

  private SecurityHeaders() {}

  /** Installs the filter on the servlet context. */
  static void filter(ServletContextHandler context) {
    Filter filter =
        (request, response, chain) -> {
          if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", WebServer.CSP);
            http.setHeader("X-Content-Type-Options", NOSNIFF);
            http.setHeader("Referrer-Policy", REFERRER);
          }
          chain.doFilter(request, response);
        };
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  /** Replaces Jetty's English error page by a French one carrying the security headers. */
  static void errors(Server server) {
    server.setErrorHandler(new FrenchErrors());
  }

  /** Jetty's own errors: French text, no stack, no cache, the security headers. */
  static final class FrenchErrors extends ErrorHandler {

    FrenchErrors() {
      setShowStacks(false);
      setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(new HttpField("Content-Security-Policy", WebServer.CSP));
      fields.put(new HttpField("X-Content-Type-Options", NOSNIFF));
      fields.put(new HttpField("Referrer-Policy", REFERRER));
      fields.put(HttpHeader.CACHE_CONTROL, "no-store");
      fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
      return ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void handle(
        String target,
        Request baseRequest,
        HttpServletRequest request,
        HttpServletResponse response)
        throws java.io.IOException {
      baseRequest.setHandled(true);
      response.setHeader("Content-Security-Policy", WebServer.CSP);
      response.setHeader("X-Content-Type-Options", NOSNIFF);
      response.setHeader("Referrer-Policy", REFERRER);
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("text/html;charset=utf-8");
      response.getOutputStream().write(page(response.getStatus()).getBytes(StandardCharsets.UTF_8));
    }

    /** A minimal page: the request may be too broken to know its language, so French. */
    static String page(int status) {
      String heading = Messages.heading(status, Lang.FR);
      String text =
          Messages.text(
              Lang.FR,
              status == 414 || status == 431 ? "web.error.too-long" : "web.error.malformed");
      return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
          + heading
          + "</title></head><body><h1>"
          + heading
          + "</h1><p>"
          + text
          + "</p></body></html>";
    }
  }
}
