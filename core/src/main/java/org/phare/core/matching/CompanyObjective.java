package org.phare.core.matching;

/**
 * The four objectives a company pursues through partnerships (référentiel 2016; Observatoire des
 * partenariats, "Objectifs des partenariats", Le RAMEAU 2016): internal stakes (HR and management,
 * stakeholder dialogue) and performance stakes (economic impact, innovation).
 */
public enum CompanyObjective implements Objective {
  HR_MANAGEMENT(
      "Optimiser la gestion des ressources humaines (RH, management)",
      "Human resources and management"),
  STAKEHOLDER_DIALOGUE(
      "Favoriser le dialogue avec les parties prenantes", "Dialogue with stakeholders"),
  ECONOMIC_IMPACT("Bénéficier d’impacts économiques", "Economic impact"),
  INNOVATION("Participer à une innovation sociale et sociétale", "Social and societal innovation");

  private final String labelFr;
  private final String labelEn;

  CompanyObjective(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  @Override
  public Side side() {
    return Side.COMPANY;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  /**
   * The association objective this one meets. Each company stake finds its counterpart in the
   * association's (rapport PHARE 2013-2017 §co-construction, two mirrored "objectifs du
   * partenariat" diagrams): employees' engagement and skills (skills sponsorship, volunteering)
   * feed the association's need for people and skills; dialogue with stakeholders is the
   * association's involvement of actors; economic impact for the company is economic resources for
   * the association (economic cooperation, mécénat); innovation meets innovation.
   */
  public AssociationObjective complement() {
    return switch (this) {
      case HR_MANAGEMENT -> AssociationObjective.PEOPLE_AND_SKILLS;
      case STAKEHOLDER_DIALOGUE -> AssociationObjective.INVOLVEMENT_OF_ACTORS;
      case ECONOMIC_IMPACT -> AssociationObjective.ECONOMIC_RESOURCES;
      case INNOVATION -> AssociationObjective.INNOVATION;
    };
  }
}
