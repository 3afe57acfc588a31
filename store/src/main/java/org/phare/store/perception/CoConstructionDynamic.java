package org.phare.store.perception;

/**
 * Mayors' answer to Q4 of PHARE-Institutions: "is your territory carrying a co-construction dynamic
 * between associations, companies and local authorities?".
 */
public enum CoConstructionDynamic {
  ANCHORED("Oui, tout à fait : c’est ancré", "Yes, fully anchored"),
  GROWING("Oui, de plus en plus d’initiatives", "Yes, more and more initiatives"),
  EMERGING("Un peu, cela commence à émerger", "A little, emerging"),
  NONE("Non, pas du tout", "Not at all");

  private final String labelFr;
  private final String labelEn;

  CoConstructionDynamic(String labelFr, String labelEn) {
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
