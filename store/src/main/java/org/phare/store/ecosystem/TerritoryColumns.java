package org.phare.store.ecosystem;

import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;

/**
 * The denormalised territory codes stored with a row (commune, EPCI, département, region), and the
 * SQL condition selecting the rows inside a territory. Column names come from this enum switch,
 * never from user input; codes are bound parameters.
 */
record TerritoryColumns(String commune, String epci, String departement, String region) {

  static TerritoryColumns of(Territory territory) {
    Map<Level, String> a = territory.ancestors();
    String own = territory.code();
    return new TerritoryColumns(
        territory.level() == Level.COMMUNE ? own : null,
        territory.level() == Level.EPCI ? own : a.get(Level.EPCI),
        territory.level() == Level.DEPARTEMENT ? own : a.get(Level.DEPARTEMENT),
        territory.level() == Level.REGION ? own : a.get(Level.REGION));
  }

  /** Condition on {@code alias}'s columns, with the code bound as {@code :tcode}. */
  static String condition(String alias, TerritoryId territory) {
    String column =
        switch (territory.level()) {
          case COUNTRY -> null;
          case REGION -> "region_code";
          case DEPARTEMENT -> "departement_code";
          case EPCI -> "epci_code";
          case COMMUNE -> "commune_code";
        };
    // The country matches every row; the code is still bound so callers bind uniformly.
    return column == null ? "CAST(:tcode AS text) IS NOT NULL" : alias + "." + column + " = :tcode";
  }
}
