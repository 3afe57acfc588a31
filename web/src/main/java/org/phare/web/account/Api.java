package org.phare.web.account;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.util.Map;
import org.phare.store.account.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON in and out for the API handlers, and the translation of service errors into HTTP statuses
 * with a French message: 400 bad input, 401 not signed in, 403 forbidden, 404 unknown, 409
 * conflict, 413 too large, 422 import refused. Handlers are wrapped one by one rather than through
 * global exception handlers, so other route modules keep their own error pages.
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

  /** An error with a status, raised by handlers. */
  public static final class Failure extends RuntimeException {
    final int status;
    final transient Map<String, Object> details;

    public Failure(int status, String message) {
      this(status, message, Map.of());
    }

    public Failure(int status, String message, Map<String, Object> details) {
      super(message);
      this.status = status;
      this.details = details;
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

  public static void error(Context ctx, int status, String message, Map<String, Object> details) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    body.putAll(details);
    json(ctx, status, body);
  }

  public static JsonNode body(Context ctx) {
    try {
      JsonNode node = JSON.readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw new Failure(400, "Le corps de la requête doit être un objet JSON.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Failure(400, "JSON illisible : " + e.getOriginalMessage());
    }
  }

  /** Wraps a handler with the error translation (and feature-specific translators). */
  public static Handler guarded(Handler handler, Translator... translators) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Failure f) {
        error(ctx, f.status, f.getMessage(), f.details);
      } catch (io.javalin.http.HttpResponseException e) {
        error(ctx, e.getStatus(), e.getMessage(), Map.of());
      } catch (AccessDeniedException e) {
        error(ctx, 403, e.getMessage(), Map.of());
      } catch (RuntimeException e) {
        for (Translator translator : translators) {
          if (translator.answer(ctx, e)) {
            return;
          }
        }
        if (e instanceof IllegalArgumentException) {
          error(ctx, 400, e.getMessage(), Map.of());
        } else if (e instanceof IllegalStateException) {
          error(ctx, 409, e.getMessage(), Map.of());
        } else {
          LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, "Erreur interne du serveur.", Map.of());
        }
      }
    };
  }

  public static String requiredQuery(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new Failure(400, "Paramètre « " + name + " » manquant.");
    }
    return value;
  }

  public static long pathId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new Failure(404, "Identifiant « " + ctx.pathParam("id") + " » invalide.");
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
      throw new Failure(400, "Paramètre « " + name + " » : nombre entier attendu.");
    }
  }
}
