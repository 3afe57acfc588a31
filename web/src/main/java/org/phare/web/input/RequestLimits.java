package org.phare.web.input;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phare.core.message.Refusal;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.Api;
import org.phare.web.i18n.Messages;

/**
 * The first filter of every request: a JSON or form body larger than {@link #MAX_BODY_BYTES} is
 * answered 413, and a body, form field or query parameter that is not valid UTF-8 is answered 400
 * ("encodage"), before any handler reads it; so is any other body (text/plain...) declared larger,
 * and any chunked body past that size ({@link ChunkedBodies}, a servlet filter, measures those).
 * Without this, the servlet decoder replaces every malformed byte by U+FFFD and the damaged text is
 * stored without a word. CSV and multipart uploads keep their own limits (10 MB and 100 MB) and
 * their own encoding detection.
 */
public final class RequestLimits implements RouteModule {

  /** The largest JSON or url-encoded form body: 1 MB, far above any record's bounded fields. */
  public static final int MAX_BODY_BYTES = 1_000_000;

  @Override
  public void register(Javalin app) {
    app.before(RequestLimits::check);
  }

  private static void check(Context ctx) {
    String query = ctx.queryString();
    if (query != null && !validPercentEncoded(query)) {
      stop(ctx, 400, Refusal.of("web.input.encoding", "", "part", "query"));
      return;
    }
    if (Boolean.TRUE.equals(ctx.attribute(ChunkedBodies.TOO_LARGE))) {
      // a chunked body past the bound, stopped by ChunkedBodies before Javalin read it
      stop(ctx, 413, Refusal.of("web.input.too-large", "", "maxKb", MAX_BODY_BYTES / 1000));
      return;
    }
    HandlerType method = ctx.method();
    if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
      return;
    }
    if (ctx.path().endsWith("/import")) {
      // registry CSV imports stream their body themselves (10 MB, UTF-8 checked by
      // EcosystemRoutes.upload) whatever the declared type: reading it here would empty the stream
      return;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    boolean json = type.startsWith("application/json");
    boolean form = type.startsWith("application/x-www-form-urlencoded");
    long declared = ctx.req().getContentLengthLong();
    if (!json && !form) {
      // Other bodies (text/plain, none declared...) are read as JSON by the API's handlers:
      // same bound. Multipart uploads have their own (AccountRoutes.MAX_MULTIPART_BYTES).
      if (declared > MAX_BODY_BYTES && !type.startsWith("multipart/form-data")) {
        stop(ctx, 413, Refusal.of("web.input.too-large", "", "maxKb", MAX_BODY_BYTES / 1000));
      }
      return;
    }
    if (declared > MAX_BODY_BYTES) {
      stop(ctx, 413, Refusal.of("web.input.too-large", "", "maxKb", MAX_BODY_BYTES / 1000));
      return;
    }
    byte[] body;
    try {
      // of known length: declared, or measured by ChunkedBodies for chunked bodies
      body = ctx.bodyAsBytes();
    } catch (HttpResponseException e) {
      stop(ctx, 413, Refusal.of("web.input.too-large", "", "maxKb", MAX_BODY_BYTES / 1000));
      return;
    }
    if (body.length > MAX_BODY_BYTES) {
      stop(ctx, 413, Refusal.of("web.input.too-large", "", "maxKb", MAX_BODY_BYTES / 1000));
      return;
    }
    boolean valid =
        json
            ? validUtf8(body)
            : validUtf8(body) && validPercentEncoded(new String(body, StandardCharsets.UTF_8));
    if (!valid) {
      stop(ctx, 400, Refusal.of("web.input.encoding", "", "part", json ? "json" : "form"));
    }
  }

  /** True when the bytes are well-formed UTF-8. */
  public static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * True when each value of an {@code a=b&c=d} string, once its %XX escapes are decoded, is
   * well-formed UTF-8 ({@code %C3%A9} is "é", {@code %FF} is no character).
   */
  static boolean validPercentEncoded(String encoded) {
    for (String part : encoded.split("[&=]", -1)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c == '%' && i + 2 < part.length()) {
          int high = Character.digit(part.charAt(i + 1), 16);
          int low = Character.digit(part.charAt(i + 2), 16);
          if (high < 0 || low < 0) {
            return false;
          }
          bytes.write(high * 16 + low);
          i += 2;
        } else if (c == '%') {
          return false; // a truncated escape
        } else {
          byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
          bytes.write(raw, 0, raw.length);
        }
      }
      if (!validUtf8(bytes.toByteArray())) {
        return false;
      }
    }
    return true;
  }

  private static void stop(Context ctx, int status, Refusal refusal) {
    if (ctx.path().startsWith("/api/")) {
      Api.error(ctx, status, List.of(refusal), Map.of());
    } else {
      ctx.status(status);
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result(Messages.render(refusal, Pages.lang(ctx)));
    }
    ctx.skipRemainingHandlers();
  }
}
