package org.phare.store.survey;

/**
 * Unreadable survey microdata (file, column, value): the message says what and where (file, line,
 * column). An {@link IllegalArgumentException}, so callers that report bad input (the CLI) report
 * it alike.
 */
public final class MicrodataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public MicrodataException(String message) {
    super(message);
  }
}
