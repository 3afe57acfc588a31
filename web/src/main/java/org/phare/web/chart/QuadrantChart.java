package org.phare.web.chart;

import java.util.List;
import org.phare.web.svg.Svg;

/**
 * Perceived versus objective fragility per domain: x is the objective score (standard deviations
 * from the reference, more fragile to the right), y the perceived gap (the territory's actors' mean
 * rating minus the national mean, more worried upwards). The four quadrants are labelled.
 */
public final class QuadrantChart {

  private QuadrantChart() {}

  /** A point: a domain with its two coordinates (NaN coordinates are not drawn). */
  public record Point(String label, String shortLabel, double x, double y, String text) {}

  /**
   * @param quadrantLabels top-right, top-left, bottom-right, bottom-left
   */
  public static String render(
      String id,
      String title,
      String description,
      List<Point> points,
      String xLabel,
      String yLabel,
      List<String> quadrantLabels,
      String note) {
    double width = 640;
    double height = 452;
    double left = 50;
    double top = 20;
    double plotW = width - left - 20;
    double plotH = height - top - 70;
    double xMax = 2;
    double yMax = 1;
    for (Point p : points) {
      if (!Double.isNaN(p.x()) && !Double.isNaN(p.y())) {
        xMax = Math.max(xMax, Math.abs(p.x()) * 1.1);
        yMax = Math.max(yMax, Math.abs(p.y()) * 1.1);
      }
    }
    Svg svg = new Svg(width, height, id, title, description);
    double midX = left + plotW / 2;
    double midY = top + plotH / 2;
    svg.empty(
        "rect",
        "x",
        Svg.num(left),
        "y",
        Svg.num(top),
        "width",
        Svg.num(plotW),
        "height",
        Svg.num(plotH),
        "class",
        "plot");
    svg.empty(
        "line",
        "x1",
        Svg.num(midX),
        "x2",
        Svg.num(midX),
        "y1",
        Svg.num(top),
        "y2",
        Svg.num(top + plotH),
        "class",
        "axis");
    svg.empty(
        "line",
        "x1",
        Svg.num(left),
        "x2",
        Svg.num(left + plotW),
        "y1",
        Svg.num(midY),
        "y2",
        Svg.num(midY),
        "class",
        "axis");
    double[][] corners = {
      {left + plotW - 6, top + 14, 1}, {left + 6, top + 14, 0},
      {left + plotW - 6, top + plotH - 6, 1}, {left + 6, top + plotH - 6, 0}
    };
    for (int i = 0; i < 4 && i < quadrantLabels.size(); i++) {
      svg.text(
          "text",
          quadrantLabels.get(i),
          "x",
          Svg.num(corners[i][0]),
          "y",
          Svg.num(corners[i][1]),
          "text-anchor",
          corners[i][2] == 1 ? "end" : "start",
          "class",
          "quadrant-label");
    }
    for (Point p : points) {
      if (Double.isNaN(p.x()) || Double.isNaN(p.y())) {
        continue;
      }
      double px = midX + p.x() / xMax * plotW / 2;
      double py = midY - p.y() / yMax * plotH / 2;
      svg.open("g", "class", "quadrant-point");
      svg.text("title", p.label() + " : " + p.text());
      svg.empty("circle", "cx", Svg.num(px), "cy", Svg.num(py), "r", "4", "class", "point");
      svg.text(
          "text",
          p.shortLabel(),
          "x",
          Svg.num(px + 6),
          "y",
          Svg.num(py + 4),
          "class",
          "point-label");
      svg.close("g");
    }
    svg.text(
        "text",
        xLabel,
        "x",
        Svg.num(midX),
        "y",
        Svg.num(top + plotH + 18),
        "text-anchor",
        "middle",
        "class",
        "axis-label");
    svg.text(
        "text", yLabel, "x", Svg.num(left), "y", Svg.num(top + plotH + 36), "class", "axis-label");
    svg.note(note, 4, height - 20, 115);
    return svg.finish();
  }
}
