package org.phare.store.ecosystem;

import java.util.List;

/** An import refused as a whole: nothing was written. Lists every error found. */
public final class ImportException extends RuntimeException {

  /**
   * One error.
   *
   * @param file file name as given by the user
   * @param line 1-based line number in the file (the header is line 1)
   * @param column 1-based column number, 0 when the error concerns the whole line
   * @param field column name from the header, empty when the error concerns the whole line
   * @param message what is wrong
   */
  public record LineError(String file, long line, int column, String field, String message) {
    @Override
    public String toString() {
      return file
          + ":"
          + line
          + (column > 0 ? ":" + column + " (" + field + ")" : "")
          + ": "
          + message;
    }
  }

  private final transient List<LineError> errors;

  public ImportException(List<LineError> errors) {
    super(
        "Import refusé, rien n'a été enregistré : "
            + errors.size()
            + " erreur(s). Première : "
            + errors.get(0));
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }
}
