package org.phare.web.map;

import java.util.Map;
import java.util.function.Function;
import org.phare.web.chart.ColorScale;
import org.phare.web.i18n.Lang;
import org.phare.web.svg.Svg;

/**
 * Draws a choropleth map: each shape filled by the class of its value, wrapped in a link (keyboard
 * focusable, with a title naming the territory and its value) when a link is given. A legend and
 * the source line are part of the SVG so that the map reads the same on screen, in print and in the
 * PDF.
 */
public final class ChoroplethMap {

  /**
   * What to draw.
   *
   * @param id unique id in the page (for accessible labels)
   * @param title the map's title (also its accessible name)
   * @param description accessible description
   * @param values value per code; a missing or NaN value is drawn as "no data"
   * @param scale colour classes
   * @param legendTitle what the values are
   * @param source source line drawn under the map
   * @param links href per code, or null for no link
   * @param tooltip text per code shown as the shape's title
   * @param selected code to outline, or null
   * @param overlayLinks href per code of the layout's overlay shapes (the départements over a map
   *     of France by commune), or null
   * @param overlayTooltip title per code of the overlay shapes
   * @param legendNote a line under the legend (class method, reference value), or null
   */
  public record Spec(
      String id,
      String title,
      String description,
      Map<String, Double> values,
      ColorScale scale,
      String legendTitle,
      String source,
      Function<String, String> links,
      Function<String, String> tooltip,
      String selected,
      Function<String, String> overlayLinks,
      Function<String, String> overlayTooltip,
      String legendNote) {

    /** A map without overlay links or legend note. */
    public Spec(
        String id,
        String title,
        String description,
        Map<String, Double> values,
        ColorScale scale,
        String legendTitle,
        String source,
        Function<String, String> links,
        Function<String, String> tooltip,
        String selected) {
      this(
          id,
          title,
          description,
          values,
          scale,
          legendTitle,
          source,
          links,
          tooltip,
          selected,
          null,
          null,
          null);
    }
  }

  /**
   * Above this many shapes (France by commune: 34 868) each shape is a bare path grouped by colour,
   * without its own link and title (they would double the SVG's weight for targets a few pixels
   * wide); the overlay shapes carry the links instead.
   */
  static final int COMPACT_ABOVE = 3000;

  private ChoroplethMap() {}

  public static String render(MapLayout layout, Spec spec, Lang lang) {
    double legendHeight =
        82 + (spec.legendNote() == null ? 0 : 14 * Svg.wrap(spec.legendNote(), 115).size());
    Svg svg =
        new Svg(
            layout.width(),
            layout.height() + legendHeight,
            spec.id(),
            spec.title(),
            spec.description());
    for (MapLayout.Inset inset : layout.insets()) {
      svg.empty(
          "rect",
          "x",
          Svg.num(inset.x()),
          "y",
          Svg.num(inset.y()),
          "width",
          Svg.num(inset.width()),
          "height",
          Svg.num(inset.height()),
          "class",
          "inset");
      svg.text(
          "text",
          inset.name(),
          "x",
          Svg.num(inset.x() + 4),
          "y",
          Svg.num(inset.y() + 12),
          "class",
          "inset-label");
    }
    // "no data" is hatched, not only grey, so it never reads as a class of the scale
    String noData = spec.id() + "-nodata";
    svg.open("defs");
    svg.open(
        "pattern", "id", noData, "patternUnits", "userSpaceOnUse", "width", "6", "height", "6");
    svg.empty("rect", "width", "6", "height", "6", "fill", ColorScale.NO_DATA_COLOUR);
    svg.empty("path", "d", "M0 6L6 0M-1 1L1 -1M5 7L7 5", "stroke", "#8c8c8c", "stroke-width", "1");
    svg.close("pattern");
    svg.close("defs");
    String noDataFill = "url(#" + noData + ")";
    if (layout.shapes().size() > COMPACT_ABOVE) {
      renderCompact(svg, layout, spec, noDataFill);
    } else {
      renderShapes(svg, layout, spec, noDataFill);
    }
    for (MapLayout.Shape shape : layout.overlay()) {
      String href = spec.overlayLinks() == null ? null : spec.overlayLinks().apply(shape.code());
      if (href != null) {
        svg.openLink(
            href,
            spec.overlayTooltip() == null
                ? shape.name()
                : spec.overlayTooltip().apply(shape.code()));
      }
      svg.empty("path", "d", shape.path(), "class", "overlay", "data-code", shape.code());
      if (href != null) {
        svg.close("a");
      }
    }
    drawLegend(svg, layout, spec, lang, noDataFill);
    return svg.finish();
  }

  /** Shapes grouped by fill colour, one bare path each (see {@link #COMPACT_ABOVE}). */
  private static void renderCompact(Svg svg, MapLayout layout, Spec spec, String noDataFill) {
    Map<String, java.util.List<MapLayout.Shape>> byFill = new java.util.LinkedHashMap<>();
    for (String colour : spec.scale().colours()) {
      byFill.put(colour, new java.util.ArrayList<>());
    }
    byFill.put(noDataFill, new java.util.ArrayList<>());
    for (MapLayout.Shape shape : layout.shapes()) {
      Double value = spec.values().get(shape.code());
      String fill =
          value == null || value.isNaN() ? noDataFill : spec.scale().colour(value.doubleValue());
      byFill.computeIfAbsent(fill, f -> new java.util.ArrayList<>()).add(shape);
    }
    byFill.forEach(
        (fill, shapes) -> {
          if (shapes.isEmpty()) {
            return;
          }
          svg.open("g", "fill", fill, "class", "area compact", "fill-rule", "evenodd");
          for (MapLayout.Shape shape : shapes) {
            svg.empty("path", "d", shape.path(), "data-code", shape.code());
          }
          svg.close("g");
        });
    for (MapLayout.Shape shape : layout.shapes()) {
      if (shape.code().equals(spec.selected())) {
        svg.empty("path", "d", shape.path(), "class", "selected", "fill", "none");
      }
    }
  }

  private static void renderShapes(Svg svg, MapLayout layout, Spec spec, String noDataFill) {
    MapLayout.Shape selectedShape = null;
    for (MapLayout.Shape shape : layout.shapes()) {
      Double value = spec.values().get(shape.code());
      String fill =
          value == null || value.isNaN() ? noDataFill : spec.scale().colour(value.doubleValue());
      String href = spec.links() == null ? null : spec.links().apply(shape.code());
      String tooltip = spec.tooltip().apply(shape.code());
      if (href != null) {
        svg.openLink(href, tooltip);
      } else {
        svg.open("g");
        svg.text("title", tooltip);
      }
      svg.empty(
          "path",
          "d",
          shape.path(),
          "fill",
          fill,
          "class",
          "area",
          "data-code",
          shape.code(),
          "fill-rule",
          "evenodd");
      svg.close(href != null ? "a" : "g");
      if (shape.code().equals(spec.selected())) {
        selectedShape = shape;
      }
    }
    if (selectedShape != null) {
      svg.empty("path", "d", selectedShape.path(), "class", "selected", "fill", "none");
    }
  }

  /**
   * The key of a map's colours for the page (the same classes as the legend drawn in the map, for
   * readers whose map is too small to read): one entry per class, then "no data".
   */
  public static java.util.List<org.phare.web.chart.Figure.Key> key(ColorScale scale, Lang lang) {
    java.util.List<org.phare.web.chart.Figure.Key> key = new java.util.ArrayList<>();
    for (int i = 0; i < scale.colours().size(); i++) {
      key.add(
          org.phare.web.chart.Figure.Key.colour(scale.colours().get(i), scale.classLabel(i, lang)));
    }
    key.add(
        org.phare.web.chart.Figure.Key.colour(
            ColorScale.NO_DATA_COLOUR, lang.pick("pas de donnée (hachuré)", "no data (hatched)")));
    return key;
  }

  private static void drawLegend(
      Svg svg, MapLayout layout, Spec spec, Lang lang, String noDataFill) {
    double y = layout.height() + 8;
    svg.text("text", spec.legendTitle(), "x", "8", "y", Svg.num(y + 10), "class", "legend-title");
    int classes = spec.scale().colours().size();
    double x = 8;
    double boxWidth = Math.min(96, (layout.width() - 16) / (classes + 1));
    for (int i = 0; i < classes; i++) {
      svg.empty(
          "rect",
          "x",
          Svg.num(x),
          "y",
          Svg.num(y + 16),
          "width",
          Svg.num(boxWidth - 4),
          "height",
          "12",
          "fill",
          spec.scale().colours().get(i),
          "class",
          "legend-box");
      svg.text(
          "text",
          spec.scale().classLabel(i, lang),
          "x",
          Svg.num(x),
          "y",
          Svg.num(y + 40),
          "class",
          "legend-label");
      x += boxWidth;
    }
    svg.empty(
        "rect",
        "x",
        Svg.num(x),
        "y",
        Svg.num(y + 16),
        "width",
        Svg.num(boxWidth - 4),
        "height",
        "12",
        "fill",
        noDataFill,
        "class",
        "legend-box");
    svg.text(
        "text",
        lang.pick("pas de donnée", "no data"),
        "x",
        Svg.num(x),
        "y",
        Svg.num(y + 40),
        "class",
        "legend-label");
    String insetNote =
        layout.insets().isEmpty()
            ? ""
            : lang.pick(
                " Outre-mer en médaillons (échelles propres).",
                " Overseas in insets (own scales).");
    double noteY = y + 58;
    if (spec.legendNote() != null) {
      noteY += 14 * svg.note(spec.legendNote(), 8, noteY, 115);
    }
    svg.note(spec.source() + insetNote, 8, noteY, 115);
  }
}
