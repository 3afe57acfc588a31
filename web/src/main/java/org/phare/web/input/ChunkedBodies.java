package org.phare.web.input;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * Bounds the bodies that come without a {@code Content-Length} ({@code Transfer-Encoding:
 * chunked}). Javalin checks its request size limit against the declared length only, then reads the
 * whole stream into memory: a chunked body of any size was read before {@link RequestLimits} could
 * measure it. This servlet filter, which runs before Javalin, reads such a body up to {@link
 * RequestLimits#MAX_BODY_BYTES} + 1 bytes and hands Javalin a request of known length; a longer
 * body is not read further and the request is marked, so that {@link RequestLimits} answers 413 in
 * French (JSON on the API) before any handler runs.
 *
 * <p>Two kinds of body keep their own limits and are left as they are: the registry's CSV imports
 * (paths ending in {@code /import}: 10 MB, counted while streaming) and multipart uploads (refused
 * by the accounts' filter when their length is not declared).
 */
public final class ChunkedBodies {

  /** Request attribute set when a chunked body went past the bound. */
  static final String TOO_LARGE = ChunkedBodies.class.getName() + ".too-large";

  private ChunkedBodies() {}

  /** Installs the filter on the servlet context (before Javalin's servlet). */
  public static void filter(ServletContextHandler context) {
    Filter filter =
        (request, response, chain) -> {
          if (request instanceof HttpServletRequest http && bounded(http)) {
            byte[] body = readAtMost(http.getInputStream(), RequestLimits.MAX_BODY_BYTES + 1);
            if (body.length > RequestLimits.MAX_BODY_BYTES) {
              http.setAttribute(TOO_LARGE, Boolean.TRUE);
              body = new byte[0];
            }
            chain.doFilter(new Buffered(http, body), response);
            return;
          }
          chain.doFilter(request, response);
        };
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  /** A body of undeclared length that no other limit covers. */
  static boolean bounded(HttpServletRequest http) {
    if (http.getHeader("Transfer-Encoding") == null || http.getContentLengthLong() >= 0) {
      return false;
    }
    String type = http.getContentType() == null ? "" : http.getContentType();
    String path = http.getRequestURI() == null ? "" : http.getRequestURI();
    return !path.endsWith("/import")
        && !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    return in.readNBytes(max);
  }

  /** The request with its body read: a known length, the same bytes. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return bytes.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already read: no asynchronous reading");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
