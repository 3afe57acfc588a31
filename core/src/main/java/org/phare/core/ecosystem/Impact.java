package org.phare.core.ecosystem;

/**
 * The three impacts on which a partnership or initiative is evaluated (référentiel 2016; DESIGN
 * §4).
 */
public enum Impact implements Labelled {
  ORGANISATION_PERFORMANCE("Performance des organisations", "Performance of organisations"),
  TERRITORIAL_INNOVATION(
      "Innovation territoriale et sociétale", "Territorial and societal innovation"),
  CONFIDENCE("Confiance des personnes et des territoires", "Confidence of people and territories");

  private final String labelFr;
  private final String labelEn;

  Impact(String labelFr, String labelEn) {
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

  public static Impact parse(String text) {
    return Labelled.parse(Impact.class, "impact", text);
  }
}
