package org.phare.web.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.core.geo.EqualArea;
import org.phare.core.territory.Level;
import org.phare.core.testing.SharedData;

class GeoAtlasTest {

  static GeoAtlas atlas;

  @BeforeAll
  static void load() {
    atlas = GeoAtlas.load(SharedData.path("geo"));
  }

  @Test
  void reads_the_18_regions_and_101_departements_with_overseas() {
    assertThat(atlas.outlines(Level.REGION)).hasSize(18).containsKeys("24", "01", "06");
    assertThat(atlas.outlines(Level.DEPARTEMENT)).hasSize(101).containsKeys("2A", "976");
  }

  @Test
  void equal_area_surfaces_match_the_official_figures() {
    // INSEE "superficie" (IGN cadastral-independent figures, comparateur de territoires):
    // Centre-Val de Loire 39 151 km², Île-de-France 12 011 km², Loiret 6 775 km²,
    // Guyane 83 534 km². Outlines are simplified (25 % Visvalingam), so 1 % tolerance.
    assertThat(atlas.outline(Level.REGION, "24").orElseThrow().areaKm2())
        .isCloseTo(39_151, within(392.0));
    assertThat(atlas.outline(Level.REGION, "11").orElseThrow().areaKm2())
        .isCloseTo(12_011, within(121.0));
    assertThat(atlas.outline(Level.DEPARTEMENT, "45").orElseThrow().areaKm2())
        .isCloseTo(6_775, within(68.0));
    assertThat(atlas.outline(Level.REGION, "03").orElseThrow().areaKm2())
        .isCloseTo(83_534, within(836.0));
  }

  @Test
  void a_one_degree_cell_at_the_equator_has_the_spherical_area() {
    // Hand computation on the authalic sphere: R² · Δλ · (sin β₂ − sin β₁), with β ≈ φ near the
    // equator to 0.5 %: 6 371 007² · (π/180) · sin(1°) ≈ 12 364 km² (ellipsoidal reference value
    // 12 308 km² for the GRS80 cell 0-1°N, 0-1°E; tolerance 0.1 %).
    double[][] cell = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
    assertThat(EqualArea.ringAreaM2(cell) / 1e6).isCloseTo(12_308, within(12.3));
  }

  @Test
  void the_france_layout_puts_overseas_regions_in_insets() {
    MapLayout layout = new MapCache(atlas).france(Level.REGION);
    assertThat(layout.shapes()).hasSize(18);
    assertThat(layout.insets())
        .extracting(MapLayout.Inset::code)
        .containsExactlyInAnyOrder("01", "02", "03", "04", "06");
    for (MapLayout.Shape shape : layout.shapes()) {
      assertThat(shape.labelX()).isBetween(0.0, layout.width());
      assertThat(shape.labelY()).isBetween(0.0, layout.height());
    }
  }

  @Test
  void every_metropolitan_departement_is_drawn_inside_the_mainland_frame() {
    // Issue 14: départements 01-09 (Ain … Ariège) were drawn as overseas insets because their code
    // starts with 0, like the overseas regions' codes.
    MapLayout layout = new MapCache(atlas).france(Level.DEPARTEMENT);
    assertThat(layout.insets())
        .extracting(MapLayout.Inset::code)
        .containsExactly("971", "972", "973", "974", "976");
    assertThat(layout.shapes()).hasSize(101);
    for (MapLayout.Shape shape : layout.shapes()) {
      double maxY = maxY(shape.path());
      if (shape.code().startsWith("97")) {
        assertThat(maxY).as(shape.code()).isGreaterThan(MapCache.MAIN_HEIGHT);
      } else {
        assertThat(maxY)
            .as(shape.code() + " " + shape.name())
            .isLessThanOrEqualTo(MapCache.MAIN_HEIGHT);
      }
    }
    assertThat(layout.shapes()).extracting(MapLayout.Shape::code).contains("01", "09", "2A");
  }

  /** The largest y of a path's points ("M x y L x y … Z"). */
  private static double maxY(String path) {
    double max = -Double.MAX_VALUE;
    for (String ring : path.split("Z")) {
      for (String point : ring.split("[ML]")) {
        String[] xy = point.trim().split(" ");
        if (xy.length == 2) {
          max = Math.max(max, Double.parseDouble(xy[1]));
        }
      }
    }
    return max;
  }

  @Test
  void a_zoom_fits_only_the_given_departements() {
    MapLayout layout =
        new MapCache(atlas).zoom(Level.DEPARTEMENT, List.of("18", "28", "36", "37", "41", "45"));
    assertThat(layout.shapes())
        .extracting(MapLayout.Shape::code)
        .containsExactlyInAnyOrder("18", "28", "36", "37", "41", "45");
    assertThat(layout.insets()).isEmpty();
  }

  @Test
  void the_print_layout_draws_the_same_shapes_with_fewer_points() {
    MapCache screen = new MapCache(atlas);
    MapLayout forScreen = screen.france(Level.DEPARTEMENT);
    MapLayout forPrint = screen.forPrint().france(Level.DEPARTEMENT);
    assertThat(forPrint.shapes())
        .extracting(MapLayout.Shape::code)
        .containsExactlyElementsOf(forScreen.shapes().stream().map(MapLayout.Shape::code).toList());
    long screenPoints = forScreen.shapes().stream().mapToLong(s -> points(s.path())).sum();
    long printPoints = forPrint.shapes().stream().mapToLong(s -> points(s.path())).sum();
    assertThat(printPoints).isLessThan(screenPoints * 3 / 4);
    assertThat(screen.forPrint()).isSameAs(screen.forPrint());
  }

  private static long points(String path) {
    return path.chars().filter(c -> c == 'L' || c == 'M').count();
  }
}
