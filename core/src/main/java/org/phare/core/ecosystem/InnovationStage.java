package org.phare.core.ecosystem;

/** The five stages of a societal innovation (référentiel 2016). */
public enum InnovationStage implements Labelled {
  CONCEPTION("Conception", "Conception"),
  EXPERIMENTATION("Expérimentation", "Experimentation"),
  MODELLING("Modélisation", "Modelling"),
  SPREADING("Essaimage", "Spreading"),
  INDUSTRIALISATION("Industrialisation", "Industrialisation");

  private final String labelFr;
  private final String labelEn;

  InnovationStage(String labelFr, String labelEn) {
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

  public static InnovationStage parse(String text) {
    return Labelled.parse(InnovationStage.class, "innovationStage", text);
  }
}
