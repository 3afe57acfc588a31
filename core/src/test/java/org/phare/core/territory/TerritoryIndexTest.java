package org.phare.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The lookup by level and code that imports use agrees with the lookup by territory id. */
class TerritoryIndexTest {

  static Territory commune(String code) {
    return new Territory(TerritoryId.of(Level.COMMUNE, code), code, 100, Map.of(), "metro");
  }

  @Provide
  Arbitrary<String> codes() {
    // COG-shaped codes (2A/2B for Corsica, 97xxx overseas) and other shapes: short, long, letters
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789").ofLength(5),
        Arbitraries.strings().withChars("012AB").ofLength(5),
        Arbitraries.strings().withChars("0123456789ABZ-").ofMinLength(1).ofMaxLength(7));
  }

  @Property(tries = 300)
  void index_by_code_equals_index_by_id(
      @ForAll("codesList") List<String> known, @ForAll("codes") String probe) {
    List<Territory> communes = new ArrayList<>();
    Set.copyOf(known).forEach(code -> communes.add(commune(code)));
    TerritoryReferential referential = new TerritoryReferential(communes, Map.of());
    for (String code : Set.copyOf(known)) {
      assertThat(referential.index(Level.COMMUNE, code))
          .isEqualTo(referential.index(TerritoryId.of(Level.COMMUNE, code)))
          .isNotNegative();
    }
    assertThat(referential.index(Level.COMMUNE, probe))
        .isEqualTo(referential.index(TerritoryId.of(Level.COMMUNE, probe)));
  }

  @Provide
  Arbitrary<List<String>> codesList() {
    return codes().list().ofMaxSize(60);
  }

  @Property(tries = 50)
  void absorbing_communes_are_known_by_index(@ForAll("codesList") List<String> known) {
    List<String> distinct = List.copyOf(Set.copyOf(known));
    if (distinct.isEmpty()) {
      return;
    }
    List<Territory> communes = new ArrayList<>();
    distinct.forEach(code -> communes.add(commune(code)));
    String absorbing = distinct.get(0);
    TerritoryReferential referential =
        new TerritoryReferential(communes, Map.of("old-" + absorbing, absorbing));
    for (String code : distinct) {
      int index = referential.index(Level.COMMUNE, code);
      assertThat(referential.absorbedOtherCommunes(index))
          .isEqualTo(referential.absorbedOtherCommunes(code))
          .isEqualTo(code.equals(absorbing));
    }
  }
}
