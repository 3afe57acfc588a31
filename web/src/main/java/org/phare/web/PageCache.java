package org.phare.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered responses kept gzip-compressed: pages and maps depend only on the URL and on data that
 * does not change while the server runs (the key includes the data version), so each is rendered
 * and compressed once and then served as stored bytes. Least-recently-used entries beyond {@code
 * capacity} are dropped (a report compresses to ~30-60 kB).
 */
public final class PageCache {

  private final int capacity;
  private final Map<String, byte[]> entries;

  public PageCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > PageCache.this.capacity;
          }
        };
  }

  /** The gzip bytes of a response, rendered by {@code render} when absent. */
  public byte[] gzipped(String key, Supplier<String> render) {
    synchronized (entries) {
      byte[] found = entries.get(key);
      if (found != null) {
        return found;
      }
    }
    byte[] compressed = gzip(render.get());
    synchronized (entries) {
      entries.put(key, compressed);
    }
    return compressed;
  }

  /**
   * Bytes stored as they are (for responses already compressed, such as PDFs), rendered by {@code
   * render} when absent. Two requests for the same absent key may both render; the last one stored
   * wins (same bytes).
   */
  public byte[] stored(String key, Supplier<byte[]> render) {
    synchronized (entries) {
      byte[] found = entries.get(key);
      if (found != null) {
        return found;
      }
    }
    byte[] bytes = render.get();
    synchronized (entries) {
      entries.put(key, bytes);
    }
    return bytes;
  }

  /** Writes a cached response, compressed when the client accepts gzip. */
  public void send(Context ctx, String contentType, String key, Supplier<String> render) {
    byte[] body = gzipped(key, render);
    ctx.contentType(contentType);
    ctx.header("Vary", "Accept-Encoding");
    String accept = ctx.header("Accept-Encoding");
    if (accept != null && accept.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(body);
    } else {
      ctx.result(gunzip(body));
    }
  }

  static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 4);
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
