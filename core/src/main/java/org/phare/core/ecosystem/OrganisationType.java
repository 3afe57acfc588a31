package org.phare.core.ecosystem;

/** The sub-type of an organisation within its {@link Family}. */
public enum OrganisationType implements Labelled {
  LOCAL_AUTHORITY(Family.PUBLIC_AUTHORITY, "Collectivité territoriale", "Local authority"),
  STATE_SERVICE(Family.PUBLIC_AUTHORITY, "Service de l’État", "State service"),
  COMPANY(Family.ECONOMIC_ACTOR, "Entreprise", "Company"),
  CRAFTSMAN_SHOP(Family.ECONOMIC_ACTOR, "Artisan, commerçant", "Craftsman or shop"),
  CONSULTANT(Family.ECONOMIC_ACTOR, "Consultant", "Consultant"),
  NETWORK(Family.GENERAL_INTEREST, "Réseau", "Network"),
  ASSOCIATION(Family.GENERAL_INTEREST, "Association", "Association"),
  FOUNDATION(Family.GENERAL_INTEREST, "Fondation", "Foundation"),
  ACADEMIA_TRAINING(Family.ACADEMIA, "Université, école, formation", "Academia and training"),
  MEDIA(Family.MEDIA, "Média", "Media"),
  CITIZENS_GROUP(Family.CITIZENS, "Collectif de citoyens", "Citizens' group");

  private final Family family;
  private final String labelFr;
  private final String labelEn;

  OrganisationType(Family family, String labelFr, String labelEn) {
    this.family = family;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public Family family() {
    return family;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  public static OrganisationType parse(String text) {
    return Labelled.parse(OrganisationType.class, "type", text);
  }
}
