package org.phare.web.account;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON in and out for the API handlers, and the answer to refusals: {@code {code, field, message}}
 * with the status of the refusal's kind (400 bad input, 403 forbidden, 404 unknown, 409 version
 * conflict only, 422 refused value), 401 not signed in, 413 too large; messages from the catalogue
 * in the language of {@code ?lang=} or Accept-Language, French by default. Handlers are wrapped one
 * by one rather than through global exception handlers, so other route modules keep their own error
 * pages.
 */
public final class Api {

  private static final Logger LOG = LoggerFactory.getLogger(Api.class);

  /** Doubles that are NaN (a share without base) are written as null, never as a number. */
  static final class NanAsNull extends StdSerializer<Double> {
    NanAsNull() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value == null || value.isNaN() || value.isInfinite()) {
        gen.writeNull();
      } else {
        gen.writeNumber(value);
      }
    }
  }

  /**
   * Escapes {@code < > & '} as {@code \\u003c}-style sequences in every JSON string, so that a name
   * holding markup stays inert even if a response is ever sniffed or inlined into a page.
   */
  static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  public static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(
              new SimpleModule()
                  .addSerializer(Double.class, new NanAsNull())
                  .addSerializer(double.class, new NanAsNull()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static {
    JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  /**
   * A refusal of the web layer itself with a status that no {@link RefusalKind} has (401 not signed
   * in, 413 too large): a coded reason like every other refusal.
   */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient Refusal reason;

    public Failure(int status, String code, String field, Object... namesAndValues) {
      super(code);
      this.status = status;
      this.reason = Refusal.of(code, field, namesAndValues);
    }
  }

  /** A translator of one kind of service exception into a response, for feature modules. */
  public interface Translator {
    /** Returns true when it answered for this exception. */
    boolean answer(Context ctx, RuntimeException e);
  }

  private Api() {}

  public static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status)
          .contentType("application/json; charset=utf-8")
          .result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Answers refusals as {@code {status, code, field, message}} of the first, plus {@code errors:
   * [{code, field, message}]} when there are several, and {@code details}; messages in the call's
   * language ({@link Messages#apiLang}).
   */
  public static void error(
      Context ctx, int status, List<Refusal> refusals, Map<String, Object> details) {
    Lang lang = Messages.apiLang(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.putAll(describe(refusals.get(0), lang));
    if (refusals.size() > 1) {
      body.put("errors", refusals.stream().map(r -> describe(r, lang)).toList());
    }
    body.putAll(details);
    json(ctx, status, body);
  }

  /** A refusal as JSON: {@code {code, field, message}}. */
  public static Map<String, Object> describe(Refusal refusal, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", refusal.code());
    m.put("field", refusal.field());
    m.put("message", Messages.render(refusal, lang));
    return m;
  }

  /** Answers a refused request with the status of its kind. */
  public static void refused(Context ctx, RefusedException e, Map<String, Object> details) {
    error(ctx, Messages.status(e.kind()), e.refusals(), details);
  }

  public static JsonNode body(Context ctx) {
    try {
      JsonNode node = JSON.readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw RefusedException.badInput("web.body.not-an-object", "");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw RefusedException.badInput(
          "web.body.unreadable",
          "",
          "line",
          at == null ? 0 : at.getLineNr(),
          "column",
          at == null ? 0 : at.getColumnNr());
    }
  }

  /**
   * Wraps a handler with the answer to refusals (and feature-specific translators): a refusal gets
   * the status of its kind, anything else is a defect (500, logged), an {@code
   * IllegalStateException} included.
   */
  public static Handler guarded(Handler handler, Translator... translators) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Failure f) {
        error(ctx, f.status, List.of(f.reason), Map.of());
      } catch (io.javalin.http.HttpResponseException e) {
        error(
            ctx,
            e.getStatus(),
            List.of(
                Refusal.of(
                    e.getStatus() == 404 ? "web.error.not-found" : "web.error.bad-request", "")),
            Map.of());
      } catch (RuntimeException e) {
        for (Translator translator : translators) {
          if (translator.answer(ctx, e)) {
            return;
          }
        }
        if (e instanceof RefusedException refused) {
          refused(ctx, refused, Map.of());
        } else {
          LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, List.of(Refusal.of("web.error.internal-text", "")), Map.of());
        }
      }
    };
  }

  public static String requiredQuery(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw RefusedException.badInput("web.param.missing", name, "name", name);
    }
    return value;
  }

  public static long pathId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw RefusedException.notFound("web.id.invalid", "id", "value", ctx.pathParam("id"));
    }
  }

  public static int intQuery(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw RefusedException.badInput("web.param.not-an-integer", name, "name", name);
    }
  }

  /**
   * An integer query parameter within {@code [min, max]}: 400 when it is not a number, 422 ({@code
   * input.out-of-range}) when it is one outside the bounds (docs/security.md lists them).
   */
  public static int intQuery(Context ctx, String name, int fallback, int min, int max) {
    int value = intQuery(ctx, name, fallback);
    if (value < min || value > max) {
      throw RefusedException.refused(
          "input.out-of-range", name, "value", value, "min", min, "max", max);
    }
    return value;
  }
}
