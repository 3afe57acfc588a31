package org.phare.core.ecosystem;

/** Resources a partner brings to a partnership. */
public enum ResourceKind implements Labelled {
  FINANCIAL("Financières", "Financial"),
  SKILLS("Compétences", "Skills"),
  IN_KIND("En nature", "In kind");

  private final String labelFr;
  private final String labelEn;

  ResourceKind(String labelFr, String labelEn) {
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

  public static ResourceKind parse(String text) {
    return Labelled.parse(ResourceKind.class, "resources", text);
  }
}
