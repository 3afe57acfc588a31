package org.phare.store.ecosystem;

import java.util.List;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;

/**
 * An import refused as a whole: nothing was written. Lists every error found, each with where it is
 * (file, line, column) and why (a {@link Refusal} the catalogue renders); {@link #refusals()} gives
 * the same reasons in the same order.
 */
public final class ImportException extends RefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * One error.
   *
   * @param file file name as given by the user
   * @param line 1-based line number in the file (the header is line 1)
   * @param column 1-based column number, 0 when the error concerns the whole line
   * @param field column name from the header, empty when the error concerns the whole line
   * @param reason what is wrong
   */
  public record LineError(String file, long line, int column, String field, Refusal reason) {
    /** For logs and tests only: users read the catalogue's rendering. */
    @Override
    public String toString() {
      return file
          + ":"
          + line
          + (column > 0 ? ":" + column + " (" + field + ")" : "")
          + ": "
          + reason;
    }
  }

  private final transient List<LineError> errors;

  public ImportException(List<LineError> errors) {
    super(RefusalKind.REFUSED, errors.stream().map(LineError::reason).toList());
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }
}
