package org.phare.store.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.testing.SharedData;

/**
 * Test fixture: the COG 2026 referential built from {@code decoupage-administratif} (the production
 * loader is written elsewhere). France = the 18 regions of zones metro and drom and their 101
 * départements; current communes of those; EPCI attached to the département and region holding most
 * of their population; old commune codes ({@code anciensCodes}) to the absorbing commune.
 */
final class TestReferential {

  private static TerritoryReferential instance;

  private TestReferential() {}

  static synchronized TerritoryReferential get() {
    if (instance == null) {
      try {
        instance = build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  private static TerritoryReferential build() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode regions =
        json.readTree(SharedData.path("decoupage-administratif/regions.json").toFile());
    JsonNode departements =
        json.readTree(SharedData.path("decoupage-administratif/departements.json").toFile());
    JsonNode communes =
        json.readTree(SharedData.path("decoupage-administratif/communes.json").toFile());
    JsonNode epcis = json.readTree(SharedData.path("decoupage-administratif/epci.json").toFile());

    List<Territory> territories = new ArrayList<>();
    Set<String> regionCodes = new HashSet<>();
    for (JsonNode r : regions) {
      if (!r.get("zone").asText().equals("com")) {
        regionCodes.add(r.get("code").asText());
      }
    }
    Set<String> departementCodes = new HashSet<>();
    Map<String, String> regionOfDepartement = new HashMap<>();
    for (JsonNode d : departements) {
      if (regionCodes.contains(d.get("region").asText())) {
        departementCodes.add(d.get("code").asText());
        regionOfDepartement.put(d.get("code").asText(), d.get("region").asText());
      }
    }
    Map<String, String> epciOfCommune = new HashMap<>();
    for (JsonNode e : epcis) {
      for (JsonNode m : e.get("membres")) {
        epciOfCommune.put(m.get("code").asText(), e.get("code").asText());
      }
    }
    long france = 0;
    Map<String, Long> regionPopulation = new HashMap<>();
    Map<String, Long> departementPopulation = new HashMap<>();
    Map<String, Map<String, Long>> epciPopulationByDepartement = new HashMap<>();
    Map<String, String> oldCodes = new HashMap<>();
    for (JsonNode c : communes) {
      if (!c.get("type").asText().equals("commune-actuelle")
          || !departementCodes.contains(c.path("departement").asText())) {
        continue;
      }
      String code = c.get("code").asText();
      String departement = c.get("departement").asText();
      String region = c.get("region").asText();
      long population = c.has("population") ? c.get("population").asLong() : -1;
      Map<Level, String> ancestors = new EnumMap<>(Level.class);
      ancestors.put(Level.COUNTRY, TerritoryId.FRANCE.code());
      ancestors.put(Level.REGION, region);
      ancestors.put(Level.DEPARTEMENT, departement);
      String epci = epciOfCommune.get(code);
      if (epci != null) {
        ancestors.put(Level.EPCI, epci);
        epciPopulationByDepartement
            .computeIfAbsent(epci, k -> new HashMap<>())
            .merge(departement, Math.max(population, 0), Long::sum);
      }
      territories.add(
          new Territory(
              TerritoryId.of(Level.COMMUNE, code),
              c.get("nom").asText(),
              population,
              ancestors,
              c.get("zone").asText()));
      if (population > 0) {
        france += population;
        regionPopulation.merge(region, population, Long::sum);
        departementPopulation.merge(departement, population, Long::sum);
      }
      for (JsonNode old : c.path("anciensCodes")) {
        oldCodes.put(old.asText(), code);
      }
    }
    territories.add(new Territory(TerritoryId.FRANCE, "France", france, Map.of(), "metro"));
    for (JsonNode r : regions) {
      String code = r.get("code").asText();
      if (regionCodes.contains(code)) {
        territories.add(
            new Territory(
                TerritoryId.of(Level.REGION, code),
                r.get("nom").asText(),
                regionPopulation.getOrDefault(code, 0L),
                Map.of(Level.COUNTRY, TerritoryId.FRANCE.code()),
                r.get("zone").asText()));
      }
    }
    for (JsonNode d : departements) {
      String code = d.get("code").asText();
      if (departementCodes.contains(code)) {
        territories.add(
            new Territory(
                TerritoryId.of(Level.DEPARTEMENT, code),
                d.get("nom").asText(),
                departementPopulation.getOrDefault(code, 0L),
                Map.of(
                    Level.COUNTRY,
                    TerritoryId.FRANCE.code(),
                    Level.REGION,
                    d.get("region").asText()),
                d.get("zone").asText()));
      }
    }
    for (JsonNode e : epcis) {
      String code = e.get("code").asText();
      Map<String, Long> byDepartement = epciPopulationByDepartement.get(code);
      if (byDepartement == null) {
        continue;
      }
      String departement =
          byDepartement.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .orElseThrow()
              .getKey();
      long population = byDepartement.values().stream().mapToLong(Long::longValue).sum();
      territories.add(
          new Territory(
              TerritoryId.of(Level.EPCI, code),
              e.get("nom").asText(),
              population,
              Map.of(
                  Level.COUNTRY,
                  TerritoryId.FRANCE.code(),
                  Level.REGION,
                  regionOfDepartement.get(departement),
                  Level.DEPARTEMENT,
                  departement),
              "metro"));
    }
    // A current code listed as an old code of another commune stays itself.
    Set<String> current = new HashSet<>();
    territories.stream()
        .filter(t -> t.level() == Level.COMMUNE)
        .forEach(t -> current.add(t.code()));
    oldCodes.keySet().removeAll(current);
    return new TerritoryReferential(territories, oldCodes);
  }
}
