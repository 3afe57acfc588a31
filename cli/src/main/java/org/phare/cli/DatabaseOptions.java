package org.phare.cli;

import java.nio.file.Path;
import org.phare.store.Settings;
import picocli.CommandLine.Option;

/** Where the database and the open data are; shared by every command that opens Phare. */
public final class DatabaseOptions {

  @Option(
      names = "--database-url",
      description =
          "JDBC URL of an external PostgreSQL (default: $"
              + Settings.DATABASE_URL_ENV
              + ", else the embedded one)")
  String databaseUrl;

  @Option(
      names = "--data-dir",
      description = "Folder of the embedded PostgreSQL (default: <phare>/data)")
  Path dataDir;

  @Option(
      names = "--open-data",
      description =
          "Open-data bundle loaded on first start (default: $"
              + Settings.OPEN_DATA_ENV
              + ", else ../shared/data)")
  Path openData;

  public Settings settings() {
    String url = databaseUrl != null ? databaseUrl : System.getenv(Settings.DATABASE_URL_ENV);
    Path home = Path.of(System.getProperty("phare.home", ".")).toAbsolutePath().normalize();
    Path data = dataDir != null ? dataDir : home.resolve("data");
    Path bundle = openData;
    if (bundle == null) {
      String env = System.getenv(Settings.OPEN_DATA_ENV);
      bundle =
          env != null && !env.isBlank()
              ? Path.of(env)
              : home.resolveSibling("shared").resolve("data");
    }
    return new Settings(url, data, bundle.toAbsolutePath().normalize());
  }
}
