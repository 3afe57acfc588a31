package org.phare.core.ecosystem;

/** Size class of an economic actor (INSEE categories of the LME 2008 decree). */
public enum CompanySize implements Labelled {
  LARGE("Grande entreprise", "Large company"),
  MID_CAP("Entreprise de taille intermédiaire", "Mid-cap"),
  SME("PME", "SME"),
  MICRO("Microentreprise", "Micro-company");

  private final String labelFr;
  private final String labelEn;

  CompanySize(String labelFr, String labelEn) {
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

  public static CompanySize parse(String text) {
    return Labelled.parse(CompanySize.class, "size", text);
  }
}
