package org.phare.web.cache;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered responses (pages, fragments, SVG maps, PDFs) kept in a {@link VersionedCache}: rendered
 * once per request key and data versions, then served as stored bytes. Text is kept gzip-compressed
 * (a report compresses to ~30-60 kB). Responses carry an ETag made of the key and the versions,
 * with {@code Cache-Control: no-cache}: a browser revalidates every time and gets a 304 until the
 * data changes, so no one reads yesterday's figures from their browser cache.
 */
public final class PageCache {

  /**
   * Changes at each start: a new version of Phare may render the same data differently, so ETags of
   * an earlier process must not match.
   */
  private static final String PROCESS = UUID.randomUUID().toString().substring(0, 8);

  private final VersionedCache<byte[]> cache;

  PageCache(VersionedCache<byte[]> cache) {
    this.cache = cache;
  }

  /** The underlying cache (its name, size and maximum). */
  public VersionedCache<byte[]> entries() {
    return cache;
  }

  /**
   * Writes the response for {@code request} (a value with equals/hashCode saying what is shown: the
   * route's parameters and the language), rendered by {@code render} when absent, compressed when
   * the client accepts gzip; answers 304 when the client already has it.
   */
  public void send(Context ctx, String contentType, Object request, Supplier<String> render) {
    VersionedCache.Key key = cache.key(request);
    String etag = etag(key);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    byte[] body = cache.get(key, () -> gzip(render.get()));
    ctx.contentType(contentType);
    String accept = ctx.header("Accept-Encoding");
    if (accept != null && accept.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(body);
    } else {
      ctx.result(gunzip(body));
    }
  }

  /** Bytes kept as they are (responses already compressed, such as PDFs). */
  public byte[] stored(Object request, Supplier<byte[]> render) {
    return cache.get(request, render);
  }

  private static String etag(VersionedCache.Key key) {
    return "W/\""
        + PROCESS
        + "-"
        + Integer.toHexString(key.request().hashCode())
        + "-"
        + Arrays.toString(key.versions()).replaceAll("[^0-9,]", "").replace(',', '.')
        + "\"";
  }

  static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, text.length() / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
