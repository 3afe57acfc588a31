package org.phare.core.ecosystem;

import org.phare.core.message.RefusedException;

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
      throw RefusedException.refused(
          "input.too-long", field, "length", trimmed.length(), "max", maxLength);
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw RefusedException.badInput("input.control-character", field);
      }
    }
    return trimmed;
  }

  static String required(String text, String field, int maxLength) {
    String cleaned = clean(text, field, maxLength);
    if (cleaned.isEmpty()) {
      throw RefusedException.badInput("input.required", field);
    }
    return cleaned;
  }
}
