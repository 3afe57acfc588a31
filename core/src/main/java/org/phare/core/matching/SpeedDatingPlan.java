package org.phare.core.matching;

/**
 * A planned event with its quality: the total affinity of its meetings against an upper bound that
 * no schedule can beat (see {@link SpeedDatingPlanner} for the bound).
 */
public record SpeedDatingPlan(Schedule schedule, double upperBound) {

  public double totalAffinity() {
    return schedule.totalAffinity();
  }

  /** Total affinity over the upper bound, in [0, 1]; 1 when the bound is 0 (nothing to gain). */
  public double ratio() {
    return upperBound <= 0 ? 1.0 : Math.min(1.0, totalAffinity() / upperBound);
  }
}
