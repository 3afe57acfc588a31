package org.phare.core.matching;

import java.util.Locale;
import org.phare.core.message.RefusedException;

/** The two categories that meet in a speed-dating: company leaders and association leaders. */
public enum Side {
  COMPANY("Entreprise", "Company"),
  ASSOCIATION("Association", "Association");

  private final String labelFr;
  private final String labelEn;

  Side(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The other category. */
  public Side other() {
    return this == COMPANY ? ASSOCIATION : COMPANY;
  }

  /**
   * Parses {@code company}, {@code association} (any case), or the French {@code entreprise}.
   *
   * @throws IllegalArgumentException naming the unknown value
   */
  public static Side parse(String code) {
    String normalized = code.trim().toLowerCase(Locale.ROOT);
    return switch (normalized) {
      case "company", "entreprise" -> COMPANY;
      case "association" -> ASSOCIATION;
      default -> throw RefusedException.badInput("matching.side.unknown", "side", "value", code);
    };
  }
}
