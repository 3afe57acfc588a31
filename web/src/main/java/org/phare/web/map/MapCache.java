package org.phare.web.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.phare.core.territory.Level;

/**
 * Projected layouts are immutable and costly (projection of ~100 000 points): each (level, set of
 * codes) is computed once and kept for the life of the server.
 */
public final class MapCache {

  public static final double WIDTH = 640;
  public static final double MAIN_HEIGHT = 560;

  private final GeoAtlas atlas;
  private final double tolerancePx;
  private final Map<String, MapLayout> layouts = new ConcurrentHashMap<>();
  private volatile MapCache print;

  /** Layouts for the screen (simplified at {@link MapLayout#TOLERANCE_PX}). */
  public MapCache(GeoAtlas atlas) {
    this(atlas, MapLayout.TOLERANCE_PX);
  }

  private MapCache(GeoAtlas atlas, double tolerancePx) {
    this.atlas = atlas;
    this.tolerancePx = tolerancePx;
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
          print = new MapCache(atlas, MapLayout.PRINT_TOLERANCE_PX);
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
    return layouts.computeIfAbsent(
        level.code() + ":*",
        key -> MapLayout.of(atlas.outlines(level).values(), WIDTH, MAIN_HEIGHT, true, tolerancePx));
  }

  /** A zoom on some territories of a level (the départements of a region). */
  public MapLayout zoom(Level level, Collection<String> codes) {
    TreeSet<String> sorted = new TreeSet<>(codes);
    return layouts.computeIfAbsent(
        level.code() + ":" + String.join(",", sorted),
        key -> {
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
