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
      String selected) {}

  private ChoroplethMap() {}

  public static String render(MapLayout layout, Spec spec, Lang lang) {
    double legendHeight = 82;
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
    MapLayout.Shape selectedShape = null;
    for (MapLayout.Shape shape : layout.shapes()) {
      Double value = spec.values().get(shape.code());
      String fill = spec.scale().colour(value == null ? Double.NaN : value);
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
    drawLegend(svg, layout, spec, lang);
    return svg.finish();
  }

  private static void drawLegend(Svg svg, MapLayout layout, Spec spec, Lang lang) {
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
        ColorScale.NO_DATA_COLOUR,
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
    svg.note(spec.source() + insetNote, 8, y + 58, 115);
  }
}
