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

  /** France per level and the zooms in use (a region's départements): a few dozen. */
  static final int LAYOUTS = 128;

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

  /** The whole level (France with overseas insets). */
  public MapLayout france(Level level) {
    return layouts.get(
        level.code() + ":*",
        () -> MapLayout.of(atlas.outlines(level).values(), WIDTH, MAIN_HEIGHT, true, tolerancePx));
  }

  /** A zoom on some territories of a level (the départements of a region). */
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
          return MapLayout.of(outlines, WIDTH, 480, false, tolerancePx);
        });
  }
}
