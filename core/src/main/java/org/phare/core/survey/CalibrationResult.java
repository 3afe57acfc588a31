package org.phare.core.survey;

/**
 * Calibrated weights and how they were reached.
 *
 * @param weights the calibrated weights, one per row
 * @param iterations iterations used (full raking cycles, or Newton steps)
 * @param maxRelativeError largest {@code |calibrated total - target| / (1 + |target|)}
 * @param design the design with calibrated weights, whose variances use calibration residuals
 */
public record CalibrationResult(
    double[] weights, int iterations, double maxRelativeError, SurveyDesign design) {}
