package org.phare.bench.ecosystem;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.ecosystem.EcosystemServices;

/**
 * An embedded PostgreSQL holding the {@link SyntheticRegistry} (seed 2026), for the ecosystem
 * benchmarks. Loading the registry takes about a minute on the 2-core machine, so the database
 * lives in a folder that later runs reuse: {@code bench/target/ecosystem-registry-db} from the
 * repository root (else {@code target/...} under the working directory) unless {@code
 * -Dphare.bench.registryDb=DIR} says otherwise ({@code mvn clean} starts afresh). After loading,
 * {@code VACUUM ANALYZE} leaves the tables as autovacuum would after a bulk import (statistics and
 * visibility map: index-only scans need the latter). A folder is reused only when it holds the
 * complete registry; otherwise it is wiped and loaded again.
 */
final class RegistryDatabase implements AutoCloseable {

  static final long SEED = 2026;

  private final EmbeddedPostgres postgres;
  private final HikariDataSource dataSource;
  final Jdbi jdbi;
  final TerritoryReferential referential;
  final EcosystemServices services;

  private RegistryDatabase(
      EmbeddedPostgres postgres,
      HikariDataSource dataSource,
      Jdbi jdbi,
      TerritoryReferential referential) {
    this.postgres = postgres;
    this.dataSource = dataSource;
    this.jdbi = jdbi;
    this.referential = referential;
    this.services = EcosystemServices.of(jdbi, referential);
  }

  /** Starts the database in the default (or configured) folder, loading the registry if needed. */
  static RegistryDatabase open() throws IOException {
    String configured = System.getProperty("phare.bench.registryDb");
    Path target =
        Files.isDirectory(Path.of("bench", "target"))
            ? Path.of("bench", "target")
            : Path.of("target");
    Path dir =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : target.resolve("ecosystem-registry-db");
    return open(dir.toAbsolutePath());
  }

  static RegistryDatabase open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path marker = dir.resolve("registry-loaded");
    boolean reuse = Files.exists(marker);
    Path data = dir.resolve("pgdata");
    if (!reuse) {
      wipe(data);
    }
    // Never "clean": the embedded server would delete its folder on close.
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
    Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    // A connection pool as the application has (store Database): without it every request would
    // pay for a new PostgreSQL backend.
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setMaximumPoolSize(4);
    HikariDataSource dataSource = new HikariDataSource(pool);
    Jdbi jdbi = Jdbi.create(dataSource);
    TerritoryReferential referential = SyntheticRegistry.referential();
    if (!reuse) {
      long t0 = System.nanoTime();
      SyntheticRegistry.load(jdbi, referential, SEED);
      jdbi.useHandle(h -> h.execute("VACUUM ANALYZE"));
      System.out.printf(
          Locale.ROOT,
          "loaded the synthetic registry in %.1f s into %s%n",
          (System.nanoTime() - t0) / 1e9,
          dir);
      Files.writeString(marker, "seed " + SEED + "\n");
    }
    int organisations =
        jdbi.withHandle(
            h -> h.createQuery("SELECT count(*) FROM eco_organisation").mapTo(int.class).one());
    if (organisations != SyntheticRegistry.ORGANISATIONS) {
      dataSource.close();
      postgres.close();
      Files.delete(marker);
      throw new IllegalStateException(
          dir
              + " holds "
              + organisations
              + " organisations, not the registry: run again to reload");
    }
    return new RegistryDatabase(postgres, dataSource, jdbi, referential);
  }

  private static void wipe(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    dataSource.close();
    postgres.close();
  }
}
