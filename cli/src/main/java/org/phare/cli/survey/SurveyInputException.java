package org.phare.cli.survey;

/** Bad survey input (file, column, option): the message says what and where. */
final class SurveyInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SurveyInputException(String message) {
    super(message);
  }
}
