package org.phare.core.indicator;

/** Whether a higher value of an indicator means a more or a less fragile territory. */
public enum Polarity {
  /** Higher is more fragile (unemployment rate, poverty rate, crime rate). */
  HIGHER_IS_MORE_FRAGILE(1),
  /** Higher is less fragile (median income, doctors per inhabitant, fibre coverage). */
  HIGHER_IS_LESS_FRAGILE(-1),
  /** Context only (population, density): shown, never scored. */
  NEUTRAL(0);

  private final int sign;

  Polarity(int sign) {
    this.sign = sign;
  }

  /** +1, -1 or 0: multiplying a gap by it gives a gap oriented towards fragility. */
  public int sign() {
    return sign;
  }
}
