package org.phare.store.territory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.testing.SharedData;
import org.phare.store.TestPhare;

/** The referential as stored and read back, against the COG files read independently here. */
class TerritoryReferentialTest {

  static TerritoryReferential referential;
  static JsonNode communes;

  @BeforeAll
  static void load() throws IOException {
    referential = TestPhare.get().territories().referential();
    communes =
        new ObjectMapper()
            .readTree(SharedData.path("decoupage-administratif/communes.json").toFile());
  }

  /** Sum of the population of current communes, read straight from communes.json. */
  static long communePopulation(String field, String code) {
    long sum = 0;
    for (JsonNode commune : communes) {
      if ("commune-actuelle".equals(commune.path("type").asText())
          && code.equals(commune.path(field).asText())) {
        sum += commune.path("population").asLong(0);
      }
    }
    return sum;
  }

  @Test
  void departement_45_population_is_the_sum_of_its_communes() {
    IdentityCard card = referential.identityCard(TerritoryId.of(Level.DEPARTEMENT, "45"));
    assertThat(card.territory().name()).isEqualTo("Loiret");
    assertThat(card.population()).isEqualTo(communePopulation("departement", "45"));
    assertThat(card.communes()).isEqualTo(325);
  }

  @Test
  void region_24_population_is_the_sum_of_its_communes_and_it_has_six_departements() {
    IdentityCard card = referential.identityCard(TerritoryId.of(Level.REGION, "24"));
    assertThat(card.territory().name()).isEqualTo("Centre-Val de Loire");
    assertThat(card.population()).isEqualTo(communePopulation("region", "24"));
    assertThat(card.departements()).isEqualTo(6);
    Set<String> codes = new HashSet<>();
    referential
        .within(TerritoryId.of(Level.REGION, "24"), Level.DEPARTEMENT)
        .forEach(t -> codes.add(t.code()));
    assertThat(codes).containsExactlyInAnyOrder("18", "28", "36", "37", "41", "45");
  }

  @Test
  void france_is_18_regions_and_101_departements() {
    assertThat(referential.size(Level.REGION)).isEqualTo(18);
    assertThat(referential.size(Level.DEPARTEMENT)).isEqualTo(101);
    // PROVENANCE.md of decoupage-administratif: département 75 = 2,103,778; 2A = 168,306
    assertThat(referential.require(TerritoryId.of(Level.DEPARTEMENT, "75")).population())
        .isEqualTo(2_103_778);
    assertThat(referential.require(TerritoryId.of(Level.DEPARTEMENT, "2A")).population())
        .isEqualTo(168_306);
    long regions = referential.all(Level.REGION).stream().mapToLong(t -> t.population()).sum();
    assertThat(referential.country().population()).isEqualTo(regions);
  }

  @Test
  void old_commune_codes_map_to_the_commune_that_absorbed_them() {
    // communes.json: Arboys en Bugey (01015) lists anciensCodes ["01340"]
    assertThat(referential.currentCommuneCode("01340")).contains("01015");
    assertThat(referential.currentCommuneCode("01015")).contains("01015");
    assertThat(referential.currentCommuneCode("99999")).isEmpty();
  }

  @Test
  void an_epci_is_attached_to_the_departement_holding_most_of_its_population() {
    // CC Faucigny-Glières (200000172): all members in Haute-Savoie (74)
    var epci = referential.require(TerritoryId.of(Level.EPCI, "200000172"));
    assertThat(epci.ancestor(Level.DEPARTEMENT)).contains(TerritoryId.of(Level.DEPARTEMENT, "74"));
    assertThat(referential.parent(epci).orElseThrow().code()).isEqualTo("74");
    assertThat(referential.within(epci.id(), Level.COMMUNE)).hasSize(7);
  }

  @Test
  void search_finds_territories_without_accents() {
    var found = new TerritoryService(referential).search("orleans", 5);
    assertThat(found).extracting(t -> t.name()).contains("Orléans");
  }

  @Test
  void every_region_and_departement_keeps_the_cog_article_type_as_stored() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int checked = 0;
    for (String[] file :
        new String[][] {{"regions.json", "REGION"}, {"departements.json", "DEPARTEMENT"}}) {
      for (JsonNode t :
          json.readTree(SharedData.path("decoupage-administratif/" + file[0]).toFile())) {
        if ("com".equals(t.path("zone").asText())) {
          continue;
        }
        TerritoryId id = TerritoryId.of(Level.valueOf(file[1]), t.get("code").asText());
        assertThat(referential.require(id).liaison())
            .as(id.toString())
            .isEqualTo(t.get("typeLiaison").asInt());
        checked++;
      }
    }
    // 18 regions and 101 départements (COG 2026 without the overseas collectivities)
    assertThat(checked).isEqualTo(18 + 101);
    assertThat(referential.require(TerritoryId.of(Level.DEPARTEMENT, "45")).liaison()).isEqualTo(2);
    assertThat(referential.require(TerritoryId.FRANCE).liaison()).isEqualTo(3);
  }
}
