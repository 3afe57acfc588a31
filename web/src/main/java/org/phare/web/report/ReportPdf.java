package org.phare.web.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Renders the report's XHTML (the same template parts and SVG charts as the page) to PDF with
 * openhtmltopdf. A Unicode TrueType font is embedded when the system has one (DejaVu Sans, then
 * Liberation Sans): the base-14 PDF fonts lack the narrow no-break space, the minus sign and the
 * arrows that French figures use.
 */
public final class ReportPdf {

  static final List<String> FONT_CANDIDATES =
      List.of(
          "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
          "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
          "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

  static final List<String> BOLD_FONT_CANDIDATES =
      List.of(
          "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
          "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
          "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf");

  private final Optional<Path> font = first(FONT_CANDIDATES);
  private final Optional<Path> boldFont = first(BOLD_FONT_CANDIDATES);
  private final String css;

  public ReportPdf() {
    try (InputStream in = ReportPdf.class.getResourceAsStream("/static/phare.css")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /static/phare.css");
      }
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stylesheet inlined into the XHTML given to the PDF renderer. */
  public String css() {
    return css;
  }

  /** Whether a Unicode font is embedded (else typographic characters are replaced). */
  public boolean hasUnicodeFont() {
    return font.isPresent();
  }

  public byte[] render(String xhtml) {
    String document = font.isPresent() ? xhtml : toLatin1(xhtml);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      font.ifPresent(f -> builder.useFont(f.toFile(), "Phare Sans"));
      boldFont.ifPresent(
          f ->
              builder.useFont(
                  f.toFile(), "Phare Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true));
      builder.withHtmlContent(document, "http://localhost/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static String toLatin1(String text) {
    return text.replace('\u202F', ' ').replace('\u2212', '-').replace('▲', '+').replace('▼', '-');
  }

  private static Optional<Path> first(List<String> candidates) {
    return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst();
  }
}
