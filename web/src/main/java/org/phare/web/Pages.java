package org.phare.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;
import org.phare.core.message.RefusedException;
import org.phare.web.account.Visitor;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

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

  /**
   * The one error page of the site: in the page's language, in the site's layout (the visitor's
   * menu kept), with a heading for the status (401 asks to sign in).
   */
  public void error(Context ctx, int status, String message) {
    Lang lang = lang(ctx);
    String heading =
        status == 401
            ? Messages.text(lang, "account.heading.sign-in")
            : Messages.heading(status, lang);
    ctx.status(status);
    html(
        ctx,
        "error.jte",
        Map.of("lang", lang, "message", message, "heading", heading, "visitor", Visitor.of(ctx)));
  }

  /** A refusal as the error page, with the status of its kind and its first message. */
  public void error(Context ctx, RefusedException refusal) {
    error(ctx, Messages.status(refusal.kind()), Messages.render(refusal.first(), lang(ctx)));
  }

  /**
   * Sends a CSV file as an attachment (the one way every CSV route answers): the table was written
   * in the request's format ({@link #csvFormat}), its bytes go out as they are, BOM included.
   */
  public static void csv(Context ctx, String fileName, org.phare.core.text.CsvTable table) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .contentType("text/csv; charset=utf-8")
        .result(table.bytes());
  }

  /**
   * The CSV format of a request: {@code ?format=csv-en} for {@code ,} and {@code .}, else French.
   */
  public static org.phare.core.text.CsvTable.Format csvFormat(Context ctx) {
    return org.phare.core.text.CsvTable.Format.of(ctx.queryParam("format"));
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
