package org.phare.store.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V3 moves the values of a V2 database (one row per value) into series rows without
 * losing or changing any, and the {@code indicator_value} view shows them as before.
 */
class SeriesMigrationTest {

  @TempDir Path dir;

  @Test
  void values_stored_one_per_row_are_found_unchanged_after_the_move_to_series() throws Exception {
    try (EmbeddedPostgres server =
        EmbeddedPostgres.builder().setDataDirectory(dir.resolve("server")).start()) {
      Flyway.configure()
          .dataSource(server.getPostgresDatabase())
          .locations("classpath:db/migration")
          .target("2")
          .load()
          .migrate();
      Jdbi jdbi = Jdbi.create(server.getPostgresDatabase());
      String rows =
          "('chomage-taux', 'DEPARTEMENT', '45', '2024-T3', 6.9, null, null, 1),"
              + " ('chomage-taux', 'DEPARTEMENT', '18', '2024-T3', 7.4, null, null, 1),"
              + " ('chomage-taux', 'DEPARTEMENT', '45', '2024-T2', 7.0, null, null, 1),"
              + " ('pauvrete-taux', 'COMMUNE', '45234', '2021', 12.5, 1250, 10000, 2),"
              + " ('pauvrete-taux', 'COMMUNE', '45001', '2021', 0, 0, 80, 2)";
      jdbi.useHandle(
          h -> {
            h.execute(
                "insert into indicator (code, label_fr, domain, unit, polarity, aggregation,"
                    + " source) values ('chomage-taux', 'x', 'EMPLOYMENT', '%', 'NEGATIVE', 'RATE',"
                    + " 's'), ('pauvrete-taux', 'x', 'POVERTY', '%', 'NEGATIVE', 'RATE', 's')");
            h.execute(
                "insert into indicator_import (id, file_name, format, sha256, rows_read, inserted,"
                    + " updated, unchanged) values (1, 'a', 'long', 'x', 3, 3, 0, 0),"
                    + " (2, 'b', 'long', 'y', 2, 2, 0, 0)");
            h.execute(
                "insert into indicator_value (indicator, level, code, vintage, value, numerator,"
                    + " denominator, import_id) values "
                    + rows);
          });
      String query =
          "select indicator, level, code, vintage, value, numerator, denominator, import_id"
              + " from indicator_value order by indicator, level, code, vintage";
      List<Map<String, Object>> before =
          jdbi.withHandle(h -> h.createQuery(query).mapToMap().list());

      Flyway.configure()
          .dataSource(server.getPostgresDatabase())
          .locations("classpath:db/migration")
          .target("3")
          .load()
          .migrate();

      List<Map<String, Object>> after =
          jdbi.withHandle(h -> h.createQuery(query).mapToMap().list());
      assertThat(after).hasSize(5).isEqualTo(before);
      // absent numerators come back as SQL NULL, a zero numerator stays zero
      assertThat(after.get(0)).containsEntry("numerator", null);
      assertThat(after.get(3)).containsEntry("code", "45001").containsEntry("numerator", 0.0);
      int series =
          jdbi.withHandle(
              h ->
                  h.createQuery("select count(*) from indicator_series")
                      .mapTo(Integer.class)
                      .one());
      assertThat(series)
          .as("three series: unemployment 2024-T2 and 2024-T3, poverty 2021")
          .isEqualTo(3);
    }
  }
}
