package org.phare.web.i18n;

import io.javalin.http.Context;
import java.util.Locale;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.store.message.MessageCatalogue;

/**
 * The web's door to the one message catalogue: refusals and coded texts in a page's or an API
 * call's language, and the HTTP status of each kind of refusal.
 */
public final class Messages {

  private Messages() {}

  public static Locale locale(Lang lang) {
    return lang == Lang.EN ? MessageCatalogue.ENGLISH : MessageCatalogue.FRENCH;
  }

  /** The refusal in the language. */
  public static String render(Refusal refusal, Lang lang) {
    return MessageCatalogue.get().render(refusal, locale(lang));
  }

  /** The text of a code in the language, with named arguments as name, value pairs. */
  public static String text(Lang lang, String code, Object... namesAndValues) {
    return render(Refusal.of(code, "", namesAndValues), lang);
  }

  /**
   * The language of an API answer: {@code ?lang=en} or {@code ?lang=fr} first, else the first of
   * French or English in Accept-Language, else French.
   */
  public static Lang apiLang(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked != null && !asked.isBlank()) {
      return Lang.of(asked);
    }
    String accepted = ctx.header("Accept-Language");
    if (accepted == null || accepted.isBlank()) {
      return Lang.FR;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("fr")) {
          return Lang.FR;
        }
        if (tag.startsWith("en")) {
          return Lang.EN;
        }
      }
    } catch (IllegalArgumentException e) {
      // a malformed header: the default language
    }
    return Lang.FR;
  }

  /** The HTTP status of a kind of refusal: 400, 403, 404, 409 (version conflicts only), 422. */
  public static int status(RefusalKind kind) {
    return switch (kind) {
      case BAD_INPUT -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case REFUSED -> 422;
    };
  }

  /** The heading of an error page for a status. */
  public static String heading(int status, Lang lang) {
    return text(
        lang,
        switch (status) {
          case 403 -> "web.error.forbidden";
          case 404 -> "web.error.not-found";
          case 409 -> "web.error.conflict";
          case 429 -> "web.error.too-many";
          case 500 -> "web.error.internal";
          case 503 -> "web.error.busy";
          default -> "web.error.bad-request";
        });
  }
}
