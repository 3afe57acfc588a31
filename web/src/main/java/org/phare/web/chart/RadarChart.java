package org.phare.web.chart;

import java.util.List;
import org.phare.web.svg.Svg;

/**
 * The profile of the 16 domains as a radar: one axis per domain, the oriented score drawn from the
 * centre (−2 standard deviations) to the rim (+2); the dashed ring at 0 is the reference. Domains
 * without data are left as gaps (the polygon jumps to the centre and a hollow marker shows them).
 */
public final class RadarChart {

  private RadarChart() {}

  /** An axis of the radar. */
  public record Axis(String label, double value, String text) {}

  public static String render(
      String id, String title, String description, List<Axis> axes, String note) {
    double size = 460;
    double cx = size / 2 + 40;
    double cy = size / 2;
    double radius = 150;
    double min = -2;
    double max = 2;
    Svg svg = new Svg(size + 80, size + 36, id, title, description);
    for (double ring : new double[] {-2, -1, 0, 1, 2}) {
      double r = (ring - min) / (max - min) * radius;
      svg.empty(
          "circle",
          "cx",
          Svg.num(cx),
          "cy",
          Svg.num(cy),
          "r",
          Svg.num(Math.max(0.5, r)),
          "class",
          ring == 0 ? "ring reference-ring" : "ring");
    }
    int n = axes.size();
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      double ex = cx + radius * Math.cos(angle);
      double ey = cy + radius * Math.sin(angle);
      svg.empty(
          "line",
          "x1",
          Svg.num(cx),
          "y1",
          Svg.num(cy),
          "x2",
          Svg.num(ex),
          "y2",
          Svg.num(ey),
          "class",
          "spoke");
      Axis axis = axes.get(i);
      double value = Double.isNaN(axis.value()) ? min : Math.max(min, Math.min(max, axis.value()));
      double r = (value - min) / (max - min) * radius;
      double px = cx + r * Math.cos(angle);
      double py = cy + r * Math.sin(angle);
      points.append(Svg.num(px)).append(',').append(Svg.num(py)).append(' ');
      double lx = cx + (radius + 14) * Math.cos(angle);
      double ly = cy + (radius + 14) * Math.sin(angle);
      String anchor =
          Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
      svg.open("g");
      svg.text("title", axis.label() + " : " + axis.text());
      svg.text(
          "text",
          BarChart.shorten(axis.label(), 22),
          "x",
          Svg.num(lx),
          "y",
          Svg.num(ly + 4),
          "text-anchor",
          anchor,
          "class",
          "radar-label");
      svg.close("g");
    }
    svg.empty("polygon", "points", points.toString().trim(), "class", "profile");
    for (int i = 0; i < n; i++) {
      Axis axis = axes.get(i);
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      double value = Double.isNaN(axis.value()) ? min : Math.max(min, Math.min(max, axis.value()));
      double r = (value - min) / (max - min) * radius;
      svg.empty(
          "circle",
          "cx",
          Svg.num(cx + r * Math.cos(angle)),
          "cy",
          Svg.num(cy + r * Math.sin(angle)),
          "r",
          "3",
          "class",
          Double.isNaN(axis.value()) ? "point no-data" : "point");
    }
    svg.note(note, 4, size + 12, 95);
    return svg.finish();
  }
}
