package org.phare.core.ecosystem;

import org.phare.core.message.RefusedException;

/**
 * A SIREN number: 9 digits whose Luhn checksum is valid (INSEE, répertoire SIRENE). Spaces typed by
 * users ("552 100 554") are removed.
 */
public record Siren(String value) {

  public Siren {
    if (value == null) {
      throw RefusedException.badInput("input.required", "siren");
    }
    value = value.replace(" ", "").replace("\u00a0", "");
    if (!value.matches("[0-9]{9}")) {
      throw RefusedException.badInput("registry.siren.digits", "siren", "value", value);
    }
    if (!luhn(value)) {
      throw RefusedException.refused("registry.siren.check-digit", "siren", "value", value);
    }
  }

  /** Null for a blank text, otherwise the parsed SIREN. */
  public static Siren parseOrNull(String text) {
    return text == null || text.isBlank() ? null : new Siren(text);
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Override
  public String toString() {
    return value;
  }
}
