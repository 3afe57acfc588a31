package org.phare.store.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.phare.store.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL database: an embedded server (data kept in {@link Settings#dataDir()}) or an
 * external one by URL; migrated by Flyway on open.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final EmbeddedPostgres embedded;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(EmbeddedPostgres embedded, HikariDataSource dataSource) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Starts (if embedded), connects and migrates. */
  public static Database open(Settings settings) {
    EmbeddedPostgres embedded = null;
    HikariConfig config = new HikariConfig();
    config.setPoolName("phare");
    config.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 4));
    try {
      if (settings.embedded()) {
        Path dir = settings.dataDir().toAbsolutePath();
        Files.createDirectories(dir);
        LOG.info("starting embedded PostgreSQL in {}", dir);
        embedded =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig(
                    "fsync", "off".equals(System.getenv("PHARE_PG_FSYNC")) ? "off" : "on")
                .start();
        config.setJdbcUrl(embedded.getJdbcUrl("postgres", "postgres"));
      } else {
        config.setJdbcUrl(settings.databaseUrl());
      }
      HikariDataSource dataSource = new HikariDataSource(config);
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          // Migrations are numbered in ranges per feature (indicators 1-9, platform 10-19,
          // ecosystem and accounts 20-39, matching 40-49, ...): a new migration of an earlier
          // range must still apply to a database that has later ones.
          .outOfOrder(true)
          .load()
          .migrate();
      return new Database(embedded, dataSource);
    } catch (IOException e) {
      closeQuietly(embedded);
      throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(embedded);
      throw e;
    }
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
    closeQuietly(embedded);
  }

  private static void closeQuietly(EmbeddedPostgres embedded) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
      }
    }
  }
}
