package org.phare.store.indicator;

import java.nio.file.Path;
import java.util.List;
import org.phare.core.message.Refusal;
import org.phare.store.message.MessageCatalogue;

/**
 * A file that cannot be imported, with every problem found in it (at most {@link #MAX_REPORTED}, in
 * file order, and their total): a bad row does not stop the read, so that one correction round
 * fixes the whole file. Problems that make the rest unreadable (encoding, missing column,
 * unparsable quoting) end the read and come alone. The message reads {@code <file>:<line>:<column>:
 * field '<field>': <reason>} for the first problem, in English, for logs; users read the
 * catalogue's rendering of {@link #errors()}.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Problems kept in detail; beyond, they are only counted. */
  public static final int MAX_REPORTED = 200;

  private final transient Path file;
  private final transient List<ImportError> errors;
  private final long total;

  public ImportException(Path file, List<ImportError> errors, long total) {
    super(message(file, errors, total));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an import error needs at least one problem");
    }
    this.file = file;
    this.errors = List.copyOf(errors);
    this.total = Math.max(total, errors.size());
  }

  /** One problem. */
  public ImportException(Path file, long line, int column, Refusal refusal) {
    this(file, List.of(new ImportError(line, column, refusal)), 1);
  }

  /** One problem with a coded reason: {@code code} of the catalogue, then name, value pairs. */
  public static ImportException of(
      Path file, long line, int column, String field, String code, Object... namesAndValues) {
    return new ImportException(file, line, column, Refusal.of(code, field, namesAndValues));
  }

  private static String message(Path file, List<ImportError> errors, long total) {
    if (errors.isEmpty()) {
      return String.valueOf(file);
    }
    ImportError first = errors.get(0);
    String more = total > 1 ? " (and " + (total - 1) + " more problems)" : "";
    return file
        + ":"
        + first.line()
        + ":"
        + first.column()
        + ": field '"
        + first.field()
        + "': "
        + MessageCatalogue.get().render(first.refusal(), MessageCatalogue.ENGLISH)
        + more;
  }

  public Path file() {
    return file;
  }

  /** The problems kept, in file order (at most {@link #MAX_REPORTED}). */
  public List<ImportError> errors() {
    return errors;
  }

  /** How many problems the file has, including those beyond {@link #MAX_REPORTED}. */
  public long total() {
    return total;
  }

  /** The line of the first problem. */
  public long line() {
    return errors.get(0).line();
  }

  /** The column of the first problem. */
  public int column() {
    return errors.get(0).column();
  }

  /** The field of the first problem. */
  public String field() {
    return errors.get(0).field();
  }

  /** The coded reason of the first problem. */
  public Refusal refusal() {
    return errors.get(0).refusal();
  }

  /** The reason of the first problem in English, for logs and tests. */
  public String reason() {
    return MessageCatalogue.get().render(refusal(), MessageCatalogue.ENGLISH);
  }
}
