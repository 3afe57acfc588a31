package org.phare.store.perception;

/**
 * The four categories of partnerships between companies and associations, in two logics
 * (référentiel co-construction territoriale §1.2.3; rapport PHARE 2013-2017 §2-5, §2-6).
 */
public enum PartnershipCategory {
  MECENAT("Mécénat", "Corporate philanthropy", true),
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

  /** Associative logic (mécénat, societal innovation) or company logic (the other two). */
  public boolean associativeLogic() {
    return associativeLogic;
  }
}
