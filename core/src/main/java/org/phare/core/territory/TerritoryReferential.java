package org.phare.core.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phare.core.message.RefusedException;

/**
 * The territories of France (country, regions, départements, EPCI, communes) and how they nest.
 *
 * <p>Each territory gets a dense index within its level so that indicator values can be held in
 * plain arrays. Old commune codes (communes merged since an older COG) map to the current commune
 * that absorbed them.
 */
public final class TerritoryReferential {

  private final Map<Level, List<Territory>> byLevel = new EnumMap<>(Level.class);
  private final Map<TerritoryId, Territory> byId = new HashMap<>();
  private final Map<TerritoryId, Integer> indexById = new HashMap<>();
  private final Map<Level, Map<String, Integer>> indexByCode = new EnumMap<>(Level.class);
  private final Map<TerritoryId, Map<Level, List<Territory>>> descendants = new HashMap<>();
  private final CommuneCodeTable communeIndex;
  private final Map<String, String> currentCommuneByOldCode;
  private final Set<String> absorbingCommunes;
  private final boolean[] absorbingByIndex;

  /**
   * @param territories every territory, each level's list in any order (sorted here by code)
   * @param currentCommuneByOldCode old commune code to the current commune code that absorbed it
   */
  public TerritoryReferential(
      Collection<Territory> territories, Map<String, String> currentCommuneByOldCode) {
    for (Level level : Level.values()) {
      byLevel.put(level, new ArrayList<>());
    }
    for (Territory territory : territories) {
      if (byId.putIfAbsent(territory.id(), territory) != null) {
        throw new IllegalArgumentException("territory " + territory.id() + " is given twice");
      }
      byLevel.get(territory.level()).add(territory);
    }
    for (Level level : Level.values()) {
      List<Territory> list = byLevel.get(level);
      list.sort(Comparator.comparing(Territory::code));
      Map<String, Integer> byCode = new HashMap<>(list.size() * 2);
      for (int i = 0; i < list.size(); i++) {
        indexById.put(list.get(i).id(), i);
        byCode.put(list.get(i).code(), i);
      }
      indexByCode.put(level, byCode);
      byLevel.put(level, Collections.unmodifiableList(list));
    }
    for (Territory territory : territories) {
      for (Map.Entry<Level, String> ancestor : territory.ancestors().entrySet()) {
        TerritoryId ancestorId = TerritoryId.of(ancestor.getKey(), ancestor.getValue());
        descendants
            .computeIfAbsent(ancestorId, id -> new EnumMap<>(Level.class))
            .computeIfAbsent(territory.level(), l -> new ArrayList<>())
            .add(territory);
      }
    }
    descendants
        .values()
        .forEach(m -> m.values().forEach(l -> l.sort(Comparator.comparing(Territory::code))));
    this.currentCommuneByOldCode = Map.copyOf(currentCommuneByOldCode);
    this.absorbingCommunes = Set.copyOf(currentCommuneByOldCode.values());
    List<Territory> communes = byLevel.get(Level.COMMUNE);
    this.communeIndex = CommuneCodeTable.of(communes);
    this.absorbingByIndex = new boolean[communes.size()];
    for (int i = 0; i < communes.size(); i++) {
      absorbingByIndex[i] = absorbingCommunes.contains(communes.get(i).code());
    }
  }

  /** All territories of a level, sorted by code; position in the list is {@link #index}. */
  public List<Territory> all(Level level) {
    return byLevel.get(level);
  }

  public int size(Level level) {
    return byLevel.get(level).size();
  }

  public Optional<Territory> find(TerritoryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The territory with this id.
   *
   * @throws RefusedException (not found) naming the level and code
   */
  public Territory require(TerritoryId id) {
    Territory territory = byId.get(id);
    if (territory == null) {
      throw RefusedException.notFound(
          "territory.unknown", "territory", "level", id.level(), "code", id.code());
    }
    return territory;
  }

  /** Dense index of a territory within its level, or -1 when unknown. */
  public int index(TerritoryId id) {
    Integer index = indexById.get(id);
    return index == null ? -1 : index;
  }

  /**
   * Same as {@link #index(TerritoryId)} for a code already trimmed, without building an id: the
   * lookup that file imports make for every row.
   */
  public int index(Level level, String code) {
    if (level == Level.COMMUNE) {
      int index = communeIndex.index(code);
      if (index != CommuneCodeTable.NOT_A_COMMUNE_CODE) {
        return index;
      }
    }
    Integer index = indexByCode.get(level).get(code);
    return index == null ? -1 : index;
  }

  public Territory at(Level level, int index) {
    return byLevel.get(level).get(index);
  }

  public Territory country() {
    return require(TerritoryId.FRANCE);
  }

  /** The territories of a level inside another territory (communes of a département...). */
  public List<Territory> within(TerritoryId container, Level level) {
    if (container.level() == level) {
      return find(container).map(List::of).orElse(List.of());
    }
    if (container.level() == Level.COUNTRY) {
      return all(level);
    }
    return descendants.getOrDefault(container, Map.of()).getOrDefault(level, List.of());
  }

  /**
   * The direct parent used as a reference: a commune's EPCI (or its département when it belongs to
   * none), an EPCI's département, a département's region, a region's country.
   */
  public Optional<Territory> parent(Territory territory) {
    List<Level> candidates =
        switch (territory.level()) {
          case COMMUNE -> List.of(Level.EPCI, Level.DEPARTEMENT);
          case EPCI -> List.of(Level.DEPARTEMENT, Level.REGION);
          case DEPARTEMENT -> List.of(Level.REGION);
          case REGION -> List.of(Level.COUNTRY);
          case COUNTRY -> List.of();
        };
    for (Level level : candidates) {
      Optional<Territory> found = territory.ancestor(level).flatMap(this::find);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The current (COG 2026) code of a commune code found in an older file: itself when current, the
   * absorbing commune when it was merged, empty when unknown.
   */
  public Optional<String> currentCommuneCode(String code) {
    if (byId.containsKey(TerritoryId.of(Level.COMMUNE, code))) {
      return Optional.of(code);
    }
    return Optional.ofNullable(currentCommuneByOldCode.get(code));
  }

  /**
   * True for a current commune that absorbed others since an older COG: values published under its
   * code in an old file may have to be combined with those of its former communes.
   */
  public boolean absorbedOtherCommunes(String currentCode) {
    return absorbingCommunes.contains(currentCode);
  }

  /** Same as {@link #absorbedOtherCommunes(String)} for a commune's {@link #index}. */
  public boolean absorbedOtherCommunes(int communeIndex) {
    return absorbingByIndex[communeIndex];
  }

  /** Old codes known to the referential (for reports). */
  public Set<String> oldCommuneCodes() {
    return currentCommuneByOldCode.keySet();
  }

  /** The identity card: key figures and shares of the national total. */
  public IdentityCard identityCard(TerritoryId id) {
    Territory territory = require(id);
    Territory country = country();
    long population = territory.population();
    double share =
        population >= 0 && country.population() > 0
            ? (double) population / country.population()
            : Double.NaN;
    return new IdentityCard(
        territory,
        parent(territory).orElse(null),
        population,
        share,
        countWithin(id, Level.REGION),
        countWithin(id, Level.DEPARTEMENT),
        countWithin(id, Level.EPCI),
        countWithin(id, Level.COMMUNE));
  }

  private int countWithin(TerritoryId id, Level level) {
    return id.level().compareTo(level) > 0 ? 0 : within(id, level).size();
  }
}
