package org.phare.bench.map;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.phare.bench.OpenDataLocation;
import org.phare.core.territory.Level;
import org.phare.web.chart.ColorScale;
import org.phare.web.i18n.Lang;
import org.phare.web.map.ChoroplethMap;
import org.phare.web.map.GeoAtlas;
import org.phare.web.map.MapCache;
import org.phare.web.map.MapLayout;

/**
 * Timings of the commune and EPCI maps (issue 14; docs/benchmarks.md "Maps"): loading the commune
 * outlines (from the disk cache, or building them with JTS when the cache folder is empty),
 * projecting a layout once (cold), then drawing the SVG over a cached layout (warm: what a request
 * costs when the page cache misses, e.g. another domain or reference). The values drawn are the
 * communes' areas (real figures; the cost does not depend on them), classed in five quantile-like
 * fixed classes.
 *
 * <pre>
 * mvn -B -o -q -pl bench -am -DskipTests package
 * java -cp "bench/target/phare-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
 *     org.phare.bench.map.MapTimingReport [cache folder]
 * </pre>
 */
public final class MapTimingReport {

  private MapTimingReport() {}

  public static void main(String[] args) {
    Path geo = OpenDataLocation.dataDir().resolve("geo");
    Path cache = args.length > 0 ? Path.of(args[0]) : GeoAtlas.defaultCacheDir();
    long start = System.nanoTime();
    GeoAtlas atlas = GeoAtlas.load(geo, cache);
    atlas.warmUp();
    System.out.printf(
        Locale.ROOT,
        "commune and EPCI outlines loaded (cache %s): %.0f ms%n",
        cache,
        (System.nanoTime() - start) / 1e6);
    MapCache maps = new MapCache(atlas);
    time("France by commune", atlas, () -> maps.france(Level.COMMUNE), Level.COMMUNE);
    time("France by EPCI", atlas, () -> maps.france(Level.EPCI), Level.EPCI);
    List<String> loiret =
        atlas.outlines(Level.COMMUNE).keySet().stream().filter(c -> c.startsWith("45")).toList();
    time("Loiret by commune", atlas, () -> maps.zoom(Level.COMMUNE, loiret), Level.COMMUNE);
    time("France by département", atlas, () -> maps.france(Level.DEPARTEMENT), Level.DEPARTEMENT);
  }

  private static void time(String what, GeoAtlas atlas, Supplier<MapLayout> layoutOf, Level level) {
    long start = System.nanoTime();
    MapLayout layout = layoutOf.get();
    double layoutMs = (System.nanoTime() - start) / 1e6;
    Map<String, Double> values = new HashMap<>();
    for (String code : atlas.outlines(level).keySet()) {
      values.put(code, atlas.areaKm2(level, code));
    }
    ColorScale scale =
        new ColorScale(
            List.of(5.0, 10.0, 20.0, 50.0),
            List.of("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"));
    ChoroplethMap.Spec spec =
        new ChoroplethMap.Spec(
            "map",
            what,
            "Superficie (km²)",
            values,
            scale,
            "Superficie (km²)",
            "Contours : " + GeoAtlas.COMMUNE_SOURCE,
            code -> "/territoire/" + level.code() + "/" + code,
            code -> code,
            null,
            code -> "/?niveau=" + level.code() + "&dans=departement:" + code,
            code -> code,
            "Classes fixes");
    int runs = 15;
    double[] ms = new double[runs];
    int bytes = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      String svg = ChoroplethMap.render(layout, spec, Lang.FR);
      ms[i] = (System.nanoTime() - t) / 1e6;
      bytes = svg.getBytes(StandardCharsets.UTF_8).length;
    }
    double[] warm = Arrays.copyOfRange(ms, 5, runs);
    Arrays.sort(warm);
    System.out.printf(
        Locale.ROOT,
        "%-22s shapes %6d  layout (cold) %7.0f ms  SVG first %6.0f ms, warm median %6.1f ms, max %6.1f"
            + " ms  size %,d bytes%n",
        what,
        layout.shapes().size(),
        layoutMs,
        ms[0],
        warm[warm.length / 2],
        warm[warm.length - 1],
        bytes);
  }
}
