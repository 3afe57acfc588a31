package org.phare.web.chart;

import java.util.List;
import org.phare.web.svg.Svg;

/**
 * Horizontal bars with labels on the left, drawn from a zero line that may sit inside the chart
 * (scores are negative and positive). A comparison value is drawn as a dark tick across the bar.
 */
public final class BarChart {

  private BarChart() {}

  /**
   * @param min lower end of the axis (0 for shares, negative for scores)
   * @param max upper end of the axis
   * @param note source / base line printed under the bars
   */
  private static final int NOTE_CHARS = 115;

  public static String render(
      String id,
      String title,
      String description,
      List<Bar> bars,
      double min,
      double max,
      String note) {
    return render(id, title, description, bars, min, max, note, "");
  }

  /**
   * @param comparisonLabel what the tick is ("France"), named in each bar's title with its value
   */
  public static String render(
      String id,
      String title,
      String description,
      List<Bar> bars,
      double min,
      double max,
      String note,
      String comparisonLabel) {
    double width = 640;
    double labelWidth = 230;
    // the value column widens for long value texts (about 6.5 px a character at the chart's size)
    double valueWidth = 90;
    for (Bar bar : bars) {
      String text = bar.printed();
      valueWidth = Math.max(valueWidth, 12 + 6.5 * text.length());
    }
    double rowHeight = 20;
    double top = 6;
    double noteY = top + bars.size() * rowHeight + 22;
    // room for two note lines, more when the note wraps further (12 px a line)
    double height =
        note.isBlank()
            // a figure's note is in the page, under the chart (figure.jte)
            ? top + bars.size() * rowHeight + 8
            : noteY + 20 + 12 * Math.max(0, Svg.wrap(note, NOTE_CHARS).size() - 2);
    double plotX = labelWidth + 6;
    double plotWidth = width - plotX - valueWidth;
    double span = max - min <= 0 ? 1 : max - min;
    double zeroX = plotX + (Math.max(min, Math.min(max, 0)) - min) / span * plotWidth;
    Svg svg = new Svg(width, height, id, title, description);
    svg.empty(
        "line",
        "x1",
        Svg.num(zeroX),
        "x2",
        Svg.num(zeroX),
        "y1",
        Svg.num(top),
        "y2",
        Svg.num(top + bars.size() * rowHeight),
        "class",
        "axis");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = top + i * rowHeight;
      if (bar.href() != null) {
        svg.openLink(bar.href(), title(bar, comparisonLabel));
      } else {
        svg.open("g");
        svg.text("title", title(bar, comparisonLabel));
      }
      svg.text(
          "text",
          shorten(bar.label(), 38),
          "x",
          Svg.num(labelWidth),
          "y",
          Svg.num(y + 14),
          "text-anchor",
          "end",
          "class",
          "bar-label");
      if (!Double.isNaN(bar.value())) {
        double v = Math.max(min, Math.min(max, bar.value()));
        double x = plotX + (v - min) / span * plotWidth;
        svg.empty(
            "rect",
            "x",
            Svg.num(Math.min(x, zeroX)),
            "y",
            Svg.num(y + 3),
            "width",
            Svg.num(Math.max(1, Math.abs(x - zeroX))),
            "height",
            Svg.num(rowHeight - 6),
            "fill",
            bar.colour(),
            "class",
            "bar");
      }
      svg.close(bar.href() != null ? "a" : "g");
      if (!Double.isNaN(bar.comparison())) {
        double c = Math.max(min, Math.min(max, bar.comparison()));
        double cx = plotX + (c - min) / span * plotWidth;
        svg.empty(
            "line",
            "x1",
            Svg.num(cx),
            "x2",
            Svg.num(cx),
            "y1",
            Svg.num(y + 1),
            "y2",
            Svg.num(y + rowHeight - 1),
            "class",
            "comparison");
      }
      svg.text(
          "text",
          bar.printed(),
          "x",
          Svg.num(width - valueWidth + 6),
          "y",
          Svg.num(y + 14),
          "class",
          "bar-value");
    }
    svg.note(note, 4, noteY, NOTE_CHARS);
    return svg.finish();
  }

  /** The bar's title: label, value and mark, and the comparison ("Emploi : 6,2 (France : 5,9)"). */
  static String title(Bar bar, String comparisonLabel) {
    return bar.label()
        + " : "
        + bar.printed()
        + (bar.comparisonText().isEmpty()
            ? ""
            : " (" + comparisonLabel + " : " + bar.comparisonText() + ")");
  }

  /**
   * The bars' numbers as a table: the label, the value as printed, then the comparison and the mark
   * when some bar has one. The cells are the very strings drawn, so table and chart agree.
   *
   * @param headers label, value, comparison and mark headers (the last two used only when needed)
   */
  public static Figure.DataTable table(
      String caption,
      List<Bar> bars,
      String labelHeader,
      String valueHeader,
      String comparisonHeader,
      String markHeader) {
    boolean comparisons = bars.stream().anyMatch(b -> !b.comparisonText().isEmpty());
    boolean marks = bars.stream().anyMatch(b -> !b.mark().isEmpty());
    List<String> headers = new java.util.ArrayList<>(List.of(labelHeader, valueHeader));
    if (comparisons) {
      headers.add(comparisonHeader);
    }
    if (marks) {
      headers.add(markHeader);
    }
    List<Figure.Row> rows = new java.util.ArrayList<>();
    for (Bar bar : bars) {
      List<String> cells = new java.util.ArrayList<>(List.of(bar.text()));
      if (comparisons) {
        cells.add(bar.comparisonText().isEmpty() ? "–" : bar.comparisonText());
      }
      if (marks) {
        cells.add(bar.mark());
      }
      rows.add(new Figure.Row(bar.label(), bar.href(), cells));
    }
    return new Figure.DataTable(caption, headers, rows);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
