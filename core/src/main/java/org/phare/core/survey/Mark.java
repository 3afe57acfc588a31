package org.phare.core.survey;

import java.util.Locale;

/** Outcome of the test of a group against the rest of the sample. */
public enum Mark {
  /** Significantly above the rest at the chosen level. */
  ABOVE,
  /** Significantly below the rest at the chosen level. */
  BELOW,
  /** Not significantly different, or not testable (hidden base, zero variance). */
  NONE;

  /** Lower-case code for outputs. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
