package org.phare.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import org.phare.web.i18n.Lang;

/**
 * Renders the precompiled JTE templates (compiled at build time by jte-maven-plugin into {@code
 * org.phare.web.templates}; HTML content type, so every {@code ${...}} is escaped).
 */
public final class Pages {

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.phare.web.templates");

  public String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput(16 * 1024);
    engine.render(template, params, output);
    return output.toString();
  }

  /** Renders a page into the response as HTML. */
  public void html(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, params));
  }

  /** The language of a request: the {@code lang} parameter, French by default. */
  public static Lang lang(Context ctx) {
    return Lang.of(ctx.queryParam("lang"));
  }

  /** The current URL in the other language, for the language switch. */
  public static String otherLanguage(Context ctx) {
    String query = ctx.queryString();
    String current = ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    return Links.switchLanguage(current, lang(ctx) == Lang.FR ? Lang.EN : Lang.FR);
  }
}
