package org.phare.core.ecosystem;

/**
 * What an organisation seeks in its partnerships: four objectives for companies, four for
 * associations (référentiel 2016 part 3, CBE Lille questionnaire; rapport PHARE 2013-2017).
 */
public enum PartnershipObjective implements Labelled {
  HR_AND_MANAGEMENT(Side.COMPANY, "Ressources humaines et management", "HR and management"),
  STAKEHOLDER_DIALOGUE(Side.COMPANY, "Dialogue avec les parties prenantes", "Stakeholder dialogue"),
  ECONOMIC_IMPACT(Side.COMPANY, "Impacts économiques", "Economic impact"),
  COMPANY_INNOVATION(
      Side.COMPANY, "Innovation sociale et sociétale", "Social and societal innovation"),
  PEOPLE_AND_SKILLS(Side.ASSOCIATION, "Ressources humaines et compétences", "People and skills"),
  INVOLVEMENT_OF_ACTORS(Side.ASSOCIATION, "Implication des acteurs", "Involvement of actors"),
  ECONOMIC_RESOURCES(Side.ASSOCIATION, "Ressources économiques", "Economic resources"),
  ASSOCIATION_INNOVATION(Side.ASSOCIATION, "Innovation", "Innovation");

  /** Which kind of organisation the objective belongs to. */
  public enum Side {
    COMPANY,
    ASSOCIATION
  }

  private final Side side;
  private final String labelFr;
  private final String labelEn;

  PartnershipObjective(Side side, String labelFr, String labelEn) {
    this.side = side;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public Side side() {
    return side;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  public static PartnershipObjective parse(String text) {
    return Labelled.parse(PartnershipObjective.class, "objectives", text);
  }
}
