package org.phare.core.survey;

/**
 * Convergence and bounds of a calibration.
 *
 * @param tolerance convergence when every calibrated total is within {@code tolerance * (1 +
 *     |target|)} of its target (R {@code grake}'s criterion)
 * @param maxIterations iteration cap; not converging by then is an error
 * @param lowerBound lower bound of the ratio {@code g = calibrated / initial weight} (0 for none)
 * @param upperBound upper bound of {@code g} ({@code +inf} for none)
 */
public record CalibrationOptions(
    double tolerance, int maxIterations, double lowerBound, double upperBound) {

  /** Tolerance 1e-10, 1000 iterations, no bounds. */
  public static final CalibrationOptions DEFAULT =
      new CalibrationOptions(1e-10, 1000, 0, Double.POSITIVE_INFINITY);

  /** Validates the options. */
  public CalibrationOptions {
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("calibration tolerance must be positive: " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("iteration cap must be at least 1: " + maxIterations);
    }
    if (!(lowerBound >= 0 && lowerBound <= 1 && upperBound >= 1)) {
      throw new IllegalArgumentException(
          "weight bounds must satisfy 0 <= lower <= 1 <= upper, got "
              + lowerBound
              + " and "
              + upperBound);
    }
  }

  /** Same options with bounds on the weight ratio {@code g}. */
  public CalibrationOptions withBounds(double lower, double upper) {
    return new CalibrationOptions(tolerance, maxIterations, lower, upper);
  }

  boolean bounded() {
    return lowerBound > 0 || upperBound < Double.POSITIVE_INFINITY;
  }
}
