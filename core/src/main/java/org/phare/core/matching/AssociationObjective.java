package org.phare.core.matching;

/**
 * The four objectives an association (general-interest organisation) pursues through partnerships
 * (référentiel 2016): mobilise people and skills, involve actors, develop economic resources,
 * innovate. See {@link CompanyObjective#complement()} for the pairing with company objectives.
 */
public enum AssociationObjective implements Objective {
  PEOPLE_AND_SKILLS("Mobiliser des ressources humaines et des compétences", "People and skills"),
  INVOLVEMENT_OF_ACTORS("Impliquer des acteurs", "Involvement of actors"),
  ECONOMIC_RESOURCES("Développer des ressources économiques", "Economic resources"),
  INNOVATION("Innover", "Innovation");

  private final String labelFr;
  private final String labelEn;

  AssociationObjective(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  @Override
  public Side side() {
    return Side.ASSOCIATION;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  /** The company objective whose {@link CompanyObjective#complement()} is this one. */
  public CompanyObjective complement() {
    for (CompanyObjective objective : CompanyObjective.values()) {
      if (objective.complement() == this) {
        return objective;
      }
    }
    throw new IllegalStateException("no company objective complements " + this);
  }
}
