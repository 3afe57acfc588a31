package org.phare.store.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.phare.core.geo.EqualArea;

/**
 * Outlines of the 2026 communes and EPCI, built from the IGN ADMIN EXPRESS 2018 commune outlines
 * ({@code geo/communes/*.geojson}, COG 2018 codes) and the 2026 COG ({@code
 * decoupage-administratif/communes.json} and {@code epci.json}):
 *
 * <ul>
 *   <li>a 2026 commune is the union of the 2018 outlines of its own code and of its {@code
 *       anciensCodes} (every commune merged since 2018 is listed in exactly one of them, see the
 *       data's PROVENANCE.md); the 8 communes re-created since 2018 and the COM have no outline;
 *   <li>an EPCI is the union of its member communes ({@code membres});
 *   <li>areas (km², equal-area on the GRS80 authalic sphere, {@link EqualArea}) are computed on the
 *       unsimplified unions;
 *   <li>drawing outlines are simplified with JTS's {@link CoverageSimplifier} on the whole coverage
 *       of communes (topology-preserving: a border shared by two communes is simplified once, so
 *       neighbours still touch and never overlap), at two tolerances: {@link #FINE_TOLERANCE_DEG}
 *       for maps of a département or an EPCI, {@link #COARSE_TOLERANCE_DEG} for maps of France.
 *       EPCI drawing outlines are the coverage unions of their simplified communes, so EPCI and
 *       commune borders coincide.
 * </ul>
 *
 * <p>Building takes tens of seconds, so it is done once and cached in a file keyed by the SHA-256
 * of the source files and of {@link #FORMAT} (change either and the cache is rebuilt).
 */
public final class CommuneOutlines {

  /** Simplification tolerance for maps of one département or EPCI (≈ 50 m, below a pixel). */
  public static final double FINE_TOLERANCE_DEG = 0.0005;

  /** Simplification tolerance for the map of France (≈ 1 km: a 640 px map has ≈ 1,6 km/px). */
  public static final double COARSE_TOLERANCE_DEG = 0.01;

  /** Cache format; part of the cache key. */
  static final String FORMAT =
      "commune-outlines-v2;" + FINE_TOLERANCE_DEG + ";" + COARSE_TOLERANCE_DEG;

  public static final String SOURCE =
      "IGN – ADMIN EXPRESS COG 2018 (via gregoiredavid/france-geojson), COG 2026";

  /**
   * Rings of a (multi)polygon in WGS84 longitude/latitude, each closed; holes told apart by {@code
   * holes}.
   */
  public record Rings(List<double[][]> rings, List<Boolean> holes) {
    public Rings {
      rings = List.copyOf(rings);
      holes = List.copyOf(holes);
    }
  }

  /**
   * A commune or EPCI outline.
   *
   * @param code COG code (commune) or SIREN (EPCI)
   * @param name name in the 2026 COG
   * @param areaKm2 equal-area surface of the unsimplified outline
   * @param overseas in a DROM (commune code 97…; EPCI whose communes are)
   * @param departement the département code (of the commune; of an EPCI's first member commune)
   * @param fine outline simplified at {@link #FINE_TOLERANCE_DEG}
   * @param coarse outline simplified at {@link #COARSE_TOLERANCE_DEG}
   */
  public record Shape(
      String code,
      String name,
      double areaKm2,
      boolean overseas,
      String departement,
      Rings fine,
      Rings coarse) {}

  private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

  private final Map<String, Shape> communes;
  private final Map<String, Shape> epci;

  private CommuneOutlines(Map<String, Shape> communes, Map<String, Shape> epci) {
    this.communes = Collections.unmodifiableMap(communes);
    this.epci = Collections.unmodifiableMap(epci);
  }

  /** 2026 communes with an outline, by code. */
  public Map<String, Shape> communes() {
    return communes;
  }

  /** EPCI with an outline, by SIREN. */
  public Map<String, Shape> epci() {
    return epci;
  }

  /**
   * Reads the cached outlines from {@code cacheDir}, or builds them from {@code openDataDir} and
   * writes the cache (atomically, so concurrent starts never read a half-written file).
   *
   * @throws UncheckedIOException naming the file that cannot be read
   */
  public static CommuneOutlines load(Path openDataDir, Path cacheDir) {
    String key = checksum(openDataDir);
    Path cached = cacheDir.resolve("commune-outlines-" + key.substring(0, 16) + ".bin.gz");
    if (Files.isRegularFile(cached)) {
      try {
        return read(cached);
      } catch (IOException | ParseException | RuntimeException e) {
        // a damaged cache is rebuilt below
      }
    }
    CommuneOutlines built = build(openDataDir);
    try {
      Files.createDirectories(cacheDir);
      Path temporary = Files.createTempFile(cacheDir, "commune-outlines", ".tmp");
      built.write(temporary);
      Files.move(
          temporary, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // without a writable cache folder the outlines are rebuilt at the next start: slower, not
      // wrong
    }
    return built;
  }

  /** Source files in a fixed order: the commune outline files, then the COG files. */
  static List<Path> sources(Path openDataDir) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(openDataDir.resolve("geo/communes"))) {
      list.filter(p -> p.getFileName().toString().endsWith(".geojson"))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list commune outlines in " + openDataDir.resolve("geo/communes"), e);
    }
    files.add(openDataDir.resolve("decoupage-administratif/communes.json"));
    files.add(openDataDir.resolve("decoupage-administratif/epci.json"));
    return files;
  }

  /** SHA-256 of {@link #FORMAT} and of the source files' names and bytes, in hexadecimal. */
  static String checksum(Path openDataDir) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(FORMAT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] buffer = new byte[1 << 16];
      for (Path file : sources(openDataDir)) {
        digest.update(
            file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
          while (in.read(buffer) >= 0) {
            // reading updates the digest
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Builds the outlines from the source files (tens of seconds). */
  public static CommuneOutlines build(Path openDataDir) {
    ObjectMapper json = new ObjectMapper();
    List<Path> files = sources(openDataDir);
    Map<String, Geometry> outlines2018 = outlines2018(openDataDir);
    JsonNode cog = readJson(json, files.get(files.size() - 2));
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> departements = new ArrayList<>();
    List<Geometry> unions = new ArrayList<>();
    for (JsonNode commune : cog) {
      if (!"commune-actuelle".equals(commune.path("type").asText())) {
        continue;
      }
      String code = commune.path("code").asText();
      List<Geometry> parts = new ArrayList<>();
      if (outlines2018.containsKey(code)) {
        parts.add(outlines2018.get(code));
      }
      for (JsonNode old : commune.path("anciensCodes")) {
        Geometry part = outlines2018.get(old.asText());
        if (part != null) {
          parts.add(part);
        }
      }
      if (parts.isEmpty()) {
        continue; // COM, TAAF, and the few communes re-created since 2018
      }
      codes.add(code);
      names.add(commune.path("nom").asText());
      departements.add(commune.path("departement").asText());
      unions.add(parts.size() == 1 ? parts.get(0) : polygonal(UnaryUnionOp.union(parts)));
    }
    Geometry[] coverage = unions.toArray(new Geometry[0]);
    Geometry[] fine = CoverageSimplifier.simplify(coverage, FINE_TOLERANCE_DEG);
    Geometry[] coarse = CoverageSimplifier.simplify(coverage, COARSE_TOLERANCE_DEG);
    Map<String, Shape> communes = new LinkedHashMap<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < coverage.length; i++) {
      String code = codes.get(i);
      index.put(code, i);
      communes.put(
          code,
          new Shape(
              code,
              names.get(i),
              areaKm2(coverage[i]),
              code.startsWith("97"),
              departements.get(i),
              rings(fine[i]),
              rings(coarse[i])));
    }
    Map<String, Shape> epci = new LinkedHashMap<>();
    for (JsonNode group : readJson(json, files.get(files.size() - 1))) {
      List<Geometry> whole = new ArrayList<>();
      List<Geometry> fineParts = new ArrayList<>();
      List<Geometry> coarseParts = new ArrayList<>();
      boolean overseas = false;
      String departement = null;
      for (JsonNode member : group.path("membres")) {
        Integer i = index.get(member.path("code").asText());
        if (i != null) {
          whole.add(coverage[i]);
          fineParts.add(fine[i]);
          coarseParts.add(coarse[i]);
          overseas |= codes.get(i).startsWith("97");
          departement = departement == null ? departements.get(i) : departement;
        }
      }
      if (whole.isEmpty()) {
        continue;
      }
      String code = group.path("code").asText();
      epci.put(
          code,
          new Shape(
              code,
              group.path("nom").asText(),
              areaKm2(union(whole)),
              overseas,
              departement,
              rings(union(fineParts)),
              rings(union(coarseParts))));
    }
    return new CommuneOutlines(communes, epci);
  }

  /** The 2018 commune outlines as published (valid geometries), by COG 2018 code. */
  static Map<String, Geometry> outlines2018(Path openDataDir) {
    ObjectMapper json = new ObjectMapper();
    Map<String, Geometry> outlines = new LinkedHashMap<>();
    List<Path> files = sources(openDataDir);
    for (Path file : files.subList(0, files.size() - 2)) {
      readOutlines(json, file, outlines);
    }
    return outlines;
  }

  /**
   * Union of adjacent polygons of a coverage: {@link CoverageUnion} (fast, exact on shared edges),
   * or the general overlay union when the parts are not a clean coverage.
   */
  static Geometry union(List<Geometry> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Geometry[] coverage = parts.toArray(new Geometry[0]);
    try {
      Geometry union = CoverageUnion.union(coverage);
      if (union != null && union.isValid()) {
        return polygonal(union);
      }
    } catch (RuntimeException e) {
      // not a valid coverage (overlapping source outlines): the general union below
    }
    return polygonal(UnaryUnionOp.union(parts));
  }

  /** The polygonal part of a union (drops stray lines and points an overlay may leave). */
  private static Geometry polygonal(Geometry geometry) {
    if (geometry instanceof Polygonal) {
      return geometry;
    }
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      for (int j = 0; j < part.getNumGeometries(); j++) {
        if (part.getGeometryN(j) instanceof Polygon polygon) {
          polygons.add(polygon);
        }
      }
    }
    return GEOMETRIES.createMultiPolygon(polygons.toArray(new Polygon[0]));
  }

  /** Equal-area surface in km² of a (multi)polygon of longitude/latitude, holes subtracted. */
  public static double areaKm2(Geometry geometry) {
    double total = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (!(geometry.getGeometryN(i) instanceof Polygon polygon)) {
        continue;
      }
      total += EqualArea.ringAreaM2(points(polygon.getExteriorRing()));
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        total -= EqualArea.ringAreaM2(points(polygon.getInteriorRingN(h)));
      }
    }
    return total / 1e6;
  }

  private static double[][] points(LinearRing ring) {
    Coordinate[] coordinates = ring.getCoordinates();
    double[][] points = new double[coordinates.length][];
    for (int i = 0; i < coordinates.length; i++) {
      points[i] = new double[] {coordinates[i].x, coordinates[i].y};
    }
    return points;
  }

  private static Rings rings(Geometry geometry) {
    List<double[][]> rings = new ArrayList<>();
    List<Boolean> holes = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (!(geometry.getGeometryN(i) instanceof Polygon polygon) || polygon.isEmpty()) {
        continue;
      }
      rings.add(points(polygon.getExteriorRing()));
      holes.add(false);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        rings.add(points(polygon.getInteriorRingN(h)));
        holes.add(true);
      }
    }
    return new Rings(rings, holes);
  }

  private static Geometry geometry(Rings rings) {
    List<Polygon> polygons = new ArrayList<>();
    LinearRing shell = null;
    List<LinearRing> holes = new ArrayList<>();
    for (int i = 0; i <= rings.rings().size(); i++) {
      if (i == rings.rings().size() || !rings.holes().get(i)) {
        if (shell != null) {
          polygons.add(GEOMETRIES.createPolygon(shell, holes.toArray(new LinearRing[0])));
        }
        if (i == rings.rings().size()) {
          break;
        }
        shell = ring(rings.rings().get(i));
        holes = new ArrayList<>();
      } else {
        holes.add(ring(rings.rings().get(i)));
      }
    }
    return GEOMETRIES.createMultiPolygon(polygons.toArray(new Polygon[0]));
  }

  private static LinearRing ring(double[][] points) {
    Coordinate[] coordinates = new Coordinate[points.length];
    for (int i = 0; i < points.length; i++) {
      coordinates[i] = new Coordinate(points[i][0], points[i][1]);
    }
    return GEOMETRIES.createLinearRing(coordinates);
  }

  private static JsonNode readJson(ObjectMapper json, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads one GeoJSON file of commune outlines into {@code into} (code → valid geometry). */
  private static void readOutlines(ObjectMapper json, Path file, Map<String, Geometry> into) {
    int index = 0;
    for (JsonNode feature : readJson(json, file).path("features")) {
      String where = file + ", feature " + index++;
      String code = feature.path("properties").path("code").asText(null);
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException(where + ": property 'code' is missing");
      }
      JsonNode geometry = feature.path("geometry");
      List<Polygon> polygons = new ArrayList<>();
      switch (geometry.path("type").asText()) {
        case "Polygon" -> polygons.add(polygon(geometry.path("coordinates"), where));
        case "MultiPolygon" -> {
          for (JsonNode polygon : geometry.path("coordinates")) {
            polygons.add(polygon(polygon, where));
          }
        }
        default ->
            throw new IllegalArgumentException(
                where + ": geometry type '" + geometry.path("type").asText() + "' not supported");
      }
      Geometry outline = GEOMETRIES.createMultiPolygon(polygons.toArray(new Polygon[0]));
      if (!outline.isValid()) {
        outline = polygonal(GeometryFixer.fix(outline));
      }
      into.put(code, polygons.size() == 1 && outline.isValid() ? outline.getGeometryN(0) : outline);
    }
  }

  private static Polygon polygon(JsonNode polygon, String where) {
    LinearRing shell = null;
    List<LinearRing> holes = new ArrayList<>();
    for (JsonNode ring : polygon) {
      Coordinate[] coordinates = new Coordinate[ring.size()];
      for (int i = 0; i < ring.size(); i++) {
        JsonNode p = ring.get(i);
        if (p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
          throw new IllegalArgumentException(where + ": ring point " + i + " is not [lon, lat]");
        }
        coordinates[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
      }
      LinearRing linear = GEOMETRIES.createLinearRing(coordinates);
      if (shell == null) {
        shell = linear;
      } else {
        holes.add(linear);
      }
    }
    return GEOMETRIES.createPolygon(shell, holes.toArray(new LinearRing[0]));
  }

  private void write(Path file) throws IOException {
    WKBWriter wkb = new WKBWriter();
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
      out.writeUTF(FORMAT);
      for (Map<String, Shape> shapes : List.of(communes, epci)) {
        out.writeInt(shapes.size());
        for (Shape shape : shapes.values()) {
          out.writeUTF(shape.code());
          out.writeUTF(shape.name());
          out.writeDouble(shape.areaKm2());
          out.writeBoolean(shape.overseas());
          out.writeUTF(shape.departement());
          for (Rings rings : List.of(shape.fine(), shape.coarse())) {
            byte[] bytes = wkb.write(geometry(rings));
            out.writeInt(bytes.length);
            out.write(bytes);
          }
        }
      }
    }
  }

  private static CommuneOutlines read(Path file) throws IOException, ParseException {
    WKBReader wkb = new WKBReader(GEOMETRIES);
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      if (!FORMAT.equals(in.readUTF())) {
        throw new IOException(file + ": another cache format");
      }
      List<Map<String, Shape>> levels = new ArrayList<>();
      for (int level = 0; level < 2; level++) {
        int count = in.readInt();
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
          String code = in.readUTF();
          String name = in.readUTF();
          double area = in.readDouble();
          boolean overseas = in.readBoolean();
          String departement = in.readUTF();
          Rings[] detail = new Rings[2];
          for (int d = 0; d < 2; d++) {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            detail[d] = rings(wkb.read(bytes));
          }
          shapes.put(
              code, new Shape(code, name, area, overseas, departement, detail[0], detail[1]));
        }
        levels.add(shapes);
      }
      return new CommuneOutlines(levels.get(0), levels.get(1));
    }
  }
}
