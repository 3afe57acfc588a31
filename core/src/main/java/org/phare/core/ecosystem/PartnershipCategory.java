package org.phare.core.ecosystem;

/**
 * The four partnership categories and their two logics (rapport PHARE 2013-2017; référentiel 2016
 * §2.1.2). National shares among partnering companies: responsible practices 42 %, mécénat 30 %,
 * economic cooperation 25 %, societal innovation 16 % (see {@link NationalReference}).
 */
public enum PartnershipCategory implements Labelled {
  MECENAT(Logic.ASSOCIATIVE, "Mécénat", "Sponsorship (mécénat)"),
  SOCIETAL_INNOVATION(Logic.ASSOCIATIVE, "Innovation sociétale", "Societal innovation"),
  ECONOMIC_COOPERATION(Logic.COMPANY, "Coopération économique", "Economic cooperation"),
  RESPONSIBLE_PRACTICES(Logic.COMPANY, "Pratiques responsables", "Responsible practices");

  /** Whose project the partnership primarily serves. */
  public enum Logic {
    ASSOCIATIVE,
    COMPANY
  }

  private final Logic logic;
  private final String labelFr;
  private final String labelEn;

  PartnershipCategory(Logic logic, String labelFr, String labelEn) {
    this.logic = logic;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public Logic logic() {
    return logic;
  }

  /** True for the associative logic (mécénat, societal innovation), false for the company one. */
  public boolean associativeLogic() {
    return logic == Logic.ASSOCIATIVE;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  public static PartnershipCategory parse(String text) {
    return Labelled.parse(PartnershipCategory.class, "category", text);
  }
}
