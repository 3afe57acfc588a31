package org.phare.core.survey;

/**
 * The small-base publication rule applied to every estimate before it reaches a screen or an
 * export: an estimate on fewer than {@code hideBelow} respondents is hidden (it carries no number
 * at all), one on fewer than {@code flagBelow} is flagged. The base is the unweighted number of
 * respondents behind the estimate (for a comparison, the group's own base).
 *
 * @param hideBelow estimates with {@code n < hideBelow} are hidden
 * @param flagBelow estimates with {@code hideBelow <= n < flagBelow} are flagged
 */
public record SmallBaseRule(int hideBelow, int flagBelow) {

  /** The default rule: hide under 30 respondents, flag under 100. */
  public static final SmallBaseRule DEFAULT = new SmallBaseRule(30, 100);

  /** Validates that {@code 0 <= hideBelow <= flagBelow}. */
  public SmallBaseRule {
    if (hideBelow < 0 || flagBelow < hideBelow) {
      throw new IllegalArgumentException(
          "small-base rule needs 0 <= hide threshold <= flag threshold, got hide below "
              + hideBelow
              + " and flag below "
              + flagBelow);
    }
  }

  /** Status of an estimate resting on {@code n} respondents. */
  public BaseStatus status(long n) {
    if (n < hideBelow) {
      return BaseStatus.HIDDEN;
    }
    return n < flagBelow ? BaseStatus.FLAGGED : BaseStatus.OK;
  }

  /**
   * The estimate as it may be published: status set, and every number (estimate, SE, interval,
   * weighted base, comparison figures) removed when hidden.
   */
  public Estimate apply(Estimate e) {
    BaseStatus status = status(e.n());
    if (status != BaseStatus.HIDDEN) {
      return e.withStatus(status);
    }
    return e.hidden();
  }
}
