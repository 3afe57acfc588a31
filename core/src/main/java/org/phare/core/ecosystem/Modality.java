package org.phare.core.ecosystem;

/** The nine partnership modalities, each within one {@link PartnershipCategory}. */
public enum Modality implements Labelled {
  FINANCIAL_PATRONAGE(PartnershipCategory.MECENAT, "Mécénat financier", "Financial patronage"),
  SKILLS_PATRONAGE(PartnershipCategory.MECENAT, "Mécénat de compétences", "Skills patronage"),
  IN_KIND_PATRONAGE(PartnershipCategory.MECENAT, "Mécénat en nature", "In-kind patronage"),
  SEEDING_RND(PartnershipCategory.SOCIETAL_INNOVATION, "Amorçage, R&D", "Seeding and R&D"),
  SCALING_UP(PartnershipCategory.SOCIETAL_INNOVATION, "Changement d’échelle", "Scaling up"),
  CO_DEVELOPED_OFFER(
      PartnershipCategory.ECONOMIC_COOPERATION,
      "Co-développement d’une offre",
      "Co-developed offer"),
  JOINT_TENDER(
      PartnershipCategory.ECONOMIC_COOPERATION,
      "Réponse conjointe à un appel d’offres",
      "Joint answer to a tender"),
  PRACTICE_CHANGE(
      PartnershipCategory.RESPONSIBLE_PRACTICES, "Évolution des pratiques", "Change of practices"),
  RESPONSIBLE_PURCHASING(
      PartnershipCategory.RESPONSIBLE_PRACTICES, "Achats responsables", "Responsible purchasing");

  private final PartnershipCategory category;
  private final String labelFr;
  private final String labelEn;

  Modality(PartnershipCategory category, String labelFr, String labelEn) {
    this.category = category;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public PartnershipCategory category() {
    return category;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  public static Modality parse(String text) {
    return Labelled.parse(Modality.class, "modality", text);
  }
}
