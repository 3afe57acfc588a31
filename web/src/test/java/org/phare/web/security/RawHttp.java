package org.phare.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes on a socket to 127.0.0.1: what {@link java.net.http.HttpClient} refuses to send (malformed
 * request lines, invalid percent-encoding, oversized headers) and so reaches Jetty's own error
 * handling rather than Javalin's.
 */
final class RawHttp {

  /** The status, the headers (names in lower case, first value) and the body as text. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /** Sends {@code request} as is (CRLFs included) and reads until the server closes. */
  static Response send(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      try {
        while ((n = in.read(buffer)) >= 0) {
          all.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException closed) {
        // the server answered and keeps (or resets) the connection: what was read is the answer
      }
      return parse(all.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A GET with {@code Connection: close} for a raw (already encoded or deliberately bad) target.
   */
  static Response get(int port, String target) {
    return send(
        port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  private static Response parse(String text) {
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = lines.length > 0 && lines[0].startsWith("HTTP/") ? statusOf(lines[0]) : -1;
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    return new Response(status, headers, body);
  }

  private static int statusOf(String line) {
    String[] parts = line.split(" ");
    return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
  }
}
