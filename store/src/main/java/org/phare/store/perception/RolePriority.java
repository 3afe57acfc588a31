package org.phare.store.perception;

/** A mayor's answer to one item of Q8 (see {@link LocalAuthorityRole}). */
public enum RolePriority {
  PRIORITY("Prioritaire", "Priority"),
  SECONDARY("Secondaire", "Secondary"),
  NOT_NEEDED("Pas indispensable", "Not needed");

  private final String labelFr;
  private final String labelEn;

  RolePriority(String labelFr, String labelEn) {
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
