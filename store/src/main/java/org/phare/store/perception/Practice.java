package org.phare.store.perception;

/** Answer to "does your organisation have partnerships?" (companies and associations). */
public enum Practice {
  YES("Oui, des partenariats en place", "Yes, partnerships in place"),
  INTENDS("Non, mais l’intention d’en développer d’ici 2 ans", "No, but intends to within 2 years"),
  NO("Non, et pas l’intention", "No, and no intention");

  private final String labelFr;
  private final String labelEn;

  Practice(String labelFr, String labelEn) {
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
