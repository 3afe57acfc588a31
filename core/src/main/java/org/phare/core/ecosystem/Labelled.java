package org.phare.core.ecosystem;

import java.util.Locale;

/** A stable code with a French (first) and English label, shared by the ecosystem vocabularies. */
public interface Labelled {

  String name();

  String labelFr();

  String labelEn();

  /**
   * Parses a code of an enum of labelled values, case-insensitively, accepting {@code -} and spaces
   * for {@code _}.
   *
   * @throws IllegalArgumentException naming the field and the accepted codes
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(normalized)) {
        return value;
      }
    }
    StringBuilder accepted = new StringBuilder();
    for (E value : type.getEnumConstants()) {
      accepted.append(accepted.length() == 0 ? "" : ", ").append(value.name());
    }
    throw new IllegalArgumentException(
        field + " '" + text.trim() + "' is unknown (expected one of " + accepted + ")");
  }
}
