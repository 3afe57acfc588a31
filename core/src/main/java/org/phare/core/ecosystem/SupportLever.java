package org.phare.core.ecosystem;

/** The four levers that support a societal innovation (référentiel 2016). */
public enum SupportLever implements Labelled {
  FUNDING("Financement", "Funding"),
  SKILLS_AND_NETWORK("Compétences et réseau", "Skills and network"),
  ADVICE("Conseil", "Advice"),
  EVALUATION("Évaluation", "Evaluation");

  private final String labelFr;
  private final String labelEn;

  SupportLever(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  public static SupportLever parse(String text) {
    return Labelled.parse(SupportLever.class, "levers", text);
  }
}
