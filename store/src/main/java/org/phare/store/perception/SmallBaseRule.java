package org.phare.store.perception;

/**
 * What to do with an estimate from a small base: hide it under {@code hideBelow} respondents, show
 * it flagged ("faible effectif, à interpréter avec prudence") under {@code flagBelow}. The one
 * place where the rule lives, so it can be swapped for the survey module's rule.
 */
public record SmallBaseRule(int hideBelow, int flagBelow) {

  /** The project's rule: hide below 30 respondents, flag below 100. */
  public static final SmallBaseRule DEFAULT = new SmallBaseRule(30, 100);

  /** How an estimate with base n is shown. */
  public enum Display {
    HIDDEN,
    FLAGGED,
    SHOWN
  }

  public Display display(int n) {
    return n < hideBelow ? Display.HIDDEN : n < flagBelow ? Display.FLAGGED : Display.SHOWN;
  }
}
