package org.phare.core.matching;

import java.util.Locale;
import org.phare.core.message.RefusedException;

/**
 * What an organisation expects from a partnership. Companies and associations answer four
 * objectives each (référentiel co-construction territoriale 2016, interview guide: "les
 * partenariats répondent à 4 types d'objectifs respectifs"); each company objective has exactly one
 * complementary association objective, see {@link CompanyObjective#complement()}.
 */
public sealed interface Objective permits CompanyObjective, AssociationObjective {

  /** The category of organisation this objective belongs to. */
  Side side();

  /** Stable code, as in files. */
  String name();

  String labelFr();

  String labelEn();

  /**
   * Parses an objective code of the given side, e.g. {@code HR_MANAGEMENT} for a company.
   *
   * @throws IllegalArgumentException naming the unknown code and the side
   */
  static Objective parse(Side side, String code) {
    String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    Objective[] candidates =
        side == Side.COMPANY ? CompanyObjective.values() : AssociationObjective.values();
    for (Objective objective : candidates) {
      if (objective.name().equals(normalized)) {
        return objective;
      }
    }
    throw RefusedException.badInput(
        "matching.objective.unknown", "objectives", "value", code, "side", side.name());
  }
}
