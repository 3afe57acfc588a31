package org.phare.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture;

/**
 * Issue 19: the 1 MB body limit holds for {@code Transfer-Encoding: chunked} bodies, which declare
 * no length (raw socket: {@link java.net.http.HttpClient} decides the framing itself). The bodies
 * over the limit are sent <em>unterminated</em> (no final zero-length chunk): a server that read
 * the whole body before measuring it would wait for the end and never answer; a 413 proves the
 * server stopped reading at the bound. Bodies under the limit still reach their handlers intact.
 */
class ChunkedBodyTest {

  static final WebFixture WEB = WebFixture.get();

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  static int port() {
    return URI.create(WEB.base).getPort();
  }

  /** Head lines, then {@code body} in 64 kB chunks; the last chunk only if {@code terminate}. */
  static String send(String head, byte[] body, boolean terminate) {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (head + "Host: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      try {
        for (int from = 0; from < body.length; from += 65_536) {
          int to = Math.min(body.length, from + 65_536);
          out.write((Integer.toHexString(to - from) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body, from, to - from);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (terminate) {
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (IOException closedEarly) {
        // the server answered and closed before reading everything: read its answer
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      try {
        while ((n = in.read(buffer)) >= 0) {
          all.write(buffer, 0, n);
        }
      } catch (java.net.SocketException reset) {
        // connection reset after the answer: what was read is the answer
      }
      return all.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] jsonOf(int size) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'a');
    byte[] start = "{\"login\":\"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, body, 0, start.length);
    body[size - 2] = '"';
    body[size - 1] = '}';
    return body;
  }

  @Test
  void an_unterminated_chunked_json_body_over_one_megabyte_is_answered_413_in_french() {
    String answer =
        send(
            "POST /api/organisations HTTP/1.1\r\nContent-Type: application/json\r\n",
            jsonOf(1_100_000),
            false);
    assertThat(answer).startsWith("HTTP/1.1 413 ");
    assertThat(answer)
        .contains("\"code\":\"web.input.too-large\"")
        .contains("Demande trop volumineuse : au plus 1000 ko de données par envoi");
  }

  @Test
  void an_unterminated_chunked_text_or_form_body_over_one_megabyte_is_answered_413_in_french() {
    String text =
        send("POST /api/login HTTP/1.1\r\nContent-Type: text/plain\r\n", jsonOf(1_100_000), false);
    assertThat(text).startsWith("HTTP/1.1 413 ").contains("Demande trop volumineuse");
    byte[] form = new byte[1_100_000];
    Arrays.fill(form, (byte) 'x');
    System.arraycopy("login=".getBytes(StandardCharsets.US_ASCII), 0, form, 0, 6);
    String page =
        send(
            "POST /connexion HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n",
            form,
            false);
    assertThat(page).startsWith("HTTP/1.1 413 ").contains("Demande trop volumineuse");
  }

  @Test
  void a_declared_text_body_over_one_megabyte_is_refused_before_it_is_read() throws Exception {
    HttpResponse<String> r =
        WEB.http.send(
            HttpRequest.newBuilder(URI.create(WEB.base + "/api/login"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonOf(2_000_000)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(WebFixture.parse(r.body()).path("message").asText())
        .startsWith("Demande trop volumineuse");
  }

  @Test
  void chunked_bodies_under_the_limit_reach_their_handlers_intact() {
    // JSON: the sign-in succeeds, so login and password were read from the chunked body
    String json =
        "{\"login\":\"admin\",\"password\":\""
            + WebFixture.PASSWORD
            + "\",\"pad\":\"é"
            + "x".repeat(200_000)
            + "\"}";
    String signedIn =
        send(
            "POST /api/login HTTP/1.1\r\nContent-Type: application/json\r\n",
            json.getBytes(StandardCharsets.UTF_8),
            true);
    assertThat(signedIn).startsWith("HTTP/1.1 200 ").contains("\"csrfToken\"");

    // form: the sign-in form's token, login and password are read from the chunked body
    String token = "jeton-de-test-1234567890";
    String form =
        "_csrf="
            + token
            + "&login=admin&password="
            + URLEncoder.encode(WebFixture.PASSWORD, StandardCharsets.UTF_8)
            + "&retour=%2Fcompte";
    String page =
        send(
            "POST /connexion HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: phare_login_csrf="
                + token
                + "\r\n",
            form.getBytes(StandardCharsets.UTF_8),
            true);
    assertThat(page).startsWith("HTTP/1.1 303 ").contains("Location: /compte");
  }
}
