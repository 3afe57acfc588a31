package org.phare.store.indicator;

import java.nio.file.Path;

/**
 * A file that cannot be imported, with the exact place of the first problem. The message reads
 * {@code <file>:<line>:<column>: field '<field>': <reason>}; lines and columns are 1-based and the
 * header is line 1.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final int column;
  private final String field;
  private final String reason;

  public ImportException(Path file, long line, int column, String field, String reason) {
    super(file + ":" + line + ":" + column + ": field '" + field + "': " + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  public long line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
