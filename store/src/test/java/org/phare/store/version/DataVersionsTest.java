package org.phare.store.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.phare.store.PhareServices;
import org.phare.store.TestPhare;

/**
 * The data versions: bumped by the database in the transaction that changes the data (whoever
 * writes), once per transaction, not on a rollback nor on a write that changes nothing; announced
 * to every watcher within a second, including after its connection was lost.
 */
class DataVersionsTest {

  final PhareServices phare = TestPhare.get();
  final Jdbi jdbi = phare.database().jdbi();

  long version(DataKind kind) {
    return DataVersions.read(jdbi).of(kind);
  }

  @Test
  void a_committed_change_bumps_its_kind_once_and_no_other() {
    DataVersions before = DataVersions.read(jdbi);
    jdbi.useTransaction(
        h -> {
          h.execute("UPDATE acc_setting SET value = value WHERE key = 'public_read'");
          h.execute("UPDATE acc_setting SET value = value WHERE key = 'public_read'");
        });
    DataVersions after = DataVersions.read(jdbi);
    assertThat(after.of(DataKind.ACCOUNTS)).isEqualTo(before.of(DataKind.ACCOUNTS) + 1);
    for (DataKind other : EnumSet.complementOf(EnumSet.of(DataKind.ACCOUNTS))) {
      assertThat(after.of(other)).as(other.name()).isEqualTo(before.of(other));
    }
  }

  @Test
  void a_rolled_back_change_bumps_nothing() {
    long before = version(DataKind.REGISTRY);
    try {
      jdbi.useTransaction(
          h -> {
            h.execute(
                "INSERT INTO eco_organisation (name, name_normalised, type, family, commune_code)"
                    + " VALUES ('Essai', 'essai', 'ASSOCIATION', 'GENERAL_INTEREST', '45234')");
            throw new IllegalStateException("roll back");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(version(DataKind.REGISTRY)).isEqualTo(before);
  }

  @Test
  void a_statement_that_changes_no_row_bumps_nothing_and_a_truncate_does() {
    long before = version(DataKind.MATCHING);
    jdbi.useHandle(h -> h.execute("DELETE FROM match_wish WHERE false"));
    assertThat(version(DataKind.MATCHING)).isEqualTo(before);
    jdbi.useHandle(h -> h.execute("TRUNCATE match_wish"));
    assertThat(version(DataKind.MATCHING)).isEqualTo(before + 1);
  }

  @Test
  void restarting_the_services_does_not_bump_the_indicators() {
    long before = version(DataKind.INDICATORS);
    // what every start does: the catalogue is synchronised with identical definitions
    new org.phare.store.indicator.IndicatorStore(jdbi)
        .syncCatalogue(phare.catalogue().definitions());
    assertThat(version(DataKind.INDICATORS)).isEqualTo(before);
  }

  @Test
  void a_watcher_hears_a_change_committed_on_another_connection_within_a_second() throws Exception {
    try (VersionWatcher watcher =
        VersionWatcher.start(jdbi, phare.database()::openDedicatedConnection)) {
      Set<DataKind> heard = new java.util.concurrent.CopyOnWriteArraySet<>();
      watcher.onChange(heard::addAll);
      long before = watcher.current().of(DataKind.ACCOUNTS);
      long start = System.nanoTime();
      bumpAccountsOnAnotherConnection();
      awaitVersion(watcher, DataKind.ACCOUNTS, before + 1, Duration.ofSeconds(1));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
      assertThat(heard).contains(DataKind.ACCOUNTS);
    }
  }

  @Test
  void a_watcher_whose_connection_is_killed_reconnects_and_catches_up() throws Exception {
    try (VersionWatcher watcher =
        VersionWatcher.start(jdbi, phare.database()::openDedicatedConnection)) {
      CopyOnWriteArrayList<Set<DataKind>> changes = new CopyOnWriteArrayList<>();
      watcher.onChange(changes::add);
      Thread.sleep(300); // the watcher is listening
      long before = watcher.current().of(DataKind.ACCOUNTS);
      // the listening session is ended by the server, then a change is committed: its
      // notification is lost, the reconnection's check must still see it
      jdbi.useHandle(
          h ->
              h.execute(
                  "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE"
                      + " 'LISTEN phare_data_version%' AND pid <> pg_backend_pid()"));
      bumpAccountsOnAnotherConnection();
      awaitVersion(
          watcher,
          DataKind.ACCOUNTS,
          before + 1,
          VersionWatcher.CHECK_EVERY.plus(Duration.ofSeconds(3)));
      assertThat(changes).anySatisfy(kinds -> assertThat(kinds).contains(DataKind.ACCOUNTS));
    }
  }

  private void bumpAccountsOnAnotherConnection() throws Exception {
    try (Connection other = phare.database().openDedicatedConnection()) {
      other
          .createStatement()
          .execute("UPDATE acc_setting SET value = value WHERE key = 'public_read'");
    }
  }

  private static void awaitVersion(
      VersionWatcher watcher, DataKind kind, long version, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (watcher.current().of(kind) < version && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(watcher.current().of(kind))
        .as("version of %s", kind)
        .isGreaterThanOrEqualTo(version);
  }
}
