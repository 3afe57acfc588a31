package org.phare.web.chart;

import java.util.List;
import org.phare.web.svg.Svg;

/**
 * The profile of the 16 domains as a radar: one axis per domain, the oriented score drawn from the
 * centre (−2 standard deviations) to the rim (+2); the dashed ring at 0 is the reference. A domain
 * without a score (no data, or too few indicators) is a gap: the outline breaks on its axis rather
 * than dropping to the centre (which would read as "much less fragile"), the profile is then drawn
 * as lines without fill, and the axis label is greyed with the reason in its tooltip.
 */
public final class RadarChart {

  private RadarChart() {}

  /** An axis of the radar. */
  public record Axis(String label, double value, String text) {}

  public static String render(
      String id, String title, String description, List<Axis> axes, String note) {
    double size = 460;
    // room on both sides for the longest labels, "(—)" included
    double cx = size / 2 + 80;
    double cy = size / 2;
    double radius = 150;
    double min = -2;
    double max = 2;
    Svg svg = new Svg(size + 160, size + 36, id, title, description);
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
    double[][] at = new double[n][];
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
      boolean missing = Double.isNaN(axis.value());
      if (!missing) {
        double value = Math.max(min, Math.min(max, axis.value()));
        double r = (value - min) / (max - min) * radius;
        at[i] = new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
      }
      double lx = cx + (radius + 14) * Math.cos(angle);
      double ly = cy + (radius + 14) * Math.sin(angle);
      String anchor =
          Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
      svg.open("g");
      svg.text("title", axis.label() + " : " + axis.text());
      svg.text(
          "text",
          missing
              ? BarChart.shorten(axis.label(), 18) + " (—)"
              : BarChart.shorten(axis.label(), 22),
          "x",
          Svg.num(lx),
          "y",
          Svg.num(ly + 4),
          "text-anchor",
          anchor,
          "class",
          missing ? "radar-label no-data" : "radar-label");
      svg.close("g");
    }
    int present = 0;
    for (double[] p : at) {
      present += p == null ? 0 : 1;
    }
    if (present == n && n > 0) {
      StringBuilder points = new StringBuilder();
      for (double[] p : at) {
        points.append(Svg.num(p[0])).append(',').append(Svg.num(p[1])).append(' ');
      }
      svg.empty("polygon", "points", points.toString().trim(), "class", "profile");
    } else if (present > 0) {
      // runs of consecutive axes with a score, going round from the axis after a gap
      int start = 0;
      while (at[start] != null) {
        start++;
      }
      StringBuilder run = new StringBuilder();
      int runLength = 0;
      for (int k = 1; k <= n; k++) {
        double[] p = at[(start + k) % n];
        if (p != null) {
          run.append(Svg.num(p[0])).append(',').append(Svg.num(p[1])).append(' ');
          runLength++;
        }
        if ((p == null || k == n) && runLength > 0) {
          if (runLength > 1) {
            svg.empty("polyline", "points", run.toString().trim(), "class", "profile-line");
          }
          run.setLength(0);
          runLength = 0;
        }
      }
    }
    for (double[] p : at) {
      if (p != null) {
        svg.empty("circle", "cx", Svg.num(p[0]), "cy", Svg.num(p[1]), "r", "3", "class", "point");
      }
    }
    svg.note(note, 4, size + 12, 95);
    return svg.finish();
  }
}
