package org.phare.store.territory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Reads the official administrative division (COG, {@code decoupage-administratif} JSON files) into
 * a referential.
 *
 * <p>France is taken as its 18 regions (metropolitan and overseas départements-régions); the
 * overseas collectivities (zone {@code com}) are left out because no indicator covers them.
 * Populations of départements, regions and the country are sums of their current communes, so that
 * they agree with the commune file exactly. An EPCI is attached to the département and region that
 * hold most of its population.
 */
public final class TerritoryLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What was read: the territories and the old-code mapping. */
  public record Loaded(List<Territory> territories, Map<String, String> currentByOldCode) {
    public TerritoryReferential referential() {
      return new TerritoryReferential(territories, currentByOldCode);
    }
  }

  private TerritoryLoader() {}

  /**
   * Reads {@code regions.json}, {@code departements.json}, {@code communes.json}, {@code
   * epci.json}.
   */
  public static Loaded load(Path folder) {
    JsonNode regions = read(folder.resolve("regions.json"));
    JsonNode departements = read(folder.resolve("departements.json"));
    JsonNode communes = read(folder.resolve("communes.json"));
    JsonNode epcis = read(folder.resolve("epci.json"));

    Set<String> regionCodes = new HashSet<>();
    Map<String, String[]> regionInfo = new HashMap<>();
    for (JsonNode region : regions) {
      if (!"com".equals(region.path("zone").asText())) {
        regionCodes.add(region.get("code").asText());
        regionInfo.put(
            region.get("code").asText(),
            new String[] {
              region.get("nom").asText(),
              region.path("zone").asText(),
              region.path("typeLiaison").asText("-1")
            });
      }
    }
    Map<String, String[]> departementInfo = new HashMap<>();
    for (JsonNode departement : departements) {
      String region = departement.path("region").asText();
      if (regionCodes.contains(region)) {
        departementInfo.put(
            departement.get("code").asText(),
            new String[] {
              departement.get("nom").asText(),
              region,
              departement.path("zone").asText(),
              departement.path("typeLiaison").asText("-1")
            });
      }
    }

    Map<String, String> epciByCommune = new HashMap<>();
    for (JsonNode epci : epcis) {
      for (JsonNode member : epci.path("membres")) {
        epciByCommune.put(member.get("code").asText(), epci.get("code").asText());
      }
    }

    List<Territory> territories = new ArrayList<>();
    Map<String, String> currentByOldCode = new HashMap<>();
    Map<String, Long> populationByRegion = new HashMap<>();
    Map<String, Long> populationByDepartement = new HashMap<>();
    Map<String, Map<String, Long>> epciPopulationByDepartement = new HashMap<>();
    Map<String, String> regionOfDepartement = new HashMap<>();
    long france = 0;
    for (JsonNode commune : communes) {
      String type = commune.path("type").asText();
      String code = commune.get("code").asText();
      String departement = commune.path("departement").asText();
      if (!departementInfo.containsKey(departement)) {
        continue;
      }
      if (!"commune-actuelle".equals(type)) {
        String absorbing = commune.path("chefLieu").asText("");
        if (!absorbing.isEmpty() && !code.equals(absorbing)) {
          currentByOldCode.putIfAbsent(code, absorbing);
        }
        continue;
      }
      for (JsonNode old : commune.path("anciensCodes")) {
        if (!old.asText().equals(code)) {
          currentByOldCode.put(old.asText(), code);
        }
      }
      String region = commune.path("region").asText();
      long population = commune.has("population") ? commune.get("population").asLong() : -1;
      Map<Level, String> ancestors = new EnumMap<>(Level.class);
      ancestors.put(Level.COUNTRY, TerritoryId.FRANCE.code());
      ancestors.put(Level.REGION, region);
      ancestors.put(Level.DEPARTEMENT, departement);
      String epci = epciByCommune.get(code);
      if (epci != null) {
        ancestors.put(Level.EPCI, epci);
      }
      territories.add(
          new Territory(
              TerritoryId.of(Level.COMMUNE, code),
              commune.get("nom").asText(),
              population,
              ancestors,
              commune.path("zone").asText()));
      long known = Math.max(population, 0);
      france += known;
      populationByRegion.merge(region, known, Long::sum);
      populationByDepartement.merge(departement, known, Long::sum);
      regionOfDepartement.put(departement, region);
      if (epci != null) {
        epciPopulationByDepartement
            .computeIfAbsent(epci, e -> new HashMap<>())
            .merge(departement, known, Long::sum);
      }
    }
    // A current code can also appear as an old code of itself or of a delegated commune: current
    // wins.
    territories.forEach(t -> currentByOldCode.remove(t.code()));

    territories.add(new Territory(TerritoryId.FRANCE, "France", france, Map.of(), "france"));
    regionInfo.forEach(
        (code, info) ->
            territories.add(
                new Territory(
                    TerritoryId.of(Level.REGION, code),
                    info[0],
                    populationByRegion.getOrDefault(code, 0L),
                    Map.of(Level.COUNTRY, TerritoryId.FRANCE.code()),
                    info[1],
                    Integer.parseInt(info[2]))));
    departementInfo.forEach(
        (code, info) ->
            territories.add(
                new Territory(
                    TerritoryId.of(Level.DEPARTEMENT, code),
                    info[0],
                    populationByDepartement.getOrDefault(code, 0L),
                    Map.of(Level.COUNTRY, TerritoryId.FRANCE.code(), Level.REGION, info[1]),
                    info[2],
                    Integer.parseInt(info[3]))));
    for (JsonNode epci : epcis) {
      String code = epci.get("code").asText();
      Map<String, Long> byDepartement = epciPopulationByDepartement.get(code);
      if (byDepartement == null) {
        continue; // all members outside the 18 regions
      }
      String departement =
          byDepartement.entrySet().stream()
              .max(
                  Map.Entry.<String, Long>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow()
              .getKey();
      long population = byDepartement.values().stream().mapToLong(Long::longValue).sum();
      territories.add(
          new Territory(
              TerritoryId.of(Level.EPCI, code),
              epci.get("nom").asText(),
              population,
              Map.of(
                  Level.COUNTRY,
                  TerritoryId.FRANCE.code(),
                  Level.REGION,
                  regionOfDepartement.get(departement),
                  Level.DEPARTEMENT,
                  departement),
              departementInfo.get(departement)[2]));
    }
    return new Loaded(territories, currentByOldCode);
  }

  private static JsonNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "missing file " + file + " (expected the decoupage-administratif bundle)");
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
