package org.phare.core.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Calibration of the design weights to known population totals.
 *
 * <ul>
 *   <li><b>Raking</b> (iterative proportional fitting, R {@code rake} / {@code calibrate(...,
 *       calfun="raking")}): each margin in turn, the weights of every category are multiplied by
 *       {@code target / current total}; cycles repeat until every margin is met within the
 *       tolerance. The fixed point is the raking-ratio solution, unique when it exists.
 *   <li><b>Linear calibration</b> (GREG, R {@code calibrate(..., calfun="linear")}): {@code w_i =
 *       d_i (1 + x_i' lambda)} with {@code lambda = (sum d x x')^-1 (t_x - sum d x)}; the
 *       closed-form solution, or with bounds the truncated solution (rows whose ratio leaves the
 *       bounds are fixed at the bound and the others re-solved).
 * </ul>
 *
 * Weights are the design's sampling weights {@code d_i}; the result's weights reproduce the
 * population totals. Bounds (trimming) constrain {@code g_i = w_i / d_i}. Variances on the result's
 * design use the calibration residuals {@code z_i - w_i x_i' beta}, {@code beta = (sum d x x')^-1
 * sum d x (z/w)}, exactly as R does for a calibrated design. Errors: a margin whose categories
 * disagree with the sample (a category with respondents but no population total, or with a
 * population total but no respondent: an empty category), margins whose totals differ
 * (inconsistent), a missing category in a row, or no convergence within the iteration cap.
 */
public final class Calibration {

  private Calibration() {}

  /** Raking to categorical margins. */
  public static CalibrationResult rake(
      SurveyDesign design, List<Margin> margins, CalibrationOptions options) {
    if (margins.isEmpty()) {
      throw new IllegalArgumentException("raking needs at least one margin");
    }
    int n = design.rows();
    double[] d = design.weightsView();
    int[][] codes = new int[margins.size()][];
    double[][] targets = new double[margins.size()][];
    checkMargins(design, margins, codes, targets);
    double[] w = d.clone();
    int iteration = 0;
    double error = Double.POSITIVE_INFINITY;
    while (iteration < options.maxIterations()) {
      iteration++;
      for (int m = 0; m < margins.size(); m++) {
        double[] current = totals(w, codes[m], targets[m].length);
        double[] factor = new double[current.length];
        for (int c = 0; c < factor.length; c++) {
          factor[c] = targets[m][c] / current[c];
        }
        int[] cm = codes[m];
        for (int i = 0; i < n; i++) {
          w[i] *= factor[cm[i]];
        }
      }
      if (options.bounded()) {
        for (int i = 0; i < n; i++) {
          double g = w[i] / d[i];
          w[i] = d[i] * Math.min(options.upperBound(), Math.max(options.lowerBound(), g));
        }
      }
      error = maxError(w, codes, targets);
      if (error < options.tolerance()) {
        break;
      }
    }
    if (!(error < options.tolerance())) {
      throw new IllegalStateException(
          "raking did not converge in "
              + iteration
              + " iterations: largest relative margin error "
              + error
              + " (tolerance "
              + options.tolerance()
              + ")"
              + (options.bounded() ? "; the weight bounds may be too tight" : ""));
    }
    return new CalibrationResult(
        w, iteration, error, design.calibrated(w, () -> dummies(margins, codes, targets)));
  }

  /** Linear (GREG) calibration to categorical margins (dummy variables of every margin). */
  public static CalibrationResult linear(
      SurveyDesign design, List<Margin> margins, CalibrationOptions options) {
    int[][] codes = new int[margins.size()][];
    double[][] targets = new double[margins.size()][];
    checkMargins(design, margins, codes, targets);
    double[][] x = dummies(margins, codes, targets);
    List<Double> t = new ArrayList<>();
    for (int m = 0; m < margins.size(); m++) {
      for (int c = m == 0 ? 0 : 1; c < targets[m].length; c++) {
        t.add(targets[m][c]);
      }
    }
    return linear(design, x, t.stream().mapToDouble(Double::doubleValue).toArray(), options);
  }

  /**
   * Linear (GREG) calibration to the population totals {@code totals[k]} of auxiliary columns
   * {@code x[k][i]} (include a column of ones to calibrate the population size).
   */
  public static CalibrationResult linear(
      SurveyDesign design, double[][] x, double[] totals, CalibrationOptions options) {
    int n = design.rows();
    int p = x.length;
    if (totals.length != p) {
      throw new IllegalArgumentException(
          p + " auxiliary variables but " + totals.length + " population totals");
    }
    for (double[] col : x) {
      if (col.length != n) {
        throw new IllegalArgumentException("an auxiliary variable has " + col.length + " rows");
      }
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(col[i])) {
          throw new IllegalArgumentException(
              "auxiliary variable missing at row " + (i + 1) + ": calibration needs every value");
        }
      }
    }
    double[] d = design.weightsView();
    // Newton steps on lambda with g = clip(1 + x'lambda) (R grake with the bounded linear
    // calfun); without bounds the first step is the exact closed-form GREG solution.
    double[] lambda = new double[p];
    double[] g = new double[n];
    double[] w = new double[n];
    int iteration = 0;
    double error = Double.POSITIVE_INFINITY;
    boolean[] inside = new boolean[n];
    java.util.Arrays.fill(inside, true);
    while (iteration < options.maxIterations()) {
      iteration++;
      double[][] tm = new double[p][p];
      double[] misfit = totals.clone();
      for (int i = 0; i < n; i++) {
        double gi = 1;
        for (int a = 0; a < p; a++) {
          gi += x[a][i] * lambda[a];
        }
        inside[i] = gi >= options.lowerBound() && gi <= options.upperBound();
        g[i] = Math.min(options.upperBound(), Math.max(options.lowerBound(), gi));
        for (int a = 0; a < p; a++) {
          misfit[a] -= d[i] * g[i] * x[a][i];
          if (inside[i]) {
            for (int b = a; b < p; b++) {
              tm[a][b] += d[i] * x[a][i] * x[b][i];
            }
          }
        }
      }
      error = 0;
      for (int a = 0; a < p; a++) {
        error = Math.max(error, Math.abs(misfit[a]) / (1 + Math.abs(totals[a])));
      }
      if (error < options.tolerance()) {
        break;
      }
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < a; b++) {
          tm[a][b] = tm[b][a];
        }
      }
      double[] step;
      try {
        step = solve(tm, misfit);
      } catch (IllegalArgumentException e) {
        if (iteration == 1) {
          throw e;
        }
        throw new IllegalStateException(
            "linear calibration cannot meet the totals within the weight bounds "
                + options.lowerBound()
                + " to "
                + options.upperBound()
                + ": every row of some category reached a bound; widen the bounds");
      }
      for (int a = 0; a < p; a++) {
        lambda[a] += step[a];
      }
    }
    if (!(error < options.tolerance())) {
      throw new IllegalStateException(
          "linear calibration did not reach the totals in "
              + iteration
              + " iterations: largest relative error "
              + error
              + (options.bounded() ? "; the weight bounds may be too tight" : ""));
    }
    int nonPositive = 0;
    for (int i = 0; i < n; i++) {
      w[i] = d[i] * g[i];
      if (!(w[i] > 0)) {
        nonPositive++;
      }
    }
    if (nonPositive > 0) {
      throw new IllegalStateException(
          "linear calibration gives "
              + nonPositive
              + " zero or negative weight(s): set bounds on the weight ratio (e.g. 0.1 to 10)"
              + " or use raking");
    }
    return new CalibrationResult(w, iteration, error, design.calibrated(w, () -> x));
  }

  private static double[] solve(double[][] m, double[] rhs) {
    RealMatrix matrix = new Array2DRowRealMatrix(m, false);
    DecompositionSolver solver = new LUDecomposition(matrix, 1e-12).getSolver();
    if (!solver.isNonSingular()) {
      throw new IllegalArgumentException(
          "calibration variables are collinear (or a category is empty): the system is singular");
    }
    return solver.solve(new ArrayRealVector(rhs, false)).toArray();
  }

  private static void checkMargins(
      SurveyDesign design, List<Margin> margins, int[][] codes, double[][] targets) {
    int n = design.rows();
    double first = Double.NaN;
    String firstName = null;
    for (int m = 0; m < margins.size(); m++) {
      Margin margin = margins.get(m);
      Factor f = margin.variable();
      if (f.rows() != n) {
        throw new IllegalArgumentException(
            "margin " + f.name() + " has " + f.rows() + " rows for a design of " + n);
      }
      for (String level : f.levels()) {
        if (!margin.totals().containsKey(level)) {
          throw new IllegalArgumentException(
              "margin "
                  + f.name()
                  + ": category "
                  + level
                  + " has respondents but no population total");
        }
      }
      for (Map.Entry<String, Double> e : margin.totals().entrySet()) {
        if (!f.levels().contains(e.getKey()) && e.getValue() > 0) {
          throw new IllegalArgumentException(
              "margin "
                  + f.name()
                  + ": category "
                  + e.getKey()
                  + " is empty in the sample but has population total "
                  + e.getValue()
                  + ": merge it with a neighbouring category");
        }
        if (f.levels().contains(e.getKey()) && e.getValue() == 0) {
          throw new IllegalArgumentException(
              "margin "
                  + f.name()
                  + ": category "
                  + e.getKey()
                  + " has respondents but a population total of 0");
        }
      }
      double sum = margin.sum();
      if (m == 0) {
        first = sum;
        firstName = f.name();
      } else if (Math.abs(sum - first) > 1e-6 * Math.max(1, Math.abs(first))) {
        throw new IllegalArgumentException(
            "inconsistent margins: the totals of "
                + firstName
                + " sum to "
                + first
                + " but those of "
                + f.name()
                + " to "
                + sum
                + "; every margin must describe the same population");
      }
      int[] c = f.codes();
      for (int i = 0; i < n; i++) {
        if (c[i] < 0) {
          throw new IllegalArgumentException(
              "margin variable " + f.name() + " is missing at row " + (i + 1));
        }
      }
      codes[m] = c;
      targets[m] = new double[f.levels().size()];
      for (int k = 0; k < targets[m].length; k++) {
        targets[m][k] = margin.totals().get(f.levels().get(k));
      }
    }
  }

  private static double[] totals(double[] w, int[] codes, int levels) {
    double[] t = new double[levels];
    for (int i = 0; i < w.length; i++) {
      t[codes[i]] += w[i];
    }
    return t;
  }

  private static double maxError(double[] w, int[][] codes, double[][] targets) {
    double e = 0;
    for (int m = 0; m < codes.length; m++) {
      double[] t = totals(w, codes[m], targets[m].length);
      for (int c = 0; c < t.length; c++) {
        e = Math.max(e, Math.abs(t[c] - targets[m][c]) / (1 + Math.abs(targets[m][c])));
      }
    }
    return e;
  }

  /** Dummies of every category of the first margin, and of all but the first of the others. */
  private static double[][] dummies(List<Margin> margins, int[][] codes, double[][] targets) {
    List<double[]> cols = new ArrayList<>();
    for (int m = 0; m < margins.size(); m++) {
      for (int c = m == 0 ? 0 : 1; c < targets[m].length; c++) {
        double[] col = new double[codes[m].length];
        for (int i = 0; i < col.length; i++) {
          col[i] = codes[m][i] == c ? 1 : 0;
        }
        cols.add(col);
      }
    }
    return cols.toArray(double[][]::new);
  }
}
