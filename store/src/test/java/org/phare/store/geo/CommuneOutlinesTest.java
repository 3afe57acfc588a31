package org.phare.store.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.phare.core.testing.SharedData;

class CommuneOutlinesTest {

  @TempDir static Path cache;

  static CommuneOutlines outlines;
  static Map<String, Geometry> outlines2018;
  static long buildMillis;

  @BeforeAll
  static void build() {
    long start = System.nanoTime();
    outlines = CommuneOutlines.load(SharedData.dataDir(), cache);
    buildMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("commune outlines built in " + buildMillis + " ms");
    outlines2018 = CommuneOutlines.outlines2018(SharedData.dataDir());
  }

  @Test
  void every_current_commune_with_a_2018_outline_has_one() {
    // PROVENANCE.md: 34,969 current communes, 101 without outline (93 COM/TAAF/Clipperton and 8
    // re-created since 2018), so 34,868 with an outline.
    assertThat(outlines.communes()).hasSize(34_868).containsKeys("45234", "2A004", "97411");
    assertThat(outlines.communes().get("97411").overseas()).isTrue();
    assertThat(outlines.communes().get("45234").overseas()).isFalse();
  }

  @Test
  void a_merged_commune_is_the_union_of_its_ancestors() {
    // Les Sables-d'Olonne (85194) absorbed Château-d'Olonne (85060) and Olonne-sur-Mer (85166) on
    // 1 January 2019 (communes.json anciensCodes); its 2026 outline is the union of the three 2018
    // outlines, so its area is the sum of theirs (adjacent communes do not overlap), to 0,5 %.
    double ancestors = 0;
    for (String code : List.of("85194", "85060", "85166")) {
      ancestors += CommuneOutlines.areaKm2(outlines2018.get(code));
    }
    CommuneOutlines.Shape sables = outlines.communes().get("85194");
    assertThat(sables.name()).isEqualTo("Les Sables-d'Olonne");
    assertThat(sables.areaKm2()).isCloseTo(ancestors, within(ancestors * 0.005));
    // and it is one piece: the three outlines touch, the union has a single outer ring
    assertThat(sables.fine().holes().stream().filter(h -> !h).count()).isEqualTo(1);
    assertThat(outlines.communes()).doesNotContainKeys("85060", "85166");
  }

  @Test
  void an_epci_is_the_union_of_its_communes() {
    // Orléans Métropole (SIREN 244500468), 22 member communes in epci.json: the area of the union
    // equals the sum of the member communes' areas to 0,5 %.
    CommuneOutlines.Shape metropole = outlines.epci().get("244500468");
    assertThat(metropole.name()).isEqualTo("Orléans Métropole");
    List<String> members =
        List.of(
            "45034", "45043", "45072", "45075", "45089", "45100", "45147", "45169", "45194",
            "45197", "45232", "45234", "45235", "45272", "45274", "45282", "45284", "45285",
            "45286", "45298", "45302", "45308");
    double sum = 0;
    for (String code : members) {
      sum += outlines.communes().get(code).areaKm2();
    }
    assertThat(metropole.areaKm2()).isCloseTo(sum, within(sum * 0.005));
    // INSEE gives 334,3 km² for Orléans Métropole; outlines simplified 25 %, so 2 %
    assertThat(metropole.areaKm2()).isCloseTo(334.3, within(6.7));
  }

  @Test
  void the_cache_is_read_back_identical() {
    long start = System.nanoTime();
    CommuneOutlines again = CommuneOutlines.load(SharedData.dataDir(), cache);
    long readMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("commune outlines read from cache in " + readMillis + " ms");
    assertThat(again.communes().keySet()).isEqualTo(outlines.communes().keySet());
    assertThat(again.epci().keySet()).isEqualTo(outlines.epci().keySet());
    assertThat(again.communes().get("45234").areaKm2())
        .isEqualTo(outlines.communes().get("45234").areaKm2());
    assertThat(again.communes().get("45234").coarse().rings().get(0))
        .isDeepEqualTo(outlines.communes().get("45234").coarse().rings().get(0));
    assertThat(readMillis).isLessThan(buildMillis);
  }
}
