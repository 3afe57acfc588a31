package org.phare.core.territory;

import java.util.Locale;
import org.phare.core.message.Localized;
import org.phare.core.message.RefusedException;

/** Administrative levels, from the largest to the smallest. */
public enum Level implements Localized {
  COUNTRY("pays", "country"),
  REGION("région", "region"),
  DEPARTEMENT("département", "département"),
  EPCI("EPCI", "EPCI"),
  COMMUNE("commune", "commune");

  private final String labelFr;
  private final String labelEn;
  private final String code;

  Level(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.code = name().toLowerCase(Locale.ROOT);
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The lower-case code used on the command line and in URLs ({@code region}, {@code epci}...). */
  public String code() {
    return code;
  }

  /**
   * Parses a level code, accepting the French spellings users type ({@code département}, {@code
   * région}).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Level parse(String text) {
    for (Level level : values()) {
      if (level.code.equals(text)) {
        return level; // the usual spelling, without normalising (hot in imports)
      }
    }
    String normalized =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace('é', 'e')
            .replace("department", "departement")
            .replace("pays", "country")
            .replace("france", "country");
    for (Level level : values()) {
      if (level.code().equals(normalized)) {
        return level;
      }
    }
    throw RefusedException.badInput("territory.level.unknown", "territory", "value", text);
  }
}
