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
 */
public record Territory(
    TerritoryId id, String name, long population, Map<Level, String> ancestors, String zone) {

  public Territory {
    ancestors =
        Collections.unmodifiableMap(
            ancestors.isEmpty() ? new EnumMap<>(Level.class) : new EnumMap<>(ancestors));
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
