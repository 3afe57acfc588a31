package org.phare.web.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.phare.core.geo.EqualArea;

/**
 * Outlines projected into an SVG box, ready to draw: metropolitan France (or the zoomed area) in
 * the main frame with the Lambert azimuthal equal-area projection, and each overseas territory in
 * its own inset along the bottom, projected around its own centre and fitted to the inset (so
 * insets are not at the scale of the main frame, which the legend says).
 *
 * <p>Paths are simplified in pixel space: a point closer than {@link #TOLERANCE_PX} to the last
 * kept point is dropped, which keeps maps light (tens of kB) without visible change. Layouts are
 * immutable and computed once per (level, area) by {@link MapCache}.
 *
 * @param width SVG width
 * @param height SVG height
 * @param shapes one shape per outline
 * @param insets the inset frames (x, y, width, height) with their label
 */
public record MapLayout(double width, double height, List<Shape> shapes, List<Inset> insets) {

  static final double TOLERANCE_PX = 1.2;

  /**
   * Tolerance for print (PDF): the map is printed about 17 cm wide, so 2.5 px is 0.7 mm, below what
   * the eye separates on paper, and the PDF renderer has about half the points to draw.
   */
  static final double PRINT_TOLERANCE_PX = 2.5;

  private static final double MARGIN = 8;
  private static final double INSET_HEIGHT = 92;

  public MapLayout {
    shapes = List.copyOf(shapes);
    insets = List.copyOf(insets);
  }

  /**
   * A projected outline.
   *
   * @param path SVG path data (absolute moves and lines, closed rings)
   * @param labelX x of the centre of its bounding box, to anchor a label or marker
   * @param labelY y likewise
   */
  public record Shape(String code, String name, String path, double labelX, double labelY) {}

  /** An overseas inset frame. */
  public record Inset(String code, String name, double x, double y, double width, double height) {}

  /**
   * Lays out outlines: the metropolitan ones fitted to the main frame, the overseas ones in insets
   * (when {@code overseasInInsets}; otherwise everything is fitted together, for a zoom on one
   * overseas region).
   */
  public static MapLayout of(
      Collection<Outline> outlines, double width, double mainHeight, boolean overseasInInsets) {
    return of(outlines, width, mainHeight, overseasInInsets, TOLERANCE_PX);
  }

  /** As {@link #of(Collection, double, double, boolean)} with a simplification tolerance (px). */
  static MapLayout of(
      Collection<Outline> outlines,
      double width,
      double mainHeight,
      boolean overseasInInsets,
      double tolerancePx) {
    List<Outline> main = new ArrayList<>();
    List<Outline> overseas = new ArrayList<>();
    for (Outline outline : outlines) {
      (overseasInInsets && outline.isOverseas() ? overseas : main).add(outline);
    }
    if (main.isEmpty()) {
      main.addAll(overseas);
      overseas.clear();
    }
    // insets in COG order (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte), whatever the input
    overseas.sort(java.util.Comparator.comparing(Outline::code));
    double height = mainHeight + (overseas.isEmpty() ? 0 : INSET_HEIGHT + MARGIN);
    List<Shape> shapes =
        new ArrayList<>(
            fit(main, MARGIN, MARGIN, width - 2 * MARGIN, mainHeight - 2 * MARGIN, tolerancePx));
    List<Inset> insets = new ArrayList<>();
    if (!overseas.isEmpty()) {
      double gap = 6;
      double insetWidth = (width - 2 * MARGIN - gap * (overseas.size() - 1)) / overseas.size();
      double y = mainHeight;
      for (int i = 0; i < overseas.size(); i++) {
        Outline outline = overseas.get(i);
        double x = MARGIN + i * (insetWidth + gap);
        insets.add(new Inset(outline.code(), outline.name(), x, y, insetWidth, INSET_HEIGHT));
        // leave room for the inset's name at the top of the frame
        shapes.addAll(
            fit(List.of(outline), x + 4, y + 16, insetWidth - 8, INSET_HEIGHT - 20, tolerancePx));
      }
    }
    return new MapLayout(width, height, shapes, insets);
  }

  /** Projects outlines around their common centre and fits them into a box, keeping proportions. */
  private static List<Shape> fit(
      List<Outline> outlines, double x0, double y0, double w, double h, double tolerancePx) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Outline outline : outlines) {
      double[] b = outline.bounds();
      box[0] = Math.min(box[0], b[0]);
      box[1] = Math.min(box[1], b[1]);
      box[2] = Math.max(box[2], b[2]);
      box[3] = Math.max(box[3], b[3]);
    }
    double lon0 = (box[0] + box[2]) / 2;
    double lat0 = (box[1] + box[3]) / 2;
    List<double[][][]> projected = new ArrayList<>();
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Outline outline : outlines) {
      double[][][] rings = new double[outline.rings().size()][][];
      for (int r = 0; r < rings.length; r++) {
        double[][] ring = outline.rings().get(r);
        rings[r] = new double[ring.length][];
        for (int i = 0; i < ring.length; i++) {
          double[] p = EqualArea.project(ring[i][0], ring[i][1], lon0, lat0);
          rings[r][i] = p;
          minX = Math.min(minX, p[0]);
          maxX = Math.max(maxX, p[0]);
          minY = Math.min(minY, p[1]);
          maxY = Math.max(maxY, p[1]);
        }
      }
      projected.add(rings);
    }
    double scale = Math.min(w / (maxX - minX), h / (maxY - minY));
    double offsetX = x0 + (w - (maxX - minX) * scale) / 2;
    double offsetY = y0 + (h - (maxY - minY) * scale) / 2;
    List<Shape> shapes = new ArrayList<>();
    for (int k = 0; k < outlines.size(); k++) {
      Outline outline = outlines.get(k);
      StringBuilder path = new StringBuilder();
      double sMinX = Double.MAX_VALUE;
      double sMinY = Double.MAX_VALUE;
      double sMaxX = -Double.MAX_VALUE;
      double sMaxY = -Double.MAX_VALUE;
      double biggestRing = -1;
      for (double[][] ring : projected.get(k)) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int kept = 0;
        StringBuilder ringPath = new StringBuilder();
        double rMinX = Double.MAX_VALUE;
        double rMaxX = -Double.MAX_VALUE;
        double rMinY = Double.MAX_VALUE;
        double rMaxY = -Double.MAX_VALUE;
        for (double[] p : ring) {
          double px = offsetX + (p[0] - minX) * scale;
          double py = offsetY + (maxY - p[1]) * scale;
          if (kept > 0 && Math.hypot(px - lastX, py - lastY) < tolerancePx) {
            continue;
          }
          ringPath.append(kept == 0 ? 'M' : 'L');
          ringPath.append(org.phare.web.svg.Svg.num(px)).append(' ');
          ringPath.append(org.phare.web.svg.Svg.num(py));
          lastX = px;
          lastY = py;
          kept++;
          rMinX = Math.min(rMinX, px);
          rMaxX = Math.max(rMaxX, px);
          rMinY = Math.min(rMinY, py);
          rMaxY = Math.max(rMaxY, py);
        }
        if (kept < 3) {
          continue; // a ring smaller than a pixel: invisible at this scale
        }
        path.append(ringPath).append('Z');
        double extent = (rMaxX - rMinX) * (rMaxY - rMinY);
        if (extent > biggestRing) {
          // anchor labels on the largest ring, not on the bounding box of scattered islands
          biggestRing = extent;
          sMinX = rMinX;
          sMaxX = rMaxX;
          sMinY = rMinY;
          sMaxY = rMaxY;
        }
      }
      if (path.isEmpty()) {
        continue;
      }
      shapes.add(
          new Shape(
              outline.code(),
              outline.name(),
              path.toString(),
              (sMinX + sMaxX) / 2,
              (sMinY + sMaxY) / 2));
    }
    return shapes;
  }
}
