package org.phare.store.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.store.Settings;

/**
 * What the embedded PostgreSQL acknowledged survives it being killed: {@code synchronous_commit} is
 * on, so a commit returns only once its WAL record is on disk. The test commits registry edits one
 * by one, kills every PostgreSQL process with SIGKILL right after the last acknowledgement,
 * restarts on the same folder (crash recovery replays the WAL) and finds every edit.
 */
class DurableCommitTest {

  @TempDir Path dir;

  @Test
  void every_acknowledged_registry_edit_is_found_after_postgresql_is_killed() throws Exception {
    Settings settings = new Settings(null, dir.resolve("pg"), null);
    int edits = 50;
    Database database = Database.open(settings);
    try {
      String synchronousCommit =
          database
              .jdbi()
              .withHandle(h -> h.createQuery("SHOW synchronous_commit").mapTo(String.class).one());
      assertThat(synchronousCommit).isEqualTo("on");
      for (int i = 0; i < edits; i++) {
        int n = i;
        database
            .jdbi()
            .useTransaction(
                h ->
                    h.execute(
                        "INSERT INTO eco_organisation (name, name_normalised, type, family,"
                            + " commune_code) VALUES (?, ?, 'ASSOCIATION', 'GENERAL_INTEREST',"
                            + " '45234')",
                        "Édition " + n,
                        "edition " + n));
      }
      killPostgres(settings.dataDir());
    } finally {
      database.close(); // the pool; stopping the killed server fails quietly
    }

    Database restarted = Database.open(settings);
    try {
      List<String> names =
          restarted
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT name FROM eco_organisation ORDER BY id")
                          .mapTo(String.class)
                          .list());
      assertThat(names).hasSize(edits).endsWith("Édition " + (edits - 1));
    } finally {
      restarted.close();
    }
  }

  /** SIGKILL to the postmaster and every process it started, as a power cut of PostgreSQL. */
  private static void killPostgres(Path dataDir) throws Exception {
    long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0));
    ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
    List<ProcessHandle> all =
        java.util.stream.Stream.concat(handle.descendants(), java.util.stream.Stream.of(handle))
            .toList();
    all.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Unix
    for (ProcessHandle process : all) {
      process.onExit().get(10, TimeUnit.SECONDS);
    }
  }
}
