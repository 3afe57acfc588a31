package org.phare.core.ecosystem;

/** Legal model of an economic actor (référentiel §1.2.3). */
public enum EconomicStatus implements Labelled {
  CLASSIC("Entreprise classique", "Classic company"),
  COOPERATIVE("Coopérative", "Cooperative"),
  MUTUAL("Mutuelle", "Mutual"),
  INTEGRATION("Entreprise d’insertion", "Integration enterprise"),
  ASSOCIATIVE("Entreprise associative", "Associative enterprise");

  private final String labelFr;
  private final String labelEn;

  EconomicStatus(String labelFr, String labelEn) {
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

  public static EconomicStatus parse(String text) {
    return Labelled.parse(EconomicStatus.class, "status", text);
  }
}
