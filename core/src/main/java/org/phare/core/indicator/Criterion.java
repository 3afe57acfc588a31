package org.phare.core.indicator;

/**
 * The four criteria that group the 16 fragility domains (PHARE report §1-3, référentiel §1.2.1).
 */
public enum Criterion {
  ECONOMIC("Économique", "Economic"),
  SOCIAL("Social", "Social"),
  SOCIETAL("Sociétal", "Societal"),
  ENVIRONMENTAL("Environnemental", "Environmental");

  private final String labelFr;
  private final String labelEn;

  Criterion(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }
}
