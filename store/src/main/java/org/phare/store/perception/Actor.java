package org.phare.store.perception;

import java.util.Locale;

/** The four actor types of the PHARE perception studies. */
public enum Actor {
  CITIZENS("Citoyens", "Citizens", "PHARE-Citoyens", "Comisis-OpinionWay, septembre 2015"),
  COMPANIES("Entreprises", "Companies", "PHARE-Entreprises", "Comisis, octobre 2015"),
  ASSOCIATIONS("Associations", "Associations", "PHARE-Associations", "Comisis, novembre 2015"),
  MAYORS("Maires", "Mayors", "PHARE-Institutions", "Comisis, 2016");

  private final String labelFr;
  private final String labelEn;
  private final String study;
  private final String fieldwork;

  Actor(String labelFr, String labelEn, String study, String fieldwork) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.study = study;
    this.fieldwork = fieldwork;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }

  /** Name of the published study whose figures the demonstration data reproduces. */
  public String study() {
    return study;
  }

  /** Who ran the published study and when (its vintage). */
  public String fieldwork() {
    return fieldwork;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the study asked about partnership practice (companies and associations). */
  public boolean asksPartnershipPractice() {
    return this == COMPANIES || this == ASSOCIATIONS;
  }

  public static Actor parse(String text) {
    for (Actor actor : values()) {
      if (actor.code().equalsIgnoreCase(text.trim())) {
        return actor;
      }
    }
    throw new IllegalArgumentException(
        "unknown actor '" + text + "' (expected citizens, companies, associations or mayors)");
  }
}
