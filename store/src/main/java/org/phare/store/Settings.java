package org.phare.store;

import java.nio.file.Path;

/**
 * How Phare connects and where it finds its data.
 *
 * @param databaseUrl a JDBC URL of an external PostgreSQL ({@code
 *     jdbc:postgresql://host/db?user=..&password=..}), or null for the embedded server
 * @param dataDir where the embedded PostgreSQL keeps its files
 * @param openDataDir the open-data bundle ({@code shared/data}) loaded on first start; null to load
 *     nothing
 */
public record Settings(String databaseUrl, Path dataDir, Path openDataDir) {

  /** Environment variable naming an external database. */
  public static final String DATABASE_URL_ENV = "PHARE_DATABASE_URL";

  /** Environment variable naming the open-data folder. */
  public static final String OPEN_DATA_ENV = "PHARE_OPEN_DATA";

  public boolean embedded() {
    return databaseUrl == null || databaseUrl.isBlank();
  }

  /**
   * Settings for tests: a fresh embedded database under {@code tempDir} and the repository's {@code
   * ../shared/data} bundle (from the {@code phare.shared.dir} system property).
   */
  public static Settings forTests(Path tempDir) {
    String shared = System.getProperty("phare.shared.dir");
    Path openData = shared == null ? null : Path.of(shared, "data");
    return new Settings(null, tempDir.resolve("pgdata"), openData);
  }
}
