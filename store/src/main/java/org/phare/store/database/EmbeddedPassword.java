package org.phare.store.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

/**
 * The password of the embedded PostgreSQL's superuser. zonky's initdb runs with {@code -A trust -U
 * postgres}: any local process could connect as superuser without a password (read the password
 * hashes, create an administrator). Phare therefore generates a random password at first start (32
 * bytes from {@link SecureRandom}, base64url), keeps it in {@value #FILE} inside the data folder
 * (owner read/write only, POSIX 600), sets it on the role and switches {@code pg_hba.conf} to
 * {@code scram-sha-256} for every line, socket and TCP, then reloads the configuration.
 *
 * <p>The switch is made on the running server because the role has no password before the first
 * start: during that first start (an empty, new database; or a folder of an earlier version, which
 * was open anyway) the server trusts local connections for the time of the switch, about a second.
 * Every later start finds {@code pg_hba.conf} already strict and connects with the password.
 */
public final class EmbeddedPassword {

  /** The file, in the data folder, that holds the password. */
  public static final String FILE = "phare-db-password";

  static final String USER = "postgres";

  private static final String HBA =
      """
      # Written by Phare (EmbeddedPassword): every connection needs the password kept in
      # phare-db-password next to this file.
      local   all             all                     scram-sha-256
      host    all             all     127.0.0.1/32    scram-sha-256
      host    all             all     ::1/128         scram-sha-256
      local   replication     all                     scram-sha-256
      host    replication     all     127.0.0.1/32    scram-sha-256
      host    replication     all     ::1/128         scram-sha-256
      """;

  private EmbeddedPassword() {}

  /** The folder's password, created (not yet written) when the folder has none. */
  static String readOrGenerate(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (Files.exists(file)) {
      return read(dir);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** The password a running server's folder holds (for a second process using that server). */
  static String read(Path dir) throws IOException {
    return Files.readString(dir.resolve(FILE), StandardCharsets.US_ASCII).strip();
  }

  /**
   * Writes the password file if absent, readable by its owner only. Called once initdb has run
   * (initdb wants an empty folder) and before the server starts.
   */
  static void writeIfAbsent(Path dir, String password) {
    Path file = dir.resolve(FILE);
    if (Files.exists(file)) {
      return;
    }
    try {
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file); // not POSIX (Windows): the folder's own permissions protect it
      }
      Files.writeString(file, password + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      // written meanwhile by the same start: nothing to do
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** True when pg_hba.conf already asks every connection for the password. */
  static boolean strict(Path dir) throws IOException {
    Path hba = dir.resolve("pg_hba.conf");
    return Files.exists(hba) && Files.readString(hba).equals(HBA);
  }

  /**
   * On a server started with a trusting pg_hba.conf: sets the role's password, writes the strict
   * pg_hba.conf and reloads it. Connections opened from then on need the password.
   */
  static void secure(Path dir, int port, String password) throws IOException, SQLException {
    if (!password.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalStateException("the password file of " + dir + " is not base64url");
    }
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", password);
    try (Connection connection =
            DriverManager.getConnection(RunningServer.jdbcUrl(port), properties);
        Statement statement = connection.createStatement()) {
      statement.execute("SET password_encryption = 'scram-sha-256'");
      // ALTER ROLE takes no bound parameter; the password is base64url (checked above)
      statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
      Files.writeString(dir.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
      statement.execute("SELECT pg_reload_conf()");
    }
  }
}
