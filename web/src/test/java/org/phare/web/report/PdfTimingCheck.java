package org.phare.web.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.phare.core.diagnostic.Reference;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.web.Pages;
import org.phare.web.WebFixture;
import org.phare.web.i18n.Lang;
import org.phare.web.map.GeoAtlas;
import org.phare.web.map.MapCache;

/**
 * Where PDF time goes, wall clock and CPU time of the rendering thread (the machine is shared, so
 * CPU time is the figure that does not depend on the load), then an uncached and a cached request
 * through the server. On demand: -Dphare.load=true (command in docs/benchmarks.md, "Web").
 */
@EnabledIfSystemProperty(named = "phare.load", matches = "true")
class PdfTimingCheck {

  @Test
  void stages() throws Exception {
    WebFixture fixture = WebFixture.get();
    ReportBuilder builder =
        new ReportBuilder(
            fixture.data,
            new MapCache(GeoAtlas.load(org.phare.core.testing.SharedData.path("geo"))).forPrint());
    Pages pages = new Pages();
    ReportPdf pdf = new ReportPdf();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 8; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      ReportView view =
          builder.build(TerritoryId.of(Level.DEPARTEMENT, "45"), Reference.NATIONAL, Lang.FR);
      long t1 = System.nanoTime();
      String xhtml = pages.render("report-pdf.jte", Map.of("view", view, "css", pdf.css()));
      long t2 = System.nanoTime();
      byte[] bytes = pdf.render(xhtml);
      long t3 = System.nanoTime();
      long c3 = threads.getCurrentThreadCpuTime();
      System.out.printf(
          "run %d: build %d ms, xhtml %d ms (%d kB), pdf %d ms (%d kB); total %d ms wall, %d ms"
              + " CPU%n",
          i,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          xhtml.length() / 1024,
          (t3 - t2) / 1_000_000,
          bytes.length / 1024,
          (t3 - t0) / 1_000_000,
          (c3 - c0) / 1_000_000);
    }
    HttpClient client = HttpClient.newHttpClient();
    for (String code : new String[] {"28", "28", "36", "36"}) {
      long t0 = System.nanoTime();
      HttpResponse<byte[]> response =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(fixture.url("/territoire/departement/" + code + "/rapport.pdf")))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      System.out.printf(
          "GET departement/%s/rapport.pdf: %d ms (%d kB)%n",
          code, (System.nanoTime() - t0) / 1_000_000, response.body().length / 1024);
    }
  }
}
