package org.phare.core.survey;

import java.util.Locale;

/** Publication status of an estimate given its unweighted base (see {@link SmallBaseRule}). */
public enum BaseStatus {
  /** Base large enough: the figure is shown. */
  OK,
  /** Base small: the figure is shown with a warning mark. */
  FLAGGED,
  /** Base too small: no figure may be shown anywhere. */
  HIDDEN;

  /** Lower-case code for outputs. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
