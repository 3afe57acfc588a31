package org.phare.bench.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.phare.bench.OpenDataLocation;
import org.phare.store.PhareServices;
import org.phare.store.Settings;
import org.phare.web.PhareApplication;
import org.phare.web.WebServer;

/**
 * The web measurements of docs/benchmarks.md ("Web"): the application as {@code serve} assembles
 * it, on the embedded database with the open data (kept in {@code bench/target/web-bench-db}),
 * listening on loopback only. Warms up, drives four cached pages with wrk (50 connections, 20 s, if
 * /usr/bin/wrk is installed) and prints its latency distribution, then times report PDFs: uncached
 * (first request of a territory) and cached (second).
 *
 * <pre>
 * java -cp "bench/target/phare-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
 *     org.phare.bench.web.WebTimingReport
 * </pre>
 */
public final class WebTimingReport {

  static final List<String> PATHS =
      List.of(
          "/territoire/departement/45",
          "/territoire/region/24?ref=peers",
          "/carte.svg?domaine=HEALTH&niveau=departement&ref=national",
          "/?domaine=EMPLOYMENT&niveau=region");

  private WebTimingReport() {}

  public static void main(String[] args) throws Exception {
    Path target =
        java.nio.file.Files.isDirectory(Path.of("bench", "target"))
            ? Path.of("bench", "target")
            : Path.of("target");
    Settings settings =
        new Settings(
            null, target.resolve("web-bench-db").toAbsolutePath(), OpenDataLocation.dataDir());
    try (PhareServices services = PhareServices.open(settings)) {
      WebServer server = PhareApplication.of(services).start("127.0.0.1", 0);
      try {
        run(server);
      } finally {
        server.stop();
      }
    }
  }

  private static void run(WebServer server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + server.port();
    for (int i = 0; i < 30; i++) {
      for (String path : PATHS) {
        check(http.send(request(base + path), HttpResponse.BodyHandlers.discarding()), path);
      }
    }
    if (java.nio.file.Files.isExecutable(Path.of("/usr/bin/wrk"))) {
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
                    base + path)
                .redirectErrorStream(true)
                .start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor(60, TimeUnit.SECONDS);
        System.out.println("=== wrk " + path + "\n" + out);
      }
    } else {
      System.out.println("(wrk not installed: apt-get install wrk for the latency distribution)");
    }
    for (String code : new String[] {"45", "37", "28"}) {
      long[] millis = new long[2];
      for (int i = 0; i < millis.length; i++) {
        String path = "/territoire/departement/" + code + "/rapport.pdf";
        long start = System.nanoTime();
        HttpResponse<byte[]> pdf =
            http.send(request(base + path), HttpResponse.BodyHandlers.ofByteArray());
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        check(pdf, path);
      }
      System.out.printf(
          Locale.ROOT,
          "PDF of departement %s: uncached, cached (ms) %s%n",
          code,
          Arrays.toString(millis));
    }
  }

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build();
  }

  private static void check(HttpResponse<?> response, String path) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
  }
}
