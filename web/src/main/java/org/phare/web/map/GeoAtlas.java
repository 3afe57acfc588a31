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
import java.util.concurrent.ConcurrentHashMap;
import org.phare.core.territory.Level;
import org.phare.store.geo.CommuneOutlines;

/**
 * The outlines of regions and départements, read once from the GeoJSON files of the open-data
 * folder ({@code geo/regions-avec-outre-mer.geojson} and {@code
 * geo/departements-avec-outre-mer.geojson}: IGN ADMIN EXPRESS 2018, which still matches the 2026
 * COG for these two levels); the outlines of communes and EPCI from {@link CommuneOutlines} (built
 * with JTS once, cached on disk), loaded on first use and shared by every atlas of the same folder
 * in the process. Immutable after loading.
 */
public final class GeoAtlas {

  public static final String SOURCE = "IGN – ADMIN EXPRESS 2018 (via gregoiredavid/france-geojson)";

  public static final String COMMUNE_SOURCE = CommuneOutlines.SOURCE;

  /** Commune and EPCI outlines per open-data folder, built or read once per process. */
  private static final Map<Path, Fine> FINE = new ConcurrentHashMap<>();

  /**
   * Where the commune outline cache lives: the {@code phare.geo.cache} system property, else {@code
   * phare-geo-cache} in the temporary folder (kept across runs, rebuilt when a source changes).
   */
  public static Path defaultCacheDir() {
    String property = System.getProperty("phare.geo.cache");
    return property != null && !property.isBlank()
        ? Path.of(property)
        : Path.of(System.getProperty("java.io.tmpdir"), "phare-geo-cache");
  }

  /**
   * Commune and EPCI outlines for drawing: detailed (a département or EPCI map) and coarse (France)
   * versions of the same coverage, and their areas.
   */
  private record Fine(
      Map<Level, Map<String, Outline>> detailed,
      Map<Level, Map<String, Outline>> coarse,
      Map<Level, Map<String, Double>> areas) {}

  private final Map<Level, Map<String, Outline>> outlines;
  private final Map<Level, Map<String, Double>> areas = new LinkedHashMap<>();
  private final Path openDataDir;
  private final Path cacheDir;

  private GeoAtlas(Map<Level, Map<String, Outline>> outlines, Path openDataDir, Path cacheDir) {
    this.outlines = outlines;
    this.openDataDir = openDataDir;
    this.cacheDir = cacheDir;
    outlines.forEach(
        (level, byCode) -> {
          Map<String, Double> byCodeArea = new LinkedHashMap<>();
          byCode.forEach((code, outline) -> byCodeArea.put(code, outline.areaKm2()));
          areas.put(level, Collections.unmodifiableMap(byCodeArea));
        });
  }

  /**
   * Equal-area surface in km² (see {@link Outline#areaKm2()}; communes and EPCI from their
   * unsimplified outlines, {@link CommuneOutlines}), NaN without an outline.
   */
  public double areaKm2(Level level, String code) {
    Double area = areasOf(level).get(code);
    return area == null ? Double.NaN : area;
  }

  /** Sum of the areas of a level's outlines (France with its overseas regions). */
  public double totalAreaKm2(Level level) {
    return areasOf(level).values().stream().mapToDouble(d -> d).sum();
  }

  private Map<String, Double> areasOf(Level level) {
    if (level == Level.COMMUNE || level == Level.EPCI) {
      return fine().areas().getOrDefault(level, Map.of());
    }
    return areas.getOrDefault(level, Map.of());
  }

  /** Whether this atlas can draw communes and EPCI (the commune outline files are present). */
  public boolean hasCommunes() {
    return openDataDir != null && Files.isDirectory(openDataDir.resolve("geo/communes"));
  }

  /** Loads the commune and EPCI outlines now (at start-up, in the background). */
  public void warmUp() {
    if (hasCommunes()) {
      fine();
    }
  }

  private Fine fine() {
    if (!hasCommunes()) {
      return new Fine(Map.of(), Map.of(), Map.of());
    }
    return FINE.computeIfAbsent(openDataDir.toAbsolutePath().normalize(), dir -> buildFine());
  }

  private Fine buildFine() {
    CommuneOutlines source = CommuneOutlines.load(openDataDir, cacheDir);
    Map<String, Outline> departements = outlines.getOrDefault(Level.DEPARTEMENT, Map.of());
    Map<Level, Map<String, Outline>> detailed = new LinkedHashMap<>();
    Map<Level, Map<String, Outline>> coarse = new LinkedHashMap<>();
    Map<Level, Map<String, Double>> surfaces = new LinkedHashMap<>();
    for (Level level : List.of(Level.COMMUNE, Level.EPCI)) {
      Map<String, CommuneOutlines.Shape> shapes =
          level == Level.COMMUNE ? source.communes() : source.epci();
      Map<String, Outline> d = new LinkedHashMap<>();
      Map<String, Outline> c = new LinkedHashMap<>();
      Map<String, Double> a = new LinkedHashMap<>();
      for (CommuneOutlines.Shape shape : shapes.values()) {
        String inset = shape.overseas() ? shape.departement() : null;
        String insetName =
            inset == null
                ? null
                : Optional.ofNullable(departements.get(inset)).map(Outline::name).orElse(inset);
        d.put(
            shape.code(),
            new Outline(
                shape.code(),
                shape.name(),
                shape.fine().rings(),
                shape.fine().holes(),
                inset,
                insetName));
        c.put(
            shape.code(),
            new Outline(
                shape.code(),
                shape.name(),
                shape.coarse().rings(),
                shape.coarse().holes(),
                inset,
                insetName));
        a.put(shape.code(), shape.areaKm2());
      }
      detailed.put(level, Collections.unmodifiableMap(d));
      coarse.put(level, Collections.unmodifiableMap(c));
      surfaces.put(level, Collections.unmodifiableMap(a));
    }
    return new Fine(detailed, coarse, surfaces);
  }

  /**
   * Reads the two outline files of {@code geoDir}; communes and EPCI come from {@code
   * geoDir/communes} with the cache in {@link #defaultCacheDir()}.
   *
   * @throws UncheckedIOException naming the file when it is missing or not valid GeoJSON
   */
  public static GeoAtlas load(Path geoDir) {
    return load(geoDir, defaultCacheDir());
  }

  /** As {@link #load(Path)}, with the commune outline cache in {@code cacheDir}. */
  public static GeoAtlas load(Path geoDir, Path cacheDir) {
    Map<Level, Map<String, Outline>> outlines = new LinkedHashMap<>();
    outlines.put(
        Level.REGION, read(geoDir.resolve("regions-avec-outre-mer.geojson"), Level.REGION));
    outlines.put(
        Level.DEPARTEMENT,
        read(geoDir.resolve("departements-avec-outre-mer.geojson"), Level.DEPARTEMENT));
    return new GeoAtlas(
        Collections.unmodifiableMap(outlines), geoDir.toAbsolutePath().getParent(), cacheDir);
  }

  /**
   * Outlines of a level by code: regions and départements as published; communes and EPCI in their
   * detailed version (maps of a département or an EPCI); empty for the country.
   */
  public Map<String, Outline> outlines(Level level) {
    if (level == Level.COMMUNE || level == Level.EPCI) {
      return fine().detailed().getOrDefault(level, Map.of());
    }
    return outlines.getOrDefault(level, Map.of());
  }

  /**
   * Outlines for a map of the whole of France: communes and EPCI in their coarse version ({@link
   * CommuneOutlines#COARSE_TOLERANCE_DEG}); other levels as {@link #outlines(Level)}.
   */
  public Map<String, Outline> outlinesForFrance(Level level) {
    if (level == Level.COMMUNE || level == Level.EPCI) {
      return fine().coarse().getOrDefault(level, Map.of());
    }
    return outlines(level);
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
      boolean overseas = Outline.isOverseas(level, code);
      byCode.put(
          code,
          new Outline(code, name, rings, holes, overseas ? code : null, overseas ? name : null));
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
