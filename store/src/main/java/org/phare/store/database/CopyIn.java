package org.phare.store.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Bulk load through PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}: rows are appended as CSV
 * text and sent in one stream, an order of magnitude faster than batched inserts.
 */
public final class CopyIn {

  private final String table;
  private final String columns;
  private final StringBuilder buffer = new StringBuilder(1 << 16);
  private int rows;

  /**
   * @param table target table (usually a temporary staging table)
   * @param columns comma-separated column list in the order values are appended
   */
  public CopyIn(String table, String columns) {
    this.table = table;
    this.columns = columns;
  }

  /** Appends one row; null and NaN become SQL NULL. */
  public CopyIn row(Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append(',');
      }
      Object value = values[i];
      if (value == null || (value instanceof Double d && d.isNaN())) {
        continue;
      }
      if (value instanceof Double d) {
        buffer.append(Double.toString(d));
      } else if (value instanceof Number || value instanceof Boolean) {
        buffer.append(value);
      } else {
        String text = value.toString();
        buffer.append('"');
        for (int c = 0; c < text.length(); c++) {
          char ch = text.charAt(c);
          if (ch == '"') {
            buffer.append('"');
          }
          buffer.append(ch);
        }
        buffer.append('"');
      }
    }
    buffer.append('\n');
    rows++;
    return this;
  }

  public int rows() {
    return rows;
  }

  /** Sends the rows on the given connection (inside the caller's transaction). */
  public long send(Connection connection) {
    try {
      return connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)",
              new StringReader(buffer.toString()));
    } catch (SQLException e) {
      throw new IllegalStateException("bulk load into " + table + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
