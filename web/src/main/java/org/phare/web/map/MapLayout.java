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
public record MapLayout(
    double width, double height, List<Shape> shapes, List<Inset> insets, List<Shape> overlay) {

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
    overlay = List.copyOf(overlay);
  }

  /** A layout without overlay. */
  public MapLayout(double width, double height, List<Shape> shapes, List<Inset> insets) {
    this(width, height, shapes, insets, List.of());
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
    return of(outlines, List.of(), width, mainHeight, overseasInInsets, TOLERANCE_PX);
  }

  /** As {@link #of(Collection, double, double, boolean)} with a simplification tolerance (px). */
  static MapLayout of(
      Collection<Outline> outlines,
      double width,
      double mainHeight,
      boolean overseasInInsets,
      double tolerancePx) {
    return of(outlines, List.of(), width, mainHeight, overseasInInsets, tolerancePx);
  }

  /**
   * As {@link #of(Collection, double, double, boolean)}, with {@code overlay} outlines (the
   * départements over a map of communes) projected with the same transform as the outlines of their
   * frame, and a simplification tolerance in pixels (0 keeps every point: outlines already
   * simplified as a coverage must not be thinned ring by ring, or neighbours would part).
   *
   * <p>Insets hold one overseas territory each, chosen by the outlines' {@link Outline#inset()}
   * code (the communes of La Réunion share the inset "974"), in code order.
   */
  static MapLayout of(
      Collection<Outline> outlines,
      Collection<Outline> overlay,
      double width,
      double mainHeight,
      boolean overseasInInsets,
      double tolerancePx) {
    List<Outline> main = new ArrayList<>();
    java.util.TreeMap<String, List<Outline>> overseas = new java.util.TreeMap<>();
    for (Outline outline : outlines) {
      if (overseasInInsets && outline.isOverseas()) {
        overseas.computeIfAbsent(outline.inset(), k -> new ArrayList<>()).add(outline);
      } else {
        main.add(outline);
      }
    }
    if (main.isEmpty()) {
      overseas.values().forEach(main::addAll);
      overseas.clear();
    }
    List<Outline> mainOverlay = new ArrayList<>();
    java.util.Map<String, List<Outline>> overseasOverlay = new java.util.HashMap<>();
    for (Outline outline : overlay) {
      if (outline.isOverseas() && overseas.containsKey(outline.inset())) {
        overseasOverlay.computeIfAbsent(outline.inset(), k -> new ArrayList<>()).add(outline);
      } else if (!outline.isOverseas() || overseas.isEmpty()) {
        mainOverlay.add(outline);
      }
    }
    double height = mainHeight + (overseas.isEmpty() ? 0 : INSET_HEIGHT + MARGIN);
    List<Shape> shapes = new ArrayList<>();
    List<Shape> overlayShapes = new ArrayList<>();
    fit(
        main,
        mainOverlay,
        MARGIN,
        MARGIN,
        width - 2 * MARGIN,
        mainHeight - 2 * MARGIN,
        tolerancePx,
        shapes,
        overlayShapes);
    List<Inset> insets = new ArrayList<>();
    if (!overseas.isEmpty()) {
      double gap = 6;
      double insetWidth = (width - 2 * MARGIN - gap * (overseas.size() - 1)) / overseas.size();
      double y = mainHeight;
      int i = 0;
      for (java.util.Map.Entry<String, List<Outline>> group : overseas.entrySet()) {
        double x = MARGIN + i++ * (insetWidth + gap);
        Outline first = group.getValue().get(0);
        insets.add(new Inset(group.getKey(), first.insetName(), x, y, insetWidth, INSET_HEIGHT));
        // leave room for the inset's name at the top of the frame
        fit(
            group.getValue(),
            overseasOverlay.getOrDefault(group.getKey(), List.of()),
            x + 4,
            y + 16,
            insetWidth - 8,
            INSET_HEIGHT - 20,
            tolerancePx,
            shapes,
            overlayShapes);
      }
    }
    return new MapLayout(width, height, shapes, insets, overlayShapes);
  }

  /**
   * Projects outlines around their common centre and fits them into a box, keeping proportions; the
   * overlay outlines go through the same transform.
   */
  private static void fit(
      List<Outline> outlines,
      List<Outline> overlay,
      double x0,
      double y0,
      double w,
      double h,
      double tolerancePx,
      List<Shape> shapes,
      List<Shape> overlayShapes) {
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
    List<double[][][]> projected = project(outlines, lon0, lat0);
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[][][] rings : projected) {
      for (double[][] ring : rings) {
        for (double[] p : ring) {
          minX = Math.min(minX, p[0]);
          maxX = Math.max(maxX, p[0]);
          minY = Math.min(minY, p[1]);
          maxY = Math.max(maxY, p[1]);
        }
      }
    }
    double scale = Math.min(w / (maxX - minX), h / (maxY - minY));
    double offsetX = x0 + (w - (maxX - minX) * scale) / 2 - minX * scale;
    double offsetY = y0 + (h - (maxY - minY) * scale) / 2 + maxY * scale;
    draw(outlines, projected, offsetX, offsetY, scale, tolerancePx, shapes);
    if (!overlay.isEmpty()) {
      draw(
          overlay,
          project(overlay, lon0, lat0),
          offsetX,
          offsetY,
          scale,
          Math.max(tolerancePx, TOLERANCE_PX),
          overlayShapes);
    }
  }

  private static List<double[][][]> project(List<Outline> outlines, double lon0, double lat0) {
    List<double[][][]> projected = new ArrayList<>(outlines.size());
    for (Outline outline : outlines) {
      double[][][] rings = new double[outline.rings().size()][][];
      for (int r = 0; r < rings.length; r++) {
        double[][] ring = outline.rings().get(r);
        rings[r] = new double[ring.length][];
        for (int i = 0; i < ring.length; i++) {
          rings[r][i] = EqualArea.project(ring[i][0], ring[i][1], lon0, lat0);
        }
      }
      projected.add(rings);
    }
    return projected;
  }

  /**
   * Writes projected outlines as SVG paths: x = offsetX + X·scale, y = offsetY − Y·scale, rounded
   * to a tenth of a pixel; a point closer than {@code tolerancePx} to the last kept one is dropped
   * (0: only points that round to the same position).
   */
  private static void draw(
      List<Outline> outlines,
      List<double[][][]> projected,
      double offsetX,
      double offsetY,
      double scale,
      double tolerancePx,
      List<Shape> shapes) {
    double minStep = Math.max(tolerancePx, 0.05);
    // coverage-simplified outlines (tolerance 0: communes, EPCI) are many and small: relative
    // moves ("l dx dy" in tenths of a pixel) make their paths about a third shorter; deltas are
    // taken between rounded positions so that no rounding error accumulates along a ring
    boolean relative = tolerancePx == 0;
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
        long lastTenthX = 0;
        long lastTenthY = 0;
        for (double[] p : ring) {
          double px = offsetX + p[0] * scale;
          double py = offsetY - p[1] * scale;
          if (kept > 0 && Math.hypot(px - lastX, py - lastY) < minStep) {
            continue;
          }
          long tenthX = Math.round(px * 10);
          long tenthY = Math.round(py * 10);
          if (relative && kept > 0) {
            if (tenthX == lastTenthX && tenthY == lastTenthY) {
              continue;
            }
            ringPath.append(kept == 1 ? "l" : " ");
            appendTenths(ringPath, tenthX - lastTenthX);
            if (tenthY - lastTenthY >= 0) {
              ringPath.append(' ');
            }
            appendTenths(ringPath, tenthY - lastTenthY);
          } else {
            ringPath.append(kept == 0 ? 'M' : 'L');
            appendTenth(ringPath, px);
            ringPath.append(' ');
            appendTenth(ringPath, py);
          }
          lastTenthX = tenthX;
          lastTenthY = tenthY;
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
  }

  /** Appends a coordinate rounded to a tenth ("12.3", "12", "-0.4"), in the root locale. */
  static void appendTenth(StringBuilder out, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("SVG coordinate is not finite: " + value);
    }
    appendTenths(out, Math.round(value * 10));
  }

  /** Appends a number of tenths as a decimal ("123" → "12.3", "-4" → "-0.4", "20" → "2"). */
  static void appendTenths(StringBuilder out, long tenths) {
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
  }
}
