package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The web load measurement of docs/benchmarks.md ("Web"), run on demand only: {@code mvn -pl web
 * -am test -Dtest=WebLoadCheck -Dphare.load=true -Dsurefire.failIfNoSpecifiedTests=false}. Starts
 * the application on the embedded database, warms up, then drives it with wrk (50 connections on
 * loopback) and prints wrk's latency distribution; also times PDF generation.
 */
@EnabledIfSystemProperty(named = "phare.load", matches = "true")
class WebLoadCheck {

  static final List<String> PATHS =
      List.of(
          "/territoire/departement/45",
          "/territoire/region/24?ref=peers",
          "/carte.svg?domaine=HEALTH&niveau=departement&ref=national",
          "/?domaine=EMPLOYMENT&niveau=region");

  @Test
  void report_and_map_under_50_concurrent_clients() throws Exception {
    WebFixture fixture = WebFixture.get();
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 30; i++) {
      for (String path : PATHS) {
        http.send(
            HttpRequest.newBuilder(URI.create(fixture.url(path))).build(),
            HttpResponse.BodyHandlers.discarding());
      }
    }
    for (String path : PATHS) {
      Process wrk =
          new ProcessBuilder(
                  "/usr/bin/wrk",
                  "-t2",
                  "-c50",
                  "-d20s",
                  "--latency",
                  "-H",
                  "Accept-Encoding: gzip",
                  fixture.url(path))
              .redirectErrorStream(true)
              .start();
      String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(wrk.waitFor(60, TimeUnit.SECONDS)).isTrue();
      System.out.println("=== wrk " + path + "\n" + out);
      assertThat(out).doesNotContain("Non-2xx");
    }
    long[] pdfMillis = new long[5];
    for (int i = 0; i < pdfMillis.length; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> pdf =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          fixture.url(
                              "/territoire/departement/"
                                  + (i % 2 == 0 ? "45" : "37")
                                  + "/rapport.pdf")))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      pdfMillis[i] = (System.nanoTime() - start) / 1_000_000;
      assertThat(pdf.statusCode()).isEqualTo(200);
    }
    System.out.println("=== PDF generation (ms): " + java.util.Arrays.toString(pdfMillis));
  }
}
