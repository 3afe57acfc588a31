package org.phare.core.ecosystem;

import java.util.Locale;
import org.phare.core.message.Localized;
import org.phare.core.message.RefusedException;

/** A stable code with a French (first) and English label, shared by the ecosystem vocabularies. */
public interface Labelled extends Localized {

  String name();

  /**
   * Parses a code of an enum of labelled values, case-insensitively, accepting {@code -} and spaces
   * for {@code _}.
   *
   * @throws RefusedException naming the field and the value
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String text) {
    if (text == null || text.isBlank()) {
      throw RefusedException.badInput("input.required", field);
    }
    String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(normalized)) {
        return value;
      }
    }
    throw RefusedException.badInput("input.unknown-value", field, "value", text.trim());
  }
}
