package org.phare.store.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.testing.SharedData;
import org.phare.store.Settings;
import org.phare.store.territory.TerritoryLoader;
import org.phare.store.territory.TerritoryStore;

/** Phare on a PostgreSQL server it did not start, reached by URL as in production. */
class ExternalDatabaseTest {

  @TempDir Path dir;

  @Test
  void a_server_given_by_url_is_migrated_and_keeps_the_referential() throws Exception {
    try (EmbeddedPostgres server =
        EmbeddedPostgres.builder().setDataDirectory(dir.resolve("server")).start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      Settings settings = new Settings(url, dir.resolve("unused"), null);
      assertThat(settings.embedded()).isFalse();
      try (Database database = Database.open(settings)) {
        new TerritoryStore(database.jdbi())
            .replace(TerritoryLoader.load(SharedData.path("decoupage-administratif")));
      }
      // a second connection (another instance) sees the same data
      try (Database database = Database.open(settings)) {
        TerritoryReferential referential = new TerritoryStore(database.jdbi()).load();
        assertThat(referential.size(Level.REGION)).isEqualTo(18);
        assertThat(referential.size(Level.DEPARTEMENT)).isEqualTo(101);
      }
      assertThat(dir.resolve("unused")).doesNotExist();
    }
  }
}
