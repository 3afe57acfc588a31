package org.phare.core.survey;

/**
 * What to do when a stratum (or, at later stages, a sampled unit) holds a single sampled unit, so
 * that no within-stratum variance can be estimated. Mirrors R {@code
 * options(survey.lonely.psu=...)}; a stratum sampled exhaustively (finite population correction
 * zero) never raises the question.
 */
public enum LonelyPsu {
  /** Stop with an error naming the stratum and the stage (R "fail", the R default). */
  FAIL,
  /** The lonely unit contributes no variance, as if sampled with certainty (R "certainty"). */
  CERTAINTY,
  /**
   * The lonely unit's total is taken as deviation from zero, a conservative choice (R "adjust":
   * {@code f * Z^2} with no {@code n/(n-1)} factor).
   */
  ADJUST
}
