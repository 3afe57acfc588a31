package org.phare.core.matching;

import java.util.Locale;

/**
 * The four categories of partnership between companies and associations (DESIGN.md §4; référentiel
 * 2016). Two follow the associative logic (the partnership serves the association's project), two
 * the company logic (it serves the company's activity). Defined in the matching package for now;
 * the organisation registry may move it to a shared partnership package.
 */
public enum PartnershipCategory {
  MECENAT("Mécénat", "Sponsorship (mécénat)", true),
  SOCIETAL_INNOVATION("Innovation sociétale", "Societal innovation", true),
  ECONOMIC_COOPERATION("Coopération économique", "Economic cooperation", false),
  RESPONSIBLE_PRACTICES("Pratiques responsables", "Responsible practices", false);

  private final String labelFr;
  private final String labelEn;
  private final boolean associativeLogic;

  PartnershipCategory(String labelFr, String labelEn, boolean associativeLogic) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.associativeLogic = associativeLogic;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }

  /** True for the associative logic (mécénat, societal innovation), false for the company one. */
  public boolean associativeLogic() {
    return associativeLogic;
  }

  /**
   * Parses a code such as {@code MECENAT} or {@code economic-cooperation}.
   *
   * @throws IllegalArgumentException naming the unknown code
   */
  public static PartnershipCategory parse(String code) {
    String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (PartnershipCategory category : values()) {
      if (category.name().equals(normalized)) {
        return category;
      }
    }
    throw new IllegalArgumentException(
        "unknown partnership category '"
            + code
            + "' (expected MECENAT, SOCIETAL_INNOVATION, ECONOMIC_COOPERATION or"
            + " RESPONSIBLE_PRACTICES)");
  }
}
