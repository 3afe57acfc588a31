package org.phare.web.svg;

import java.util.Locale;

/**
 * A small SVG writer. Every text and attribute value goes through {@link #escape}, so data (names
 * of territories, labels) can never inject markup; numbers are written with {@code Locale.ROOT} (a
 * decimal point whatever the JVM locale) and at most two decimals to keep documents small.
 *
 * <p>The output is well-formed XML, so it can be embedded in the HTML page, in the XHTML given to
 * the PDF renderer, and served alone as {@code image/svg+xml}.
 */
public final class Svg {

  private final StringBuilder out = new StringBuilder(4096);
  private int depth;

  /**
   * A chart without links is a focusable image: on a phone it is drawn at its own size inside a box
   * that scrolls sideways (phare.css), and a keyboard user scrolls that box from the chart (WCAG
   * 2.1.1). A chart with links is a group of links, focusable through them.
   */
  private static final String ROLE_IMG = " role=\"img\" tabindex=\"0\"";

  private static final String ROLE_GROUP = " role=\"group\"";

  /** Whether a link was opened: the chart is then a group of links, not a single image. */
  private boolean hasLinks;

  /**
   * Starts a document of the given size with an accessible title and description.
   *
   * @param id a unique id prefix used for aria-labelledby
   */
  public Svg(double width, double height, String id, String title, String description) {
    out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
        .append(" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\"")
        .append(ROLE_IMG)
        .append(" class=\"chart\" aria-labelledby=\"")
        .append(escape(id))
        .append("-title ")
        .append(escape(id))
        .append("-desc\">");
    out.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title));
    out.append("</title><desc id=\"").append(escape(id)).append("-desc\">");
    out.append(escape(description)).append("</desc>");
    depth = 1;
  }

  /** Escapes the five XML special characters and drops characters XML forbids. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** A coordinate or length: at most two decimals, decimal point, no trailing zeros. */
  public static String num(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("SVG coordinate is not finite: " + value);
    }
    long hundredths = Math.round(value * 100);
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    String text = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
    return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
  }

  /** Opens an element with attribute name/value pairs; values are escaped. */
  public Svg open(String element, String... attributes) {
    tag(element, attributes);
    out.append('>');
    depth++;
    return this;
  }

  public Svg close(String element) {
    out.append("</").append(element).append('>');
    depth--;
    return this;
  }

  /** An empty element such as {@code rect} or {@code path}. */
  public Svg empty(String element, String... attributes) {
    tag(element, attributes);
    out.append("/>");
    return this;
  }

  /** An element holding escaped text, such as {@code text} or {@code title}. */
  public Svg text(String element, String content, String... attributes) {
    tag(element, attributes);
    out.append('>').append(escape(content)).append("</").append(element).append('>');
    return this;
  }

  /**
   * A link around the next elements: keyboard-reachable (an SVG {@code a} with href is focusable)
   * and announced with its title.
   */
  public Svg openLink(String href, String title) {
    if (!hasLinks) {
      // an image's content is presentational, so links inside it would be hidden from assistive
      // technologies (WCAG 4.1.2, axe nested-interactive): a chart with links is a labelled group
      int role = out.indexOf(ROLE_IMG);
      out.replace(role, role + ROLE_IMG.length(), ROLE_GROUP);
      hasLinks = true;
    }
    open("a", "href", href, "xlink:href", href, "class", "svg-link");
    text("title", title);
    return this;
  }

  /** A stylesheet for a document served alone (the page's stylesheet is not there). */
  public Svg style(String css) {
    // CSS text has no markup of its own; escaping keeps it so ('>' selectors are not used)
    return text("style", css);
  }

  /**
   * Another document of this writer nested as it is (a chart inside its downloadable frame): it was
   * escaped when it was written, so it is not escaped again.
   *
   * @param document the output of {@link #finish()} of another writer
   */
  public Svg document(String document) {
    if (!document.startsWith("<svg ") || !document.endsWith("</svg>")) {
      throw new IllegalArgumentException("not a document of this writer");
    }
    out.append(document);
    return this;
  }

  private void tag(String element, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs: " + element);
    }
    out.append('<').append(element);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
  }

  /**
   * A note (source, base) under a chart, wrapped on word boundaries into lines of at most {@code
   * maxChars} characters, 12 px apart.
   *
   * @return the number of lines written
   */
  public int note(String content, double x, double y, int maxChars) {
    java.util.List<String> lines = wrap(content, maxChars);
    for (int i = 0; i < lines.size(); i++) {
      text("text", lines.get(i), "x", num(x), "y", num(y + 12 * i), "class", "source");
    }
    return lines.size();
  }

  /**
   * Splits a text into lines of at most {@code maxChars} characters at spaces (longer words kept).
   */
  public static java.util.List<String> wrap(String content, int maxChars) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : content.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Closes the document and returns it. */
  public String finish() {
    if (depth != 1) {
      throw new IllegalStateException("unbalanced SVG elements (depth " + depth + ")");
    }
    out.append("</svg>");
    depth = 0;
    return out.toString();
  }
}
