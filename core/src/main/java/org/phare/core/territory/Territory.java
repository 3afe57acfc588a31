package org.phare.core.territory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A territory of the referential.
 *
 * @param id level and code
 * @param name official name (COG)
 * @param population INSEE population municipale in force, or -1 where the source gives none
 * @param ancestors the code of each enclosing territory by level (a commune knows its EPCI,
 *     département, region and country; an EPCI the département and region holding most of its
 *     population)
 * @param zone {@code metro} or {@code drom}
 * @param liaison the COG's TNCC ("type de nom en clair", {@code typeLiaison}): how the name takes
 *     an article, 0 none (consonant), 1 none (vowel), 2 le, 3 la, 4 les, 5 l'; -1 when unknown
 *     (EPCI, communes, whose names carry their article). Read by {@link PlaceNames}.
 */
public record Territory(
    TerritoryId id,
    String name,
    long population,
    Map<Level, String> ancestors,
    String zone,
    int liaison) {

  public Territory {
    ancestors =
        Collections.unmodifiableMap(
            ancestors.isEmpty() ? new EnumMap<>(Level.class) : new EnumMap<>(ancestors));
  }

  /** A territory whose article is unknown (names written as they are). */
  public Territory(
      TerritoryId id, String name, long population, Map<Level, String> ancestors, String zone) {
    this(id, name, population, ancestors, zone, id.level() == Level.COUNTRY ? 3 : -1);
  }

  public Level level() {
    return id.level();
  }

  public String code() {
    return id.code();
  }

  public OptionalLong populationIfKnown() {
    return population >= 0 ? OptionalLong.of(population) : OptionalLong.empty();
  }

  /** The enclosing territory of the given level, if any. */
  public Optional<TerritoryId> ancestor(Level level) {
    String code = ancestors.get(level);
    return code == null ? Optional.empty() : Optional.of(TerritoryId.of(level, code));
  }

  public boolean isOverseas() {
    return "drom".equals(zone);
  }
}
