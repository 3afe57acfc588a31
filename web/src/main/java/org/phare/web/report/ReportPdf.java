package org.phare.web.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the report's XHTML (the same template parts and SVG charts as the page) to PDF with
 * openhtmltopdf. The DejaVu Sans TrueType fonts are embedded (subset): they come from the Maven
 * Central artifact {@code net.sf.jasperreports:jasperreports-fonts} (fonts under the Bitstream Vera
 * / DejaVu licence), so the PDF never depends on the fonts a machine happens to have. The base-14
 * PDF fonts would lack the narrow no-break space, the minus sign and the arrows that French figures
 * use.
 *
 * <p>The font files are read once, into memory, when the class loads; each document still parses
 * and subsets them (a PDFBox font object belongs to one document).
 */
public final class ReportPdf {

  static final String FONT_RESOURCE = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  static final String BOLD_FONT_RESOURCE = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

  private static final byte[] FONT = resource(FONT_RESOURCE);
  private static final byte[] BOLD_FONT = resource(BOLD_FONT_RESOURCE);

  private final String css;

  public ReportPdf() {
    css = new String(resource("/static/phare.css"), StandardCharsets.UTF_8);
  }

  /** The stylesheet inlined into the XHTML given to the PDF renderer. */
  public String css() {
    return css;
  }

  public byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.useFont(
          () -> new ByteArrayInputStream(FONT),
          "Phare Sans",
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> new ByteArrayInputStream(BOLD_FONT),
          "Phare Sans",
          700,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withHtmlContent(xhtml, "http://localhost/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** A classpath resource's bytes; fails naming the resource (a missing jar on the classpath). */
  static byte[] resource(String name) {
    try (InputStream in = ReportPdf.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing classpath resource "
                + name
                + (name.endsWith(".ttf")
                    ? " (the PDF font comes from net.sf.jasperreports:jasperreports-fonts)"
                    : ""));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
