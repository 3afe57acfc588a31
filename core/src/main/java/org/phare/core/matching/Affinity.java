package org.phare.core.matching;

import java.util.Comparator;
import java.util.List;

/**
 * How well a company and an association fit, with the reasons why. The total is the sum of the
 * reasons' points (see {@link AffinityModel} for the formula); reasons are sorted by decreasing
 * points, and a zero affinity has no reason.
 */
public record Affinity(double total, List<Reason> reasons) {

  /** No affinity at all. */
  public static final Affinity NONE = new Affinity(0, List.of());

  public Affinity {
    if (!(total >= 0) || Double.isInfinite(total)) {
      throw new IllegalArgumentException("affinity total must be finite and >= 0, got " + total);
    }
    reasons = List.copyOf(reasons);
  }

  /** Builds an affinity from its reasons: total = sum of points, reasons by decreasing points. */
  public static Affinity of(List<Reason> reasons) {
    List<Reason> sorted =
        reasons.stream().sorted(Comparator.comparingDouble(Reason::points).reversed()).toList();
    double total = 0;
    for (Reason reason : sorted) {
      total += reason.points();
    }
    return new Affinity(total, sorted);
  }
}
