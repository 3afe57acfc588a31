package org.phare.store.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
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
  private Path embeddedDir;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(EmbeddedPostgres embedded, HikariDataSource dataSource) {
    this(embedded, dataSource, Jdbi.create(dataSource));
  }

  private Database(EmbeddedPostgres embedded, HikariDataSource dataSource, Jdbi jdbi) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.jdbi = jdbi;
  }

  /**
   * Starts (if embedded), connects and migrates. When the embedded data folder is already in use by
   * a running Phare (a {@code serve}), connects to that process's PostgreSQL instead of failing, so
   * that a CLI command works through the server's database and the server sees the change (data
   * versions, see {@link org.phare.store.version.VersionWatcher}).
   */
  public static Database open(Settings settings) {
    EmbeddedPostgres embedded = null;
    HikariConfig config = new HikariConfig();
    config.setPoolName("phare");
    config.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 4));
    try {
      if (settings.embedded()) {
        Path dir = settings.dataDir().toAbsolutePath();
        Files.createDirectories(dir);
        OptionalInt running = RunningServer.port(dir);
        if (running.isPresent()) {
          LOG.info(
              "the data folder {} is in use by a running Phare: using its PostgreSQL (port {})",
              dir,
              running.getAsInt());
          config.setJdbcUrl(RunningServer.jdbcUrl(running.getAsInt()));
          // the server's password, kept in its folder (readable by the same account only)
          config.setUsername(EmbeddedPassword.USER);
          config.setPassword(EmbeddedPassword.read(dir));
        } else {
          LOG.info("starting embedded PostgreSQL in {}", dir);
          String password = EmbeddedPassword.readOrGenerate(dir);
          embedded = startEmbedded(dir, password);
          if (!EmbeddedPassword.strict(dir)) {
            EmbeddedPassword.secure(dir, embedded.getPort(), password);
          }
          RunningServer.startedHere(dir);
          config.setJdbcUrl(RunningServer.jdbcUrl(embedded.getPort()));
          config.setUsername(EmbeddedPassword.USER);
          config.setPassword(password);
        }
      } else {
        config.setJdbcUrl(settings.databaseUrl());
      }
      HikariDataSource dataSource =
          connect(config, embedded == null && settings.embedded(), settings);
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          // Migrations are numbered in ranges per feature (indicators 1-9 with the platform at 1.1,
          // ecosystem and accounts 20-39, matching 40-49, ...): a new migration of an earlier
          // range must still apply to a database that has later ones.
          .outOfOrder(true)
          .load()
          .migrate();
      Database database = new Database(embedded, dataSource);
      database.embeddedDir = embedded == null ? null : settings.dataDir().toAbsolutePath();
      return database;
    } catch (java.sql.SQLException e) {
      closeQuietly(embedded);
      throw new IllegalStateException("cannot set the embedded PostgreSQL's password", e);
    } catch (IOException e) {
      closeQuietly(embedded);
      throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(embedded);
      throw e;
    }
  }

  /**
   * The connection pool; when the data folder is a running server's, a failure to reach its
   * PostgreSQL is said in the user's words (the server may be stopping).
   */
  private static HikariDataSource connect(
      HikariConfig config, boolean runningServers, Settings settings) {
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      if (!runningServers) {
        throw e;
      }
      throw new RefusedException(
          RefusalKind.REFUSED,
          Refusal.of(
              "database.server-unreachable",
              "data-dir",
              "folder",
              settings.dataDir().toAbsolutePath().toString()));
    }
  }

  /**
   * The embedded server. {@code synchronous_commit} is on (the library's default is off): a
   * transaction acknowledged to a user survives PostgreSQL being killed (docs/benchmarks.md gives
   * the import speed with both settings). {@code PHARE_PG_SYNCHRONOUS_COMMIT=off} restores the
   * faster, unsafe setting for throw-away databases (benchmarks). Every connection, zonky's own
   * start-up check included, gives the folder's password ({@link EmbeddedPassword}).
   */
  private static EmbeddedPostgres startEmbedded(Path dir, String password) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(false)
        .setConnectConfig("password", password)
        // after initdb (which wants an empty folder), before the server starts
        .setDataDirectoryCustomizer(folder -> EmbeddedPassword.writeIfAbsent(dir, password))
        .setServerConfig("max_connections", "100")
        .setServerConfig(
            "synchronous_commit",
            "off".equals(System.getenv("PHARE_PG_SYNCHRONOUS_COMMIT")) ? "off" : "on")
        .setServerConfig("fsync", "off".equals(System.getenv("PHARE_PG_FSYNC")) ? "off" : "on")
        .start();
  }

  /**
   * A new connection outside the pool, for a session that must stay open on its own (LISTEN). The
   * caller closes it.
   */
  public Connection openDedicatedConnection() throws SQLException {
    if (dataSource == null) {
      throw new SQLException("a wrapped database has no connection settings of its own");
    }
    return DriverManager.getConnection(
        dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
  }

  /** True when this process started the embedded PostgreSQL (false: external, or a server's). */
  public boolean ownsEmbeddedServer() {
    return embedded != null;
  }

  /**
   * A database opened elsewhere (a benchmark's or a test's own PostgreSQL), seen through this type
   * so that web code never handles JDBI itself; closing it closes nothing.
   */
  public static Database wrap(Jdbi jdbi) {
    return new Database(null, null, jdbi);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    if (dataSource == null) {
      return; // wrapped: its owner closes it
    }
    dataSource.close();
    closeQuietly(embedded);
    if (embeddedDir != null) {
      RunningServer.stoppedHere(embeddedDir);
    }
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
