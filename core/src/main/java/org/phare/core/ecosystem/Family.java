package org.phare.core.ecosystem;

/**
 * The stakeholder families of a territory (référentiel co-construction territoriale 2016, §1.2.3).
 * The social and solidarity economy (ESS) cuts across families: it is a flag on the organisation.
 */
public enum Family implements Labelled {
  PUBLIC_AUTHORITY("Pouvoirs publics", "Public authorities"),
  ECONOMIC_ACTOR("Acteurs économiques", "Economic actors"),
  GENERAL_INTEREST("Structures d’intérêt général", "General-interest organisations"),
  ACADEMIA("Monde académique et formation", "Academia and training"),
  MEDIA("Médias", "Media"),
  CITIZENS("Citoyens", "Citizens");

  private final String labelFr;
  private final String labelEn;

  Family(String labelFr, String labelEn) {
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

  /** Public/private: public authorities on one side, companies and associations on the other. */
  public boolean isPrivate() {
    return this == ECONOMIC_ACTOR || this == GENERAL_INTEREST;
  }

  public static Family parse(String text) {
    return Labelled.parse(Family.class, "family", text);
  }
}
