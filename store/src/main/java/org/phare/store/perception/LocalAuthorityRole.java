package org.phare.store.perception;

/**
 * The six items of mayors' Q8 in PHARE-Institutions: "what is (would be) the role of local
 * authorities in developing alliances on the territory?". Each is answered {@link RolePriority}.
 */
public enum LocalAuthorityRole {
  FOSTER_MEETINGS(
      "Impulser des rencontres entre les organisations du territoire",
      "Foster meetings between the territory's organisations",
      "Impulser des rencontres",
      "Foster meetings"),
  ANIMATE_DIALOGUE(
      "Animer un dialogue territorial entre les organisations",
      "Animate a territorial dialogue between organisations",
      "Animer un dialogue territorial",
      "Animate a territorial dialogue"),
  HELP_PARTNERSHIPS(
      "Accompagner les organisations pour les aider à monter des partenariats",
      "Help organisations build partnerships",
      "Aider à monter des partenariats",
      "Help build partnerships"),
  PROMOTE_ALLIANCES(
      "Promouvoir les alliances innovantes",
      "Promote innovative alliances",
      "Promouvoir les alliances innovantes",
      "Promote innovative alliances"),
  COLLECTIVE_EXPERIMENTS(
      "Participer à des expérimentations collectives",
      "Take part in collective experiments",
      "Expérimentations collectives",
      "Collective experiments"),
  PUBLIC_PRIVATE_PARTNERSHIPS(
      "S’impliquer dans des partenariats publics / privés",
      "Engage in public-private partnerships",
      "Partenariats public-privé",
      "Public-private partnerships");

  private final String labelFr;
  private final String labelEn;
  private final String shortFr;
  private final String shortEn;

  LocalAuthorityRole(String labelFr, String labelEn, String shortFr, String shortEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.shortFr = shortFr;
    this.shortEn = shortEn;
  }

  /** Short label for chart axes (at most 36 characters). */
  public String shortFr() {
    return shortFr;
  }

  public String shortEn() {
    return shortEn;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }
}
