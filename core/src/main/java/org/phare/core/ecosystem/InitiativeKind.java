package org.phare.core.ecosystem;

/**
 * The two collective forms of co-construction besides bilateral partnerships (référentiel 2016 part
 * 3).
 */
public enum InitiativeKind implements Labelled {
  TERRITORIAL_DIALOGUE("Dialogue territorial", "Territorial dialogue"),
  COLLECTIVE_EXPERIMENT("Expérimentation collective", "Collective experiment");

  private final String labelFr;
  private final String labelEn;

  InitiativeKind(String labelFr, String labelEn) {
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

  public static InitiativeKind parse(String text) {
    return Labelled.parse(InitiativeKind.class, "kind", text);
  }
}
