package org.phare.core.diagnostic;

import java.util.Locale;
import org.phare.core.message.RefusedException;

/** What a territory is compared with. */
public enum Reference {
  /** France: the national value (published, or aggregated from all territories). */
  NATIONAL("France", "France"),
  /** The enclosing territory: a commune's EPCI, an EPCI's département, a département's region. */
  PARENT("territoire parent", "parent territory"),
  /**
   * The peers: territories of the same level in the same parent (the départements of the same
   * region...), compared horizontally; the reference value is the peers' median.
   */
  PEERS("territoires pairs", "peer territories");

  private final String labelFr;
  private final String labelEn;

  Reference(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Reference parse(String text) {
    for (Reference reference : values()) {
      if (reference.code().equalsIgnoreCase(text.trim())) {
        return reference;
      }
    }
    throw RefusedException.badInput("diagnostic.reference.unknown", "reference", "value", text);
  }
}
