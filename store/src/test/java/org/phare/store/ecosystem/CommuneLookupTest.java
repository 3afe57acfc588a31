package org.phare.store.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.message.Rendered;

/** How forms designate a commune: by code, by name, or as "Name (code)". */
class CommuneLookupTest {

  /** The test referential plus two communes named Saint-Denis (Seine-Saint-Denis, La Réunion). */
  static final EcosystemStore STORE = new EcosystemStore(null, withTwoSaintDenis());

  static TerritoryReferential withTwoSaintDenis() {
    TerritoryReferential base = EcosystemDatabase.referential();
    List<Territory> all = new ArrayList<>();
    for (Level level : Level.values()) {
      all.addAll(base.all(level));
    }
    all.add(EcosystemDatabase.t(Level.COMMUNE, "93066", "Saint-Denis", Map.of()));
    all.add(EcosystemDatabase.t(Level.COMMUNE, "97411", "Saint-Denis", Map.of()));
    return new TerritoryReferential(all, Map.of("45999", "45234"));
  }

  @Test
  void a_commune_is_found_by_code_old_code_name_or_name_with_code() {
    assertThat(STORE.communeByCodeOrName("45234").name()).isEqualTo("Orléans");
    assertThat(STORE.communeByCodeOrName("45999").code()).isEqualTo("45234");
    assertThat(STORE.communeByCodeOrName("  orleans ").code()).isEqualTo("45234");
    assertThat(STORE.communeByCodeOrName("ORLÉANS").code()).isEqualTo("45234");
    assertThat(STORE.communeByCodeOrName("saint denis (97411)").code()).isEqualTo("97411");
    assertThat(STORE.communeByCodeOrName("Saint Denis (93066)").code()).isEqualTo("93066");
  }

  @Test
  void an_unknown_or_ambiguous_name_is_refused_naming_the_commune_field() {
    assertThatThrownBy(() -> STORE.communeByCodeOrName("Atlantis"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e ->
                assertThat(Rendered.french(e))
                    .isEqualTo(
                        "Commune « Atlantis » introuvable dans le référentiel des territoires :"
                            + " vérifiez le nom ou donnez le code INSEE."));
    assertThatThrownBy(() -> STORE.communeByCodeOrName("Saint-Denis"))
        .satisfies(
            e ->
                assertThat(Rendered.french(e))
                    .isEqualTo(
                        "Plusieurs communes s’appellent « Saint-Denis » : Saint-Denis (93066),"
                            + " Saint-Denis (97411). Précisez le code."));
    assertThatThrownBy(() -> STORE.communeByCodeOrName(" "))
        .hasMessageContaining("input.required[commune]");
    assertThatThrownBy(() -> STORE.communeByCodeOrName("99999"))
        .satisfies(e -> assertThat(Rendered.french(e)).startsWith("Commune « 99999 »"));
  }
}
