package org.phare.web.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.phare.core.territory.Level;
import org.phare.web.cache.Caches;
import org.phare.web.cache.VersionSource;
import org.phare.web.cache.VersionedCache;

/**
 * Projected layouts are immutable and costly (projection of ~100 000 points): each (level, set of
 * codes) is computed once and kept in a bounded cache. They depend on the outlines only (read at
 * start), not on any data version.
 */
public final class MapCache {

  /**
   * France per level and the zooms in use (a region's départements, a département's communes or
   * EPCI, an EPCI's communes): a few hundred, the largest (France by commune) about 3 MB.
   */
  static final int LAYOUTS = 512;

  public static final double WIDTH = 640;
  public static final double MAIN_HEIGHT = 560;

  private final GeoAtlas atlas;
  private final double tolerancePx;
  private final Caches caches;
  private final VersionedCache<MapLayout> layouts;
  private volatile MapCache print;

  /** Layouts for the screen (simplified at {@link MapLayout#TOLERANCE_PX}). */
  public MapCache(GeoAtlas atlas, Caches caches) {
    this(atlas, caches, MapLayout.TOLERANCE_PX, "map-layouts");
  }

  /** Over fixed data, with caches of its own (tests, benchmarks). */
  public MapCache(GeoAtlas atlas) {
    this(atlas, new Caches(VersionSource.constant()));
  }

  private MapCache(GeoAtlas atlas, Caches caches, double tolerancePx, String name) {
    this.atlas = atlas;
    this.caches = caches;
    this.tolerancePx = tolerancePx;
    this.layouts = caches.create(name, LAYOUTS);
  }

  /**
   * The layouts for print (PDF): same atlas, outlines simplified at {@link
   * MapLayout#PRINT_TOLERANCE_PX}, cached separately.
   */
  public MapCache forPrint() {
    MapCache p = print;
    if (p == null) {
      synchronized (this) {
        if (print == null) {
          print = new MapCache(atlas, caches, MapLayout.PRINT_TOLERANCE_PX, "map-layouts-print");
        }
        p = print;
      }
    }
    return p;
  }

  public GeoAtlas atlas() {
    return atlas;
  }

  /**
   * The whole level (France with overseas insets). Communes and EPCI are drawn from their coarse
   * coverage-simplified outlines, unthinned (see {@link #pixelTolerance}), with the départements as
   * an overlay (the map's drill-down targets: a commune is a few pixels wide at this scale).
   */
  public MapLayout france(Level level) {
    return layouts.get(
        level.code() + ":*",
        () ->
            MapLayout.of(
                atlas.outlinesForFrance(level).values(),
                fineLevel(level) ? atlas.outlines(Level.DEPARTEMENT).values() : List.of(),
                WIDTH,
                MAIN_HEIGHT,
                true,
                pixelTolerance(level)));
  }

  private static boolean fineLevel(Level level) {
    return level == Level.COMMUNE || level == Level.EPCI;
  }

  /**
   * Communes and EPCI are already simplified as a coverage (shared borders simplified once):
   * thinning each ring again in pixel space would part neighbours, so only points falling on the
   * same tenth of a pixel are merged.
   */
  private double pixelTolerance(Level level) {
    return fineLevel(level) ? 0 : tolerancePx;
  }

  /**
   * A zoom on some territories of a level (the départements of a region, the communes of an EPCI or
   * a département, the EPCI of a département).
   */
  public MapLayout zoom(Level level, Collection<String> codes) {
    TreeSet<String> sorted = new TreeSet<>(codes);
    return layouts.get(
        level.code() + ":" + String.join(",", sorted),
        () -> {
          List<Outline> outlines = new ArrayList<>();
          for (String code : sorted) {
            atlas.outline(level, code).ifPresent(outlines::add);
          }
          if (outlines.isEmpty()) {
            throw new IllegalArgumentException("no outline for " + level.code() + " " + sorted);
          }
          return MapLayout.of(outlines, List.of(), WIDTH, 480, false, pixelTolerance(level));
        });
  }
}
