package org.phare.core.ecosystem;

/**
 * Stages of an accompanied initiative (référentiel 2016 §3.2.1.3): surface needs, co-build
 * solutions, evaluate results.
 */
public enum InitiativeStage implements Labelled {
  SURFACE_NEEDS("Faire émerger les besoins", "Surface needs"),
  CO_BUILD("Co-construire des solutions", "Co-build solutions"),
  EVALUATE("Évaluer les résultats", "Evaluate results");

  private final String labelFr;
  private final String labelEn;

  InitiativeStage(String labelFr, String labelEn) {
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

  public static InitiativeStage parse(String text) {
    return Labelled.parse(InitiativeStage.class, "stage", text);
  }
}
