package org.phare.store.indicator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.indicator.Observation;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.database.CopyIn;

/**
 * Indicator values in PostgreSQL.
 *
 * <p>An import is one transaction: the values are bulk-loaded with {@code COPY} into a temporary
 * staging table, then merged with a single {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE IS
 * DISTINCT FROM}, so that a failure leaves the stored data exactly as before and re-importing the
 * same values writes nothing.
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
                      + " aggregation = excluded.aggregation, source = excluded.source");
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
    CopyIn staging =
        new CopyIn(
            "indicator_staging", "indicator, level, code, vintage, value, numerator, denominator");
    for (Observation o : observations) {
      staging.row(
          o.indicator(),
          o.territory().level().name(),
          o.territory().code(),
          o.vintage(),
          o.value(),
          o.numerator(),
          o.denominator());
    }
    try {
      return jdbi.inTransaction(
          h -> merge(h.getConnection(), file, format, sha256, observations, warnings, staging));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "import of " + file + " failed, nothing was stored: " + e.getMessage(), e);
    }
  }

  private static ImportResult merge(
      Connection connection,
      String file,
      String format,
      String sha256,
      List<Observation> observations,
      List<String> warnings,
      CopyIn staging)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // an import either commits whole or not at all; on a crash the last import may be lost, never
      // half-applied, so the commit need not wait for the WAL flush
      statement.execute("set local synchronous_commit = off");
      statement.execute(
          "create temporary table indicator_staging (indicator text collate \"C\", level text"
              + " collate \"C\", code text collate \"C\", vintage text collate \"C\","
              + " value double precision, numerator double precision,"
              + " denominator double precision) on commit drop");
    }
    staging.send(connection);
    long importId;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into indicator_import (file_name, format, sha256, rows_read, inserted,"
                + " updated, unchanged, warnings) values (?, ?, ?, ?, 0, 0, 0, ?) returning id")) {
      insert.setString(1, file);
      insert.setString(2, format);
      insert.setString(3, sha256);
      insert.setInt(4, observations.size());
      insert.setString(5, String.join("\n", warnings));
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        importId = rs.getLong(1);
      }
    }
    // Set-based merge (hash joins) rather than INSERT ... ON CONFLICT, whose per-row speculative
    // insertion is an order of magnitude slower on millions of rows. Imports are serialised by the
    // table lock (readers are not blocked), so nothing can slip in between the two statements.
    int updated;
    int inserted;
    try (Statement statement = connection.createStatement()) {
      statement.execute("lock table indicator_value in share row exclusive mode");
      statement.execute("analyze indicator_staging");
      // bulk merges want hash joins; a nested loop chosen on stale statistics of indicator_value
      // (after a truncate, say) rescans the growing table for every staged row: quadratic
      statement.execute("set local enable_nestloop = off");
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update indicator_value v set value = s.value, numerator = s.numerator,"
                + " denominator = s.denominator, import_id = ?"
                + " from indicator_staging s"
                + " where v.indicator = s.indicator and v.level = s.level and v.code = s.code"
                + " and v.vintage = s.vintage"
                + " and (v.value, v.numerator, v.denominator)"
                + " is distinct from (s.value, s.numerator, s.denominator)")) {
      update.setLong(1, importId);
      updated = update.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into indicator_value (indicator, level, code, vintage, value, numerator,"
                + " denominator, import_id)"
                + " select s.indicator, s.level, s.code, s.vintage, s.value, s.numerator,"
                + " s.denominator, ? from indicator_staging s"
                + " where not exists (select 1 from indicator_value v where v.indicator ="
                + " s.indicator and v.level = s.level and v.code = s.code and v.vintage ="
                + " s.vintage)")) {
      insert.setLong(1, importId);
      inserted = insert.executeUpdate();
    }
    int unchanged = observations.size() - inserted - updated;
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
    return new ImportResult(
        file, format, observations.size(), inserted, updated, unchanged, warnings);
  }

  public long count() {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from indicator_value").mapTo(Long.class).one());
  }

  /**
   * Reads every stored value into an in-memory dataset, completed with aggregates and derived
   * rates. Values of indicators no longer in the catalogue, or of territories no longer in the
   * referential, are left out.
   */
  public IndicatorDataset loadDataset(
      TerritoryReferential referential, List<IndicatorDefinition> catalogue) {
    IndicatorDataset.Builder builder = IndicatorDataset.builder(referential, catalogue);
    Set<String> known = new HashSet<>();
    catalogue.forEach(d -> known.add(d.code()));
    try {
      jdbi.useHandle(h -> stream(h.getConnection(), referential, known, builder));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read indicator values: " + e.getMessage(), e);
    }
    return builder.build();
  }

  private static void stream(
      Connection connection,
      TerritoryReferential referential,
      Set<String> known,
      IndicatorDataset.Builder builder)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // a server-side cursor needs a transaction
    try (PreparedStatement query =
        connection.prepareStatement(
            "select indicator, level, code, vintage, value, numerator, denominator"
                + " from indicator_value")) {
      query.setFetchSize(50_000);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String indicator = rs.getString(1);
          TerritoryId territory = TerritoryId.of(Level.valueOf(rs.getString(2)), rs.getString(3));
          if (!known.contains(indicator) || referential.index(territory) < 0) {
            continue;
          }
          builder.add(
              new Observation(
                  indicator,
                  territory,
                  rs.getString(4),
                  rs.getDouble(5),
                  nullable(rs, 6),
                  nullable(rs, 7)));
        }
      }
    } finally {
      connection.commit();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static double nullable(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : value;
  }
}
