package org.phare.core.study;

/**
 * The kinds of question a questionnaire holds. Every answer arrives as a list of strings (a form's
 * values for one field); each type says how many values it takes and which ones are valid.
 */
public enum QuestionType {
  /** One choice code among the question's choices. */
  SINGLE_CHOICE,
  /** Any number of distinct choice codes (at most {@code max} when the question sets one). */
  MULTIPLE_CHOICE,
  /** One whole number between {@code min} and {@code max} (1 to 10 for the PHARE grid). */
  RATING,
  /** Exactly {@code count} distinct choice codes, in order of preference. */
  RANKING,
  /** One number (a decimal point or comma accepted) between {@code min} and {@code max}. */
  NUMBER,
  /** Free text of at most {@code maxLength} characters ({@value Question#MAX_TEXT} at most). */
  TEXT,
  /** A commune's COG code (five characters), which must lie in the study's territory. */
  COMMUNE
}
