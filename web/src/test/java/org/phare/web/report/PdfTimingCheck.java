package org.phare.web.report;

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

/** Where PDF time goes (on demand: -Dphare.load=true). */
@EnabledIfSystemProperty(named = "phare.load", matches = "true")
class PdfTimingCheck {

  @Test
  void stages() {
    WebFixture fixture = WebFixture.get();
    ReportBuilder builder =
        new ReportBuilder(
            fixture.data,
            new MapCache(GeoAtlas.load(org.phare.core.testing.SharedData.path("geo"))));
    Pages pages = new Pages();
    ReportPdf pdf = new ReportPdf();
    for (int i = 0; i < 4; i++) {
      long t0 = System.nanoTime();
      ReportView view =
          builder.build(TerritoryId.of(Level.DEPARTEMENT, "45"), Reference.NATIONAL, Lang.FR);
      long t1 = System.nanoTime();
      String xhtml = pages.render("report-pdf.jte", Map.of("view", view, "css", pdf.css()));
      long t2 = System.nanoTime();
      byte[] bytes = pdf.render(xhtml);
      long t3 = System.nanoTime();
      long t4 = System.nanoTime();
      pdf.render(xhtml.replaceAll("(?s)<svg.*?</svg>", ""));
      long t5 = System.nanoTime();
      pdf.render(xhtml.replaceAll("(?s)<table class=\"indicators\">.*?</table>", ""));
      long t6 = System.nanoTime();
      System.out.printf(
          "without svg %d ms, without indicator tables %d ms%n",
          (t5 - t4) / 1_000_000, (t6 - t5) / 1_000_000);
      System.out.printf(
          "build %d ms, xhtml %d ms (%d kB), pdf %d ms (%d kB)%n",
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          xhtml.length() / 1024,
          (t3 - t2) / 1_000_000,
          bytes.length / 1024);
    }
  }
}
