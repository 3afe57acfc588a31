package org.phare.store.indicator;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Observation;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.postgresql.PGStatement;

/**
 * Indicator values in PostgreSQL.
 *
 * <p>Values are kept by series (indicator, level, vintage), codes and values in parallel arrays
 * (table {@code indicator_series}, ADR 0006; the view {@code indicator_value} shows one row per
 * value). An import is one transaction: the series it touches are read, merged in memory (new codes
 * appended, changed values replaced) and only the series that changed are written back, so that a
 * failure leaves the stored data exactly as before and re-importing the same values writes nothing.
 */
public final class IndicatorStore {

  /** What an import changed. */
  public record ImportResult(
      String file,
      String format,
      int rows,
      int inserted,
      int updated,
      int unchanged,
      List<String> warnings) {
    public boolean changedNothing() {
      return inserted == 0 && updated == 0;
    }
  }

  /** What a preview found: how many values a file would insert, change or leave as they are. */
  public record Changes(int inserted, int updated, int unchanged) {}

  /**
   * More work done in an import's transaction, after the values are merged: an audit entry, say.
   * {@code importId} is the row of {@code indicator_import}, 0 when nothing changed (no row kept).
   * Throwing rolls the whole import back.
   */
  @FunctionalInterface
  public interface InTransaction {
    InTransaction NONE = (handle, importId, result) -> {};

    void run(Handle handle, long importId, ImportResult result);
  }

  private final Jdbi jdbi;

  public IndicatorStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Brings the {@code indicator} table in line with the catalogue (never deletes a code in use).
   */
  public void syncCatalogue(List<IndicatorDefinition> definitions) {
    jdbi.useTransaction(
        h -> {
          var batch =
              h.prepareBatch(
                  "insert into indicator (code, label_fr, domain, unit, polarity, aggregation, source)"
                      + " values (:code, :label, :domain, :unit, :polarity, :aggregation, :source)"
                      + " on conflict (code) do update set label_fr = excluded.label_fr,"
                      + " domain = excluded.domain, unit = excluded.unit, polarity = excluded.polarity,"
                      + " aggregation = excluded.aggregation, source = excluded.source"
                      // unchanged rows are not rewritten: each start would otherwise bump the
                      // indicators' data version and make every server reload its values
                      + " where (indicator.label_fr, indicator.domain, indicator.unit,"
                      + " indicator.polarity, indicator.aggregation, indicator.source) is distinct"
                      + " from (excluded.label_fr, excluded.domain, excluded.unit,"
                      + " excluded.polarity, excluded.aggregation, excluded.source)");
          for (IndicatorDefinition d : definitions) {
            batch
                .bind("code", d.code())
                .bind("label", d.labelFr())
                .bind("domain", d.domain().name())
                .bind("unit", d.unit())
                .bind("polarity", d.polarity().name())
                .bind("aggregation", d.aggregation().name())
                .bind("source", d.source())
                .add();
          }
          batch.execute();
        });
  }

  /**
   * Stores the values of one file, all or nothing.
   *
   * @param sha256 checksum of the file, kept in the import log
   */
  public ImportResult store(
      String file,
      String format,
      String sha256,
      List<Observation> observations,
      List<String> warnings) {
    return store(file, format, sha256, observations, warnings, InTransaction.NONE);
  }

  /** Same, running {@code also} in the import's transaction once the values are merged. */
  public ImportResult store(
      String file,
      String format,
      String sha256,
      List<Observation> observations,
      List<String> warnings,
      InTransaction also) {
    Map<StoredSeries.Key, List<Observation>> bySeries = bySeries(observations);
    try {
      return jdbi.inTransaction(
          h -> merge(h, file, format, sha256, observations.size(), bySeries, warnings, also));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "import of " + file + " failed, nothing was stored: " + e.getMessage(), e);
    }
  }

  private static Map<StoredSeries.Key, List<Observation>> bySeries(List<Observation> observations) {
    Map<StoredSeries.Key, List<Observation>> bySeries = new LinkedHashMap<>();
    StoredSeries.Key last = null;
    List<Observation> current = null;
    for (Observation o : observations) {
      // files usually list a series' values together: reuse the last key when it still applies
      if (last == null
          || !last.indicator().equals(o.indicator())
          || !last.vintage().equals(o.vintage())
          || !last.level().equals(o.territory().level().name())) {
        last = new StoredSeries.Key(o.indicator(), o.territory().level().name(), o.vintage());
        current = bySeries.computeIfAbsent(last, k -> new ArrayList<>());
      }
      current.add(o);
    }
    return bySeries;
  }

  /**
   * What storing these values would change, without writing anything: the stored series are read in
   * a read-only transaction and merged in memory exactly as {@link #store} merges them, then
   * dropped.
   */
  public Changes preview(List<Observation> observations) {
    Map<StoredSeries.Key, List<Observation>> bySeries = bySeries(observations);
    try {
      return jdbi.inTransaction(
          h -> {
            h.execute("set transaction read only");
            Map<StoredSeries.Key, StoredSeries> stored = read(h.getConnection(), bySeries.keySet());
            return tally(stored, bySeries, 0L, new ArrayList<>(), new ArrayList<>());
          });
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read indicator values: " + e.getMessage(), e);
    }
  }

  /**
   * Merges each series of a file into its stored version (new series into {@code created}, changed
   * ones into {@code changed}) and counts the values inserted, updated and left unchanged.
   */
  private static Changes tally(
      Map<StoredSeries.Key, StoredSeries> stored,
      Map<StoredSeries.Key, List<Observation>> bySeries,
      long importId,
      List<StoredSeries> created,
      List<StoredSeries> changed) {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (Map.Entry<StoredSeries.Key, List<Observation>> entry : bySeries.entrySet()) {
      StoredSeries series = stored.get(entry.getKey());
      if (series == null) {
        created.add(StoredSeries.of(entry.getKey(), entry.getValue(), importId));
        inserted += entry.getValue().size();
        continue;
      }
      StoredSeries.Merge merge = series.merge(entry.getValue(), importId);
      inserted += merge.inserted();
      updated += merge.updated();
      unchanged += merge.unchanged();
      if (merge.changed()) {
        changed.add(series);
      }
    }
    return new Changes(inserted, updated, unchanged);
  }

  private static ImportResult merge(
      Handle handle,
      String file,
      String format,
      String sha256,
      int rows,
      Map<StoredSeries.Key, List<Observation>> bySeries,
      List<String> warnings,
      InTransaction also)
      throws SQLException {
    Connection connection = handle.getConnection();
    try (Statement statement = connection.createStatement()) {
      // an import either commits whole or not at all; on a crash the last import may be lost, never
      // half-applied, so the commit need not wait for the WAL flush
      statement.execute("set local synchronous_commit = off");
      // imports are serialised (readers are not blocked): nothing can change a series between
      // reading it here and writing it back below
      statement.execute("lock table indicator_series in share row exclusive mode");
    }
    long importId;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into indicator_import (file_name, format, sha256, rows_read, inserted,"
                + " updated, unchanged, warnings) values (?, ?, ?, ?, 0, 0, 0, ?) returning id")) {
      insert.setString(1, file);
      insert.setString(2, format);
      insert.setString(3, sha256);
      insert.setInt(4, rows);
      insert.setString(5, String.join("\n", warnings));
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        importId = rs.getLong(1);
      }
    }
    Map<StoredSeries.Key, StoredSeries> stored = read(connection, bySeries.keySet());
    List<StoredSeries> created = new ArrayList<>();
    List<StoredSeries> changed = new ArrayList<>();
    Changes changes = tally(stored, bySeries, importId, created, changed);
    int inserted = changes.inserted();
    int updated = changes.updated();
    int unchanged = changes.unchanged();
    write(
        connection,
        "insert into indicator_series (codes, value, numerator, denominator, import_id,"
            + " indicator, level, vintage) values (?, ?, ?, ?, ?, ?, ?, ?)",
        created);
    write(
        connection,
        "update indicator_series set codes = ?, value = ?, numerator = ?, denominator = ?,"
            + " import_id = ? where indicator = ? and level = ? and vintage = ?",
        changed);
    try (PreparedStatement log =
        connection.prepareStatement(
            inserted + updated == 0
                // nothing changed: leave no trace, so that a re-import is a true no-op
                ? "delete from indicator_import where id = ?"
                : "update indicator_import set inserted = ?, updated = ?, unchanged = ?"
                    + " where id = ?")) {
      if (inserted + updated == 0) {
        log.setLong(1, importId);
      } else {
        log.setInt(1, inserted);
        log.setInt(2, updated);
        log.setInt(3, unchanged);
        log.setLong(4, importId);
      }
      log.executeUpdate();
    }
    ImportResult result =
        new ImportResult(file, format, rows, inserted, updated, unchanged, warnings);
    also.run(handle, inserted + updated == 0 ? 0L : importId, result);
    return result;
  }

  /** The stored series among the given keys. */
  private static Map<StoredSeries.Key, StoredSeries> read(
      Connection connection, Collection<StoredSeries.Key> keys) throws SQLException {
    Map<StoredSeries.Key, StoredSeries> found = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select s.indicator, s.level, s.vintage, s.codes, s.value, s.numerator,"
                + " s.denominator, s.import_id from indicator_series s"
                + " join unnest(?::text[], ?::text[], ?::text[]) k (indicator, level, vintage)"
                + " on s.indicator = k.indicator and s.level = k.level"
                + " and s.vintage = k.vintage")) {
      binary(query);
      query.setObject(1, keys.stream().map(StoredSeries.Key::indicator).toArray(String[]::new));
      query.setObject(2, keys.stream().map(StoredSeries.Key::level).toArray(String[]::new));
      query.setObject(3, keys.stream().map(StoredSeries.Key::vintage).toArray(String[]::new));
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          StoredSeries series = series(rs);
          found.put(series.key, series);
        }
      }
    }
    return found;
  }

  /**
   * Asks for results in PostgreSQL's binary format: arrays of millions of doubles then arrive as
   * 8-byte values instead of decimal text to print on the server and parse in the driver.
   */
  private static void binary(PreparedStatement statement) throws SQLException {
    statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
  }

  private static StoredSeries series(ResultSet rs) throws SQLException {
    return new StoredSeries(
        new StoredSeries.Key(rs.getString(1), rs.getString(2), rs.getString(3)),
        (String[]) rs.getArray(4).getArray(),
        doubles(rs.getArray(5)),
        doubles(rs.getArray(6)),
        doubles(rs.getArray(7)),
        longs(rs.getArray(8)));
  }

  private static double[] doubles(Array array) throws SQLException {
    Object content = array.getArray();
    if (content instanceof double[] primitive) {
      return primitive;
    }
    Double[] boxed = (Double[]) content;
    double[] values = new double[boxed.length];
    for (int i = 0; i < boxed.length; i++) {
      values[i] = boxed[i];
    }
    return values;
  }

  private static long[] longs(Array array) throws SQLException {
    Object content = array.getArray();
    if (content instanceof long[] primitive) {
      return primitive;
    }
    Long[] boxed = (Long[]) content;
    long[] values = new long[boxed.length];
    for (int i = 0; i < boxed.length; i++) {
      values[i] = boxed[i];
    }
    return values;
  }

  /** Writes whole series; primitive arrays travel in PostgreSQL's binary array format. */
  private static void write(Connection connection, String sql, List<StoredSeries> series)
      throws SQLException {
    if (series.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (StoredSeries s : series) {
        statement.setObject(1, s.codes());
        statement.setObject(2, s.values());
        statement.setObject(3, s.numerators());
        statement.setObject(4, s.denominators());
        statement.setObject(5, s.importIds());
        statement.setString(6, s.key.indicator());
        statement.setString(7, s.key.level());
        statement.setString(8, s.key.vintage());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** The number of stored values. */
  public long count() {
    return jdbi.withHandle(
        h ->
            h.createQuery("select coalesce(sum(cardinality(codes)), 0) from indicator_series")
                .mapTo(Long.class)
                .one());
  }

  /**
   * Reads every stored value into an in-memory dataset, completed with aggregates and derived
   * rates. Values of indicators no longer in the catalogue, or of territories no longer in the
   * referential, are left out.
   */
  public IndicatorDataset loadDataset(
      TerritoryReferential referential, List<IndicatorDefinition> catalogue) {
    return loadVersioned(referential, catalogue).dataset();
  }

  /** A dataset and the indicators' data version it was read at. */
  public record VersionedDataset(IndicatorDataset dataset, long version) {}

  /**
   * As {@link #loadDataset}, with the indicators' data version read in the same repeatable-read
   * transaction: the values are exactly those of that version, so caches keyed by it never hold
   * figures of another.
   */
  public VersionedDataset loadVersioned(
      TerritoryReferential referential, List<IndicatorDefinition> catalogue) {
    IndicatorDataset.Builder builder = IndicatorDataset.builder(referential, catalogue);
    Set<String> known = new HashSet<>();
    catalogue.forEach(d -> known.add(d.code()));
    long version;
    try {
      version = jdbi.withHandle(h -> stream(h.getConnection(), referential, known, builder));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read indicator values: " + e.getMessage(), e);
    }
    return new VersionedDataset(builder.build(), version);
  }

  /** Streams the values into the builder; returns the indicators' version they belong to. */
  private static long stream(
      Connection connection,
      TerritoryReferential referential,
      Set<String> known,
      IndicatorDataset.Builder builder)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false); // a server-side cursor needs a transaction
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    long version;
    try (PreparedStatement versionQuery =
        connection.prepareStatement(
            "select version from data_version where kind = '"
                + org.phare.store.version.DataKind.INDICATORS.key()
                + "'")) {
      try (ResultSet rs = versionQuery.executeQuery()) {
        version = rs.next() ? rs.getLong(1) : 0L;
      }
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "select indicator, level, vintage, codes, value, numerator, denominator, import_id"
                + " from indicator_series")) {
      binary(query);
      query.setFetchSize(16);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          StoredSeries series = series(rs);
          if (!known.contains(series.key.indicator())) {
            continue;
          }
          Level level = Level.valueOf(series.key.level());
          for (int i = 0; i < series.size(); i++) {
            int index = referential.index(level, series.code(i));
            if (index < 0) {
              continue;
            }
            // the referential's own id: later lookups by this key hit identity first
            TerritoryId territory = referential.at(level, index).id();
            builder.add(
                new Observation(
                    series.key.indicator(),
                    territory,
                    series.key.vintage(),
                    series.value(i),
                    series.numerator(i),
                    series.denominator(i)));
          }
        }
      }
    } finally {
      connection.commit();
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    }
    return version;
  }
}
