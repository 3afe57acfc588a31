package org.phare.core.territory;

import org.phare.core.message.RefusedException;

/**
 * A territory's identity: its level and its official code (COG code for regions, départements and
 * communes, SIREN for EPCI, {@code FR} for the country). Codes are unique only within a level: "01"
 * is both a region (Guadeloupe) and a département (Ain).
 */
public record TerritoryId(Level level, String code) implements Comparable<TerritoryId> {

  public static final TerritoryId FRANCE = new TerritoryId(Level.COUNTRY, "FR");

  public TerritoryId {
    if (level == null || code == null || code.isBlank()) {
      throw RefusedException.badInput("territory.id.missing", "territory");
    }
  }

  public static TerritoryId of(Level level, String code) {
    return new TerritoryId(level, code.trim());
  }

  /** Parses {@code level:code}, e.g. {@code departement:45}. */
  public static TerritoryId parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw RefusedException.badInput("territory.id.format", "territory", "value", text);
    }
    return of(Level.parse(text.substring(0, colon)), text.substring(colon + 1));
  }

  @Override
  public int compareTo(TerritoryId other) {
    int byLevel = level.compareTo(other.level);
    return byLevel != 0 ? byLevel : code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return level.code() + ":" + code;
  }
}
