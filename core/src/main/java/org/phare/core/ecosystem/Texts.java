package org.phare.core.ecosystem;

/** Validation of free texts entered by users. */
final class Texts {

  private Texts() {}

  /** Trims, maps null to empty, refuses control characters and overlong values. */
  static String clean(String text, String field, int maxLength) {
    if (text == null) {
      return "";
    }
    String trimmed = text.strip();
    if (trimmed.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " is too long (" + trimmed.length() + " characters, at most " + maxLength + ")");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw new IllegalArgumentException(field + " contains a control character");
      }
    }
    return trimmed;
  }

  static String required(String text, String field, int maxLength) {
    String cleaned = clean(text, field, maxLength);
    if (cleaned.isEmpty()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return cleaned;
  }
}
