package org.phare.store.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.store.Settings;

/**
 * The embedded PostgreSQL asks every connection for the password Phare generated at first start;
 * the application and a second process on the same folder (through {@link RunningServer}) know it.
 */
class EmbeddedPasswordTest {

  @TempDir Path dir;

  @Test
  void
      a_connection_without_or_with_a_wrong_password_is_refused_the_app_and_a_second_process_connect()
          throws Exception {
    Path folder = dir.resolve("pg");
    Settings settings = new Settings(null, folder, null);
    try (Database database = Database.open(settings)) {
      Path file = folder.resolve(EmbeddedPassword.FILE);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      String password = EmbeddedPassword.read(folder);
      assertThat(password).matches("[A-Za-z0-9_-]{43}");
      assertThat(Files.readString(folder.resolve("pg_hba.conf")))
          .doesNotContain("trust")
          .contains("host    all             all     127.0.0.1/32    scram-sha-256");

      OptionalInt port = RunningServer.port(folder);
      assertThat(port).isPresent();
      String url = RunningServer.jdbcUrl(port.getAsInt());
      assertThatThrownBy(() -> DriverManager.getConnection(url).close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong").close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (Connection ok = DriverManager.getConnection(url, "postgres", password)) {
        assertThat(ok.isValid(2)).isTrue();
      }

      // the app's pool and its LISTEN connection
      assertThat(query(database, "SELECT '1'")).isEqualTo("1");
      try (Connection dedicated = database.openDedicatedConnection()) {
        assertThat(dedicated.isValid(2)).isTrue();
      }

      // a second opening of the folder (the CLI beside a running serve) reads the password file
      try (Database second = Database.open(settings)) {
        assertThat(second.ownsEmbeddedServer()).isFalse();
        assertThat(query(second, "SELECT '2'")).isEqualTo("2");
      }
    }
  }

  @Test
  void a_folder_created_without_password_gets_one_at_its_next_start_and_keeps_it()
      throws Exception {
    Path folder = dir.resolve("old");
    Settings settings = new Settings(null, folder, null);
    try (Database first = Database.open(settings)) {
      first.jdbi().useHandle(h -> h.execute("CREATE TABLE kept (v text)"));
      first.jdbi().useHandle(h -> h.execute("INSERT INTO kept VALUES ('là')"));
    }
    // as an earlier Phare left it: trusting pg_hba.conf, no password file
    Files.delete(folder.resolve(EmbeddedPassword.FILE));
    Files.writeString(
        folder.resolve("pg_hba.conf"),
        "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");

    try (Database again = Database.open(settings)) {
      String password = EmbeddedPassword.read(folder);
      String url = RunningServer.jdbcUrl(RunningServer.port(folder).getAsInt());
      assertThatThrownBy(() -> DriverManager.getConnection(url).close())
          .isInstanceOf(SQLException.class);
      assertThat(query(again, "SELECT v FROM kept")).isEqualTo("là");
      try (Connection ok = DriverManager.getConnection(url, "postgres", password)) {
        assertThat(ok.isValid(2)).isTrue();
      }
    }
    String kept = EmbeddedPassword.read(folder);
    try (Database third = Database.open(settings)) {
      assertThat(EmbeddedPassword.read(folder)).isEqualTo(kept);
    }
  }

  private static String query(Database database, String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }
}
