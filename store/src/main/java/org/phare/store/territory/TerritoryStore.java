package org.phare.store.territory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.database.CopyIn;

/** Persists the referential and reads it back at start-up. */
public final class TerritoryStore {

  private final Jdbi jdbi;

  public TerritoryStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public boolean isEmpty() {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from territory").mapTo(Long.class).one() == 0);
  }

  /** Replaces the whole referential in one transaction. */
  public void replace(TerritoryLoader.Loaded loaded) {
    CopyIn territories =
        new CopyIn(
            "territory",
            "level, code, name, population, zone, region_code, departement_code, epci_code,"
                + " liaison");
    for (Territory t : loaded.territories()) {
      territories.row(
          t.level().name(),
          t.code(),
          t.name(),
          t.population() >= 0 ? t.population() : null,
          t.zone(),
          t.ancestors().get(Level.REGION),
          t.ancestors().get(Level.DEPARTEMENT),
          t.ancestors().get(Level.EPCI),
          t.liaison() >= 0 ? t.liaison() : null);
    }
    CopyIn oldCodes = new CopyIn("old_commune_code", "old_code, current_code");
    loaded.currentByOldCode().forEach(oldCodes::row);
    jdbi.useTransaction(
        h -> {
          h.execute("delete from territory");
          h.execute("delete from old_commune_code");
          territories.send(h.getConnection());
          oldCodes.send(h.getConnection());
        });
  }

  /** Reads the referential back. */
  public TerritoryReferential load() {
    return jdbi.withHandle(
        h -> {
          List<Territory> territories = new ArrayList<>();
          h.createQuery(
                  "select level, code, name, population, zone, region_code, departement_code,"
                      + " epci_code, liaison from territory")
              .map(
                  (rs, ctx) -> {
                    Level level = Level.valueOf(rs.getString("level"));
                    Map<Level, String> ancestors = new EnumMap<>(Level.class);
                    if (level != Level.COUNTRY) {
                      ancestors.put(Level.COUNTRY, TerritoryId.FRANCE.code());
                    }
                    putIfPresent(ancestors, Level.REGION, rs.getString("region_code"));
                    putIfPresent(ancestors, Level.DEPARTEMENT, rs.getString("departement_code"));
                    putIfPresent(ancestors, Level.EPCI, rs.getString("epci_code"));
                    long population = rs.getLong("population");
                    boolean noPopulation = rs.wasNull();
                    int liaison = rs.getInt("liaison");
                    return new Territory(
                        TerritoryId.of(level, rs.getString("code")),
                        rs.getString("name"),
                        noPopulation ? -1 : population,
                        ancestors,
                        rs.getString("zone"),
                        rs.wasNull() ? (level == Level.COUNTRY ? 3 : -1) : liaison);
                  })
              .forEach(territories::add);
          Map<String, String> oldCodes = new HashMap<>();
          h.createQuery("select old_code, current_code from old_commune_code")
              .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
              .forEach(e -> oldCodes.put(e.getKey(), e.getValue()));
          return new TerritoryReferential(territories, oldCodes);
        });
  }

  private static void putIfPresent(Map<Level, String> map, Level level, String code) {
    if (code != null) {
      map.put(level, code);
    }
  }
}
