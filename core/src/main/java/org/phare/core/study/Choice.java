package org.phare.core.study;

import java.util.Objects;
import org.phare.core.message.Localized;

/**
 * A choice of a question (or an item of an itemised question) with a stable code, the value stored
 * with the answers and read by exports: labels may be reworded, codes never change.
 */
public record Choice(String code, String labelFr, String labelEn) implements Localized {

  public Choice {
    Objects.requireNonNull(code, "code");
    labelFr = labelFr == null ? code : labelFr;
    labelEn = labelEn == null || labelEn.isBlank() ? labelFr : labelEn;
  }
}
