package org.phare.web.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phare.core.territory.Level;

/**
 * The outlines of regions and départements, read once from the GeoJSON files of the open-data
 * folder ({@code geo/regions-avec-outre-mer.geojson} and {@code
 * geo/departements-avec-outre-mer.geojson}: IGN ADMIN EXPRESS 2018, which still matches the 2026
 * COG for these two levels). Immutable after loading.
 */
public final class GeoAtlas {

  public static final String SOURCE = "IGN – ADMIN EXPRESS 2018 (via gregoiredavid/france-geojson)";

  private final Map<Level, Map<String, Outline>> outlines;
  private final Map<Level, Map<String, Double>> areas = new LinkedHashMap<>();

  private GeoAtlas(Map<Level, Map<String, Outline>> outlines) {
    this.outlines = outlines;
    outlines.forEach(
        (level, byCode) -> {
          Map<String, Double> byCodeArea = new LinkedHashMap<>();
          byCode.forEach((code, outline) -> byCodeArea.put(code, outline.areaKm2()));
          areas.put(level, Collections.unmodifiableMap(byCodeArea));
        });
  }

  /** Equal-area surface in km² (see {@link Outline#areaKm2()}), NaN without an outline. */
  public double areaKm2(Level level, String code) {
    Double area = areas.getOrDefault(level, Map.of()).get(code);
    return area == null ? Double.NaN : area;
  }

  /** Sum of the areas of a level's outlines (France with its overseas regions). */
  public double totalAreaKm2(Level level) {
    return areas.getOrDefault(level, Map.of()).values().stream().mapToDouble(d -> d).sum();
  }

  /**
   * Reads the two outline files of {@code geoDir}.
   *
   * @throws UncheckedIOException naming the file when it is missing or not valid GeoJSON
   */
  public static GeoAtlas load(Path geoDir) {
    Map<Level, Map<String, Outline>> outlines = new LinkedHashMap<>();
    outlines.put(
        Level.REGION, read(geoDir.resolve("regions-avec-outre-mer.geojson"), Level.REGION));
    outlines.put(
        Level.DEPARTEMENT,
        read(geoDir.resolve("departements-avec-outre-mer.geojson"), Level.DEPARTEMENT));
    return new GeoAtlas(Collections.unmodifiableMap(outlines));
  }

  /** Outlines of a level (REGION or DEPARTEMENT; empty for other levels), by code. */
  public Map<String, Outline> outlines(Level level) {
    return outlines.getOrDefault(level, Map.of());
  }

  public Optional<Outline> outline(Level level, String code) {
    return Optional.ofNullable(outlines(level).get(code));
  }

  private static Map<String, Outline> read(Path file, Level level) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read outlines from " + file + ": " + e.getMessage(), e);
    }
    JsonNode features = root.path("features");
    if (!features.isArray()) {
      throw new IllegalArgumentException(file + ": not a GeoJSON FeatureCollection");
    }
    Map<String, Outline> byCode = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode feature : features) {
      String where = file + ", feature " + index++;
      String code = feature.path("properties").path("code").asText(null);
      String name = feature.path("properties").path("nom").asText("");
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException(where + ": property 'code' is missing");
      }
      JsonNode geometry = feature.path("geometry");
      List<double[][]> rings = new ArrayList<>();
      List<Boolean> holes = new ArrayList<>();
      switch (geometry.path("type").asText()) {
        case "Polygon" -> addPolygon(geometry.path("coordinates"), rings, holes, where);
        case "MultiPolygon" -> {
          for (JsonNode polygon : geometry.path("coordinates")) {
            addPolygon(polygon, rings, holes, where);
          }
        }
        default ->
            throw new IllegalArgumentException(
                where + ": geometry type '" + geometry.path("type").asText() + "' not supported");
      }
      byCode.put(code, new Outline(code, name, rings, holes, Outline.isOverseas(level, code)));
    }
    return Collections.unmodifiableMap(byCode);
  }

  private static void addPolygon(
      JsonNode polygon, List<double[][]> rings, List<Boolean> holes, String where) {
    boolean outer = true;
    for (JsonNode ring : polygon) {
      double[][] points = new double[ring.size()][];
      for (int i = 0; i < ring.size(); i++) {
        JsonNode p = ring.get(i);
        if (p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
          throw new IllegalArgumentException(where + ": ring point " + i + " is not [lon, lat]");
        }
        points[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
      }
      rings.add(points);
      holes.add(!outer);
      outer = false;
    }
  }
}
