package org.phare.core.ecosystem;

/**
 * Lifecycle of an accompanied partnership (référentiel 2016 §3.2.1.2): prepare the partners, launch
 * and steer, evaluate its social utility.
 */
public enum PartnershipStage implements Labelled {
  PREPARE("Préparer les partenaires", "Prepare the partners"),
  LAUNCH_AND_STEER("Lancer et piloter", "Launch and steer"),
  EVALUATE("Évaluer", "Evaluate");

  private final String labelFr;
  private final String labelEn;

  PartnershipStage(String labelFr, String labelEn) {
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

  public static PartnershipStage parse(String text) {
    return Labelled.parse(PartnershipStage.class, "stage", text);
  }
}
