package org.phare.store.version;

import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The version of every kind of data at one moment: the {@code data_version} table (migration V1_1),
 * whose counters triggers bump in the transaction that changes the data. Versions only grow; two
 * snapshots are compared kind by kind.
 */
public record DataVersions(Map<DataKind, Long> versions) {

  public DataVersions {
    EnumMap<DataKind, Long> copy = new EnumMap<>(DataKind.class);
    for (DataKind kind : DataKind.values()) {
      copy.put(kind, versions.getOrDefault(kind, 0L));
    }
    versions = Map.copyOf(copy);
  }

  /** Every kind at 0: before anything was read. */
  public static DataVersions none() {
    return new DataVersions(Map.of());
  }

  public long of(DataKind kind) {
    return versions.get(kind);
  }

  /** These versions with {@code kind} at {@code version}. */
  public DataVersions with(DataKind kind, long version) {
    EnumMap<DataKind, Long> copy = new EnumMap<>(versions);
    copy.put(kind, version);
    return new DataVersions(copy);
  }

  /** Reads the current versions (one indexed scan of seven rows). */
  public static DataVersions read(Jdbi jdbi) {
    return jdbi.withHandle(DataVersions::read);
  }

  /** Reads the current versions of the application's database. */
  public static DataVersions read(org.phare.store.database.Database database) {
    return read(database.jdbi());
  }

  /** Reads the versions as the handle's transaction sees them. */
  public static DataVersions read(Handle handle) {
    Map<DataKind, Long> found = new EnumMap<>(DataKind.class);
    handle
        .createQuery("SELECT kind, version FROM data_version")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .forEach(
            e -> {
              try {
                found.put(DataKind.ofKey(e.getKey()), e.getValue());
              } catch (IllegalArgumentException unknown) {
                // a kind added by a newer instance's migration: this one does not read it
              }
            });
    return new DataVersions(found);
  }

  /** True when some kind of {@code this} is newer than in {@code older}. */
  public boolean newerThan(DataVersions older, DataKind kind) {
    return of(kind) > older.of(kind);
  }
}
