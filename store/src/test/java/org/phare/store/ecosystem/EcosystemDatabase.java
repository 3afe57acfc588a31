package org.phare.store.ecosystem;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/**
 * One embedded PostgreSQL per test JVM, migrated with Flyway, plus a small hand-made referential:
 * Centre-Val de Loire (24) with Loiret (45: Orléans 45234 and Olivet 45232 in Orléans Métropole
 * 244500468) and Cher (18: Bourges 18033 in Bourges Plus 241800507).
 */
public final class EcosystemDatabase {

  private static EcosystemDatabase instance;

  public final Jdbi jdbi;
  public final TerritoryReferential referential;
  public final EcosystemServices services;

  private EcosystemDatabase(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.referential = referential();
    this.services = EcosystemServices.of(jdbi, referential);
  }

  public static synchronized EcosystemDatabase get() {
    if (instance == null) {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Flyway.configure()
            .dataSource(postgres.getPostgresDatabase())
            .locations("classpath:db/migration")
            .load()
            .migrate();
        instance = new EcosystemDatabase(Jdbi.create(postgres.getPostgresDatabase()));
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        postgres.close();
                      } catch (IOException ignored) {
                        // the JVM is ending anyway
                      }
                    }));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return instance;
  }

  /** Empties the ecosystem and account tables (the questionnaire and settings stay). */
  public void reset() {
    jdbi.useHandle(
        h -> {
          h.execute(
              "TRUNCATE eco_evaluation_answer, eco_evaluation, eco_initiative_participant,"
                  + " eco_initiative, eco_partnership_member, eco_partnership, eco_organisation,"
                  + " acc_session, acc_login_attempt, acc_account_territory, acc_account, audit_log"
                  + " RESTART IDENTITY CASCADE");
          h.execute("UPDATE acc_setting SET value = 'true' WHERE key = 'public_read'");
        });
  }

  static Territory t(Level level, String code, String name, Map<Level, String> ancestors) {
    return new Territory(TerritoryId.of(level, code), name, 1000, ancestors, "metro");
  }

  public static TerritoryReferential referential() {
    Map<Level, String> region = Map.of(Level.COUNTRY, "FR");
    Map<Level, String> loiret = Map.of(Level.COUNTRY, "FR", Level.REGION, "24");
    Map<Level, String> cher = Map.of(Level.COUNTRY, "FR", Level.REGION, "24");
    Map<Level, String> orleansMetropole =
        Map.of(Level.COUNTRY, "FR", Level.REGION, "24", Level.DEPARTEMENT, "45");
    Map<Level, String> inOrleans =
        Map.of(
            Level.COUNTRY,
            "FR",
            Level.REGION,
            "24",
            Level.DEPARTEMENT,
            "45",
            Level.EPCI,
            "244500468");
    Map<Level, String> inBourges =
        Map.of(
            Level.COUNTRY,
            "FR",
            Level.REGION,
            "24",
            Level.DEPARTEMENT,
            "18",
            Level.EPCI,
            "241800507");
    return new TerritoryReferential(
        List.of(
            t(Level.COUNTRY, "FR", "France", Map.of()),
            t(Level.REGION, "24", "Centre-Val de Loire", region),
            t(Level.DEPARTEMENT, "45", "Loiret", loiret),
            t(Level.DEPARTEMENT, "18", "Cher", cher),
            t(Level.EPCI, "244500468", "Orléans Métropole", orleansMetropole),
            t(
                Level.EPCI,
                "241800507",
                "Bourges Plus",
                Map.of(Level.COUNTRY, "FR", Level.REGION, "24", Level.DEPARTEMENT, "18")),
            t(Level.COMMUNE, "45234", "Orléans", inOrleans),
            t(Level.COMMUNE, "45232", "Olivet", inOrleans),
            t(Level.COMMUNE, "18033", "Bourges", inBourges)),
        Map.of("45999", "45234"));
  }
}
