package org.phare.core.survey;

import java.util.Arrays;
import java.util.Objects;

/**
 * A complex survey design over {@code n} respondents held as column arrays: sampling weights,
 * optional strata, optional clusters at one or several stages (each stage nested in the previous
 * one, and the first in the strata: R {@code nest=TRUE}), optional finite population corrections
 * and the lonely-PSU option.
 *
 * <p><b>Weights</b> are sampling (expansion) weights: respondent {@code i} stands for {@code w_i}
 * members of the population, so {@code sum w_i} estimates the population size. When no weight is
 * given but finite population corrections are, the weight is the inverse of the product of the
 * stage sampling fractions {@code n/N} (as R {@code svydesign} does for {@code apiclus2}); with
 * neither, every weight is 1.
 *
 * <p><b>Variance</b> (Taylor linearisation, R {@code svyrecvar}): for the influence values {@code
 * z_i} of an estimator, the variance of {@code sum z_i} is
 *
 * <pre>
 *   V = sum_h f_h n_h/(n_h-1) sum_j (Z_hj - Zbar_h)^2
 *       + sum_{stage-1 units j} (n_h/N_h) V_2(j) + ...   (later stages only when fpc is given)
 * </pre>
 *
 * where {@code Z_hj} is the total of {@code z} over the rows of PSU {@code j} of stratum {@code h},
 * {@code n_h} the number of sampled PSUs of the stratum in the whole design (a domain never changes
 * it), and {@code f_h = (N_h - n_h)/N_h} (1 without fpc: with-replacement approximation). Later
 * stages apply the same formula within each sampled unit, multiplied by the sampling fractions of
 * the units above it, as R does for a multistage design with fpc. Without fpc only the first stage
 * counts (ultimate cluster). Degrees of freedom: number of PSUs minus number of strata (R {@code
 * degf}).
 */
public final class SurveyDesign {

  /** Units of one stage, numbered so that the units of one parent are contiguous. */
  static final class Stage {
    final int[] rowUnit;
    final int unitCount;
    final int[] unitParent;
    final int parentCount;
    final int[] parentStart;

    /** {@code (N - n)/N}, 1 without fpc. */
    final double[] parentFpcFactor;

    /** {@code n/N}, 1 without fpc. */
    final double[] parentSamplingFraction;

    /** Product of the sampling fractions of the units above the parent (1 at stage 1). */
    final double[] parentAncestorFraction;

    /** Original codes, for messages. */
    final long[] parentLabel;

    Stage(
        int[] rowUnit,
        int unitCount,
        int[] unitParent,
        int parentCount,
        int[] parentStart,
        double[] parentFpcFactor,
        double[] parentSamplingFraction,
        double[] parentAncestorFraction,
        long[] parentLabel) {
      this.rowUnit = rowUnit;
      this.unitCount = unitCount;
      this.unitParent = unitParent;
      this.parentCount = parentCount;
      this.parentStart = parentStart;
      this.parentFpcFactor = parentFpcFactor;
      this.parentSamplingFraction = parentSamplingFraction;
      this.parentAncestorFraction = parentAncestorFraction;
      this.parentLabel = parentLabel;
    }

    int unitsOf(int parent) {
      return parentStart[parent + 1] - parentStart[parent];
    }
  }

  private final int rows;
  private final double[] weights;
  private final int[] rowStratum;
  private final int strataCount;
  private final Stage[] stages;
  private final boolean multistageVariance;
  private final LonelyPsu lonelyPsu;
  private final int degreesOfFreedom;

  /** Calibration residualisation, or null for an uncalibrated design. */
  private final CalibrationProjection calibration;

  private SurveyDesign(Builder b) {
    this.calibration = null;
    this.rows = b.rows;
    this.lonelyPsu = b.lonelyPsu;
    int[] strataCodes = b.strata == null ? new int[rows] : b.strata;
    int[] strataSorted = uniqueSorted(strataCodes);
    this.strataCount = strataSorted.length;
    this.rowStratum = new int[rows];
    for (int i = 0; i < rows; i++) {
      rowStratum[i] = Arrays.binarySearch(strataSorted, strataCodes[i]);
    }
    int stageCount = b.clusters == null ? 1 : b.clusters.length;
    if (b.fpc != null && b.fpc.length != stageCount) {
      throw new IllegalArgumentException(
          "finite population corrections given for "
              + b.fpc.length
              + " stage(s) but the design has "
              + stageCount
              + " sampling stage(s): give one fpc per stage");
    }
    this.stages = new Stage[stageCount];
    int[] parentOfRow = rowStratum;
    int parentCount = strataCount;
    long[] parentLabels = new long[strataCount];
    for (int h = 0; h < strataCount; h++) {
      parentLabels[h] = strataSorted[h];
    }
    double[] ancestor = new double[strataCount];
    Arrays.fill(ancestor, 1.0);
    for (int k = 0; k < stageCount; k++) {
      int[] codes = b.clusters == null ? null : b.clusters[k];
      double[] fpc = b.fpc == null ? null : b.fpc[k];
      Stage stage = buildStage(k, parentOfRow, parentCount, parentLabels, ancestor, codes, fpc);
      stages[k] = stage;
      // The next stage's parents are this stage's units.
      parentOfRow = stage.rowUnit;
      parentCount = stage.unitCount;
      parentLabels = new long[stage.unitCount];
      double[] nextAncestor = new double[stage.unitCount];
      for (int u = 0; u < stage.unitCount; u++) {
        int p = stage.unitParent[u];
        nextAncestor[u] = stage.parentAncestorFraction[p] * stage.parentSamplingFraction[p];
        parentLabels[u] = u;
      }
      if (codes != null) {
        for (int i = 0; i < rows; i++) {
          parentLabels[stage.rowUnit[i]] = codes[i];
        }
      }
      ancestor = nextAncestor;
    }
    this.multistageVariance = b.fpc != null && stageCount > 1;
    if (b.weights != null) {
      this.weights = b.weights.clone();
      for (int i = 0; i < rows; i++) {
        double w = weights[i];
        if (!(w > 0) || Double.isInfinite(w)) {
          throw new IllegalArgumentException(
              "weight of row " + (i + 1) + " is " + w + ": weights must be positive and finite");
        }
      }
    } else {
      this.weights = new double[rows];
      Arrays.fill(weights, 1.0);
      if (b.fpc != null) {
        for (Stage s : stages) {
          for (int i = 0; i < rows; i++) {
            weights[i] /= s.parentSamplingFraction[s.unitParent[s.rowUnit[i]]];
          }
        }
      }
    }
    this.degreesOfFreedom = stages[0].unitCount - strataCount;
  }

  private Stage buildStage(
      int k,
      int[] parentOfRow,
      int parentCount,
      long[] parentLabels,
      double[] ancestor,
      int[] codes,
      double[] fpc) {
    if (codes == null) {
      return rowUnits(k, parentOfRow, parentCount, parentLabels, ancestor, fpc);
    }
    long[] keys = new long[rows];
    for (int i = 0; i < rows; i++) {
      long code = (long) codes[i] - Integer.MIN_VALUE;
      keys[i] = ((long) parentOfRow[i] << 32) | code;
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int unitCount = 0;
    for (int i = 0; i < rows; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unitCount++] = sorted[i];
      }
    }
    long[] unitKeys = Arrays.copyOf(sorted, unitCount);
    int[] rowUnit = new int[rows];
    for (int i = 0; i < rows; i++) {
      rowUnit[i] = Arrays.binarySearch(unitKeys, keys[i]);
    }
    int[] unitParent = new int[unitCount];
    int[] parentStart = new int[parentCount + 1];
    for (int u = 0; u < unitCount; u++) {
      unitParent[u] = (int) (unitKeys[u] >>> 32);
      parentStart[unitParent[u] + 1]++;
    }
    for (int p = 0; p < parentCount; p++) {
      parentStart[p + 1] += parentStart[p];
    }
    return finishStage(
        k,
        rowUnit,
        unitCount,
        unitParent,
        parentOfRow,
        parentCount,
        parentStart,
        parentLabels,
        ancestor,
        fpc);
  }

  /** Every row its own unit (no cluster): units numbered by a counting sort on the parent. */
  private Stage rowUnits(
      int k,
      int[] parentOfRow,
      int parentCount,
      long[] parentLabels,
      double[] ancestor,
      double[] fpc) {
    int[] parentStart = new int[parentCount + 1];
    for (int i = 0; i < rows; i++) {
      parentStart[parentOfRow[i] + 1]++;
    }
    for (int p = 0; p < parentCount; p++) {
      parentStart[p + 1] += parentStart[p];
    }
    int[] next = Arrays.copyOf(parentStart, parentCount);
    int[] rowUnit = new int[rows];
    int[] unitParent = new int[rows];
    for (int i = 0; i < rows; i++) {
      int u = next[parentOfRow[i]]++;
      rowUnit[i] = u;
      unitParent[u] = parentOfRow[i];
    }
    return finishStage(
        k,
        rowUnit,
        rows,
        unitParent,
        parentOfRow,
        parentCount,
        parentStart,
        parentLabels,
        ancestor,
        fpc);
  }

  private Stage finishStage(
      int k,
      int[] rowUnit,
      int unitCount,
      int[] unitParent,
      int[] parentOfRow,
      int parentCount,
      int[] parentStart,
      long[] parentLabels,
      double[] ancestor,
      double[] fpc) {
    double[] fpcFactor = new double[parentCount];
    double[] fraction = new double[parentCount];
    Arrays.fill(fpcFactor, 1.0);
    Arrays.fill(fraction, 1.0);
    if (fpc != null) {
      boolean allFractions = true;
      for (double v : fpc) {
        if (Double.isNaN(v) || v <= 0) {
          throw new IllegalArgumentException(
              "finite population correction at stage "
                  + (k + 1)
                  + " has a missing or"
                  + " non-positive value: "
                  + v);
        }
        allFractions &= v <= 1;
      }
      double[] population = new double[parentCount];
      Arrays.fill(population, Double.NaN);
      for (int i = 0; i < rows; i++) {
        int p = parentOfRow[i];
        double n = parentStart[p + 1] - parentStart[p];
        double popSize = allFractions ? n / fpc[i] : fpc[i];
        if (Double.isNaN(population[p])) {
          population[p] = popSize;
        } else if (Math.abs(population[p] - popSize) > 1e-9 * Math.abs(popSize)) {
          throw new IllegalArgumentException(
              "finite population correction varies within "
                  + (k == 0 ? "stratum " : "stage-" + k + " unit ")
                  + parentLabels[p]
                  + " at stage "
                  + (k + 1)
                  + " (row "
                  + (i + 1)
                  + "): "
                  + population[p]
                  + " then "
                  + popSize);
        }
      }
      for (int p = 0; p < parentCount; p++) {
        double n = parentStart[p + 1] - parentStart[p];
        double big = population[p];
        if (big < n - 1e-9) {
          throw new IllegalArgumentException(
              "population size "
                  + big
                  + " is smaller than the "
                  + (int) n
                  + " sampled units of "
                  + (k == 0 ? "stratum " : "stage-" + k + " unit ")
                  + parentLabels[p]
                  + " at stage "
                  + (k + 1));
        }
        fpcFactor[p] = (big - n) / big;
        fraction[p] = n / big;
      }
    }
    return new Stage(
        rowUnit,
        unitCount,
        unitParent,
        parentCount,
        parentStart,
        fpcFactor,
        fraction,
        ancestor.clone(),
        parentLabels);
  }

  private static int[] uniqueSorted(int[] codes) {
    int[] sorted = codes.clone();
    Arrays.sort(sorted);
    int m = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[m++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, m);
  }

  /** Starts a design over {@code rows} respondents. */
  public static Builder builder(int rows) {
    return new Builder(rows);
  }

  /** Number of respondents (rows). */
  public int rows() {
    return rows;
  }

  /** The sampling weights (a copy). */
  public double[] weights() {
    return weights.clone();
  }

  double[] weightsView() {
    return weights;
  }

  double weight(int row) {
    return weights[row];
  }

  int[] rowStratum() {
    return rowStratum;
  }

  Stage[] stages() {
    return multistageVariance ? stages : new Stage[] {stages[0]};
  }

  Stage firstStage() {
    return stages[0];
  }

  /** Number of first-stage sampling units (PSUs). */
  public int psuCount() {
    return stages[0].unitCount;
  }

  /** Number of strata (1 when unstratified). */
  public int strataCount() {
    return strataCount;
  }

  /** Design degrees of freedom: number of PSUs minus number of strata (R {@code degf}). */
  public int degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /** The lonely-PSU option in force. */
  public LonelyPsu lonelyPsu() {
    return lonelyPsu;
  }

  /**
   * Degrees of freedom of the design restricted to a domain as R counts them for a subset design:
   * PSUs holding at least one domain row minus strata holding at least one.
   */
  int degreesOfFreedom(boolean[] inDomain) {
    if (inDomain == null) {
      return degreesOfFreedom;
    }
    Stage s = stages[0];
    boolean[] psu = new boolean[s.unitCount];
    boolean[] stratum = new boolean[strataCount];
    int psus = 0;
    int strata = 0;
    for (int i = 0; i < rows; i++) {
      if (inDomain[i]) {
        int u = s.rowUnit[i];
        if (!psu[u]) {
          psu[u] = true;
          psus++;
        }
        int h = rowStratum[i];
        if (!stratum[h]) {
          stratum[h] = true;
          strata++;
        }
      }
    }
    return psus - strata;
  }

  /**
   * Design variance of the estimated total {@code sum_i z_i} of influence values (see the class
   * comment for the formula). Rows outside a domain carry {@code z_i = 0}; they still count in the
   * number of PSUs of their stratum, which is what makes domain estimation correct.
   *
   * @param z one value per row, no NaN
   * @return the variance, never negative
   * @throws IllegalStateException on a lonely PSU under {@link LonelyPsu#FAIL}
   */
  public double variance(double[] z) {
    if (z.length != rows) {
      throw new IllegalArgumentException(
          "influence vector has " + z.length + " values for " + rows + " rows");
    }
    if (calibration != null) {
      z = calibration.residuals(z);
    }
    double v = 0;
    Stage[] used = stages();
    if (used.length == 1 && used[0].unitCount == rows) {
      return rowUnitVariance(used[0], z);
    }
    for (int k = 0; k < used.length; k++) {
      Stage s = used[k];
      double[] totals = new double[s.unitCount];
      int[] rowUnit = s.rowUnit;
      for (int i = 0; i < rows; i++) {
        totals[rowUnit[i]] += z[i];
      }
      v += stageVariance(k, s, totals);
    }
    return v;
  }

  /**
   * Same as {@link #stageVariance} when every row is its own PSU, without building unit totals: two
   * passes over the rows (stratum means, then squared deviations).
   */
  private double rowUnitVariance(Stage s, double[] z) {
    int h = s.parentCount;
    double[] mean = new double[h];
    for (int i = 0; i < rows; i++) {
      mean[rowStratum[i]] += z[i];
    }
    for (int p = 0; p < h; p++) {
      mean[p] /= s.unitsOf(p);
    }
    double[] ss = new double[h];
    for (int i = 0; i < rows; i++) {
      double d = z[i] - mean[rowStratum[i]];
      ss[rowStratum[i]] += d * d;
    }
    double v = 0;
    for (int p = 0; p < h; p++) {
      int n = s.unitsOf(p);
      double f = s.parentFpcFactor[p];
      if (f < 1e-7) {
        continue;
      }
      if (n == 1) {
        double zt = mean[p];
        v += lonely(0, s, p) * f * zt * zt;
      } else {
        v += f * n / (n - 1.0) * ss[p];
      }
    }
    return v;
  }

  /** Within-parent variance of unit totals at one stage (R {@code onestrat}). */
  double stageVariance(int k, Stage s, double[] totals) {
    double v = 0;
    for (int p = 0; p < s.parentCount; p++) {
      int from = s.parentStart[p];
      int to = s.parentStart[p + 1];
      int n = to - from;
      double f = s.parentFpcFactor[p];
      if (f < 1e-7) {
        continue;
      }
      double anc = s.parentAncestorFraction[p];
      if (n == 1) {
        v += lonely(k, s, p) * f * anc * totals[from] * totals[from];
        continue;
      }
      double sum = 0;
      for (int u = from; u < to; u++) {
        sum += totals[u];
      }
      double mean = sum / n;
      double ss = 0;
      for (int u = from; u < to; u++) {
        double d = totals[u] - mean;
        ss += d * d;
      }
      v += f * anc * n / (n - 1.0) * ss;
    }
    return v;
  }

  /** 1 to count a lonely unit as deviation from zero, 0 to ignore it; throws under FAIL. */
  double lonely(int k, Stage s, int parent) {
    switch (lonelyPsu) {
      case ADJUST:
        return 1;
      case CERTAINTY:
        return 0;
      default:
        throw new IllegalStateException(
            (k == 0 ? "stratum " : "stage-" + k + " unit ")
                + s.parentLabel[parent]
                + " has only one sampled unit at stage "
                + (k + 1)
                + ": its variance cannot be estimated; choose a lonely-PSU option (certainty or"
                + " adjust) or merge strata");
    }
  }

  /**
   * Design covariance matrix of the totals of several influence columns ({@code z[c][i]}), same
   * formula as {@link #variance(double[])} with cross-products.
   */
  public double[][] covariance(double[][] z) {
    int p = z.length;
    if (calibration != null) {
      double[][] r = new double[p][];
      for (int c = 0; c < p; c++) {
        r[c] = calibration.residuals(z[c]);
      }
      z = r;
    }
    double[][] cov = new double[p][p];
    Stage[] used = stages();
    for (int k = 0; k < used.length; k++) {
      Stage s = used[k];
      double[][] totals = new double[p][s.unitCount];
      for (int c = 0; c < p; c++) {
        double[] zc = z[c];
        double[] tc = totals[c];
        for (int i = 0; i < rows; i++) {
          tc[s.rowUnit[i]] += zc[i];
        }
      }
      for (int par = 0; par < s.parentCount; par++) {
        int from = s.parentStart[par];
        int to = s.parentStart[par + 1];
        int n = to - from;
        double f = s.parentFpcFactor[par];
        if (f < 1e-7) {
          continue;
        }
        double scale;
        double[] means = new double[p];
        if (n == 1) {
          scale = lonely(k, s, par) * f * s.parentAncestorFraction[par];
        } else {
          scale = f * s.parentAncestorFraction[par] * n / (n - 1.0);
          for (int c = 0; c < p; c++) {
            double sum = 0;
            for (int u = from; u < to; u++) {
              sum += totals[c][u];
            }
            means[c] = sum / n;
          }
        }
        if (scale == 0) {
          continue;
        }
        for (int u = from; u < to; u++) {
          for (int a = 0; a < p; a++) {
            double da = totals[a][u] - means[a];
            if (da == 0) {
              continue;
            }
            for (int b2 = a; b2 < p; b2++) {
              cov[a][b2] += scale * da * (totals[b2][u] - means[b2]);
            }
          }
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b2 = 0; b2 < a; b2++) {
        cov[a][b2] = cov[b2][a];
      }
    }
    return cov;
  }

  /** Returns the same design with other weights (e.g. calibrated ones). */
  public SurveyDesign withWeights(double[] newWeights) {
    Objects.requireNonNull(newWeights, "weights");
    if (newWeights.length != rows) {
      throw new IllegalArgumentException(
          newWeights.length + " weights given for a design of " + rows + " rows");
    }
    return new SurveyDesign(this, newWeights.clone(), null);
  }

  /**
   * The design with calibrated weights {@code w}; variances then apply to the residuals of the
   * influence values on the calibration variables {@code x} (R {@code calibrate}: {@code z - w x'
   * beta}, {@code beta = (sum d x x')^-1 sum d x z / w}, {@code d} the weights before calibration).
   */
  SurveyDesign calibrated(double[] w, java.util.function.Supplier<double[][]> x) {
    return new SurveyDesign(this, w.clone(), new CalibrationProjection(weights, w.clone(), x));
  }

  /** True when the weights come from a calibration. */
  public boolean isCalibrated() {
    return calibration != null;
  }

  /** Residualisation of influence values on the calibration variables. */
  private static final class CalibrationProjection {
    private final double[] initial;
    private final double[] calibrated;
    private final java.util.function.Supplier<double[][]> columns;
    private double[][] x;
    private org.hipparchus.linear.DecompositionSolver solver;

    CalibrationProjection(
        double[] initial, double[] calibrated, java.util.function.Supplier<double[][]> columns) {
      this.initial = initial;
      this.calibrated = calibrated;
      this.columns = columns;
    }

    /** Built on first use: raking a million rows should not pay for dense dummies it never uses. */
    private synchronized void prepare() {
      if (solver != null) {
        return;
      }
      x = columns.get();
      int p = x.length;
      double[][] t = new double[p][p];
      for (int a = 0; a < p; a++) {
        for (int b = a; b < p; b++) {
          double s = 0;
          for (int i = 0; i < initial.length; i++) {
            s += initial[i] * x[a][i] * x[b][i];
          }
          t[a][b] = s;
          t[b][a] = s;
        }
      }
      this.solver =
          new org.hipparchus.linear.QRDecomposition(
                  new org.hipparchus.linear.Array2DRowRealMatrix(t, false), 1e-12)
              .getSolver();
    }

    double[] residuals(double[] z) {
      prepare();
      int p = x.length;
      double[] rhs = new double[p];
      for (int a = 0; a < p; a++) {
        double s = 0;
        double[] xa = x[a];
        for (int i = 0; i < z.length; i++) {
          s += initial[i] * xa[i] * z[i] / calibrated[i];
        }
        rhs[a] = s;
      }
      double[] beta = solver.solve(new org.hipparchus.linear.ArrayRealVector(rhs, false)).toArray();
      double[] e = z.clone();
      for (int i = 0; i < z.length; i++) {
        double fit = 0;
        for (int a = 0; a < p; a++) {
          fit += x[a][i] * beta[a];
        }
        e[i] -= calibrated[i] * fit;
      }
      return e;
    }
  }

  private SurveyDesign(SurveyDesign other, double[] newWeights, CalibrationProjection calibration) {
    this.calibration = calibration;
    this.rows = other.rows;
    this.weights = newWeights;
    for (int i = 0; i < rows; i++) {
      if (!(newWeights[i] > 0) || Double.isInfinite(newWeights[i])) {
        throw new IllegalArgumentException(
            "weight of row " + (i + 1) + " is " + newWeights[i] + ": weights must be positive");
      }
    }
    this.rowStratum = other.rowStratum;
    this.strataCount = other.strataCount;
    this.stages = other.stages;
    this.multistageVariance = other.multistageVariance;
    this.lonelyPsu = other.lonelyPsu;
    this.degreesOfFreedom = other.degreesOfFreedom;
  }

  /** Builder of a {@link SurveyDesign}; every array has one entry per row. */
  public static final class Builder {
    private final int rows;
    private double[] weights;
    private int[] strata;
    private int[][] clusters;
    private double[][] fpc;
    private LonelyPsu lonelyPsu = LonelyPsu.FAIL;

    private Builder(int rows) {
      if (rows <= 0) {
        throw new IllegalArgumentException("a survey design needs at least one row, got " + rows);
      }
      this.rows = rows;
    }

    /** Sampling weights, positive and finite (R {@code weights=~w}). */
    public Builder weights(double[] weights) {
      this.weights = check(weights, "weights");
      return this;
    }

    /** Stratum codes (R {@code strata=~s}). */
    public Builder strata(int[] strata) {
      this.strata = check(strata, "strata");
      return this;
    }

    /**
     * Cluster codes per stage, first stage first (R {@code id=~psu+ssu}); each stage is nested in
     * the previous one and the first in the strata, so codes may repeat across strata (R {@code
     * nest=TRUE}).
     */
    public Builder clusters(int[]... stages) {
      for (int[] s : stages) {
        check(s, "clusters");
      }
      this.clusters = stages.length == 0 ? null : stages.clone();
      return this;
    }

    /**
     * Finite population correction per stage (R {@code fpc=~N1+N2}): population sizes of units (per
     * stratum at stage 1, per sampled unit later), or sampling fractions when all values of a stage
     * are at most 1.
     */
    public Builder fpc(double[]... stages) {
      for (double[] s : stages) {
        check(s, "fpc");
      }
      this.fpc = stages.length == 0 ? null : stages.clone();
      return this;
    }

    /** Lonely-PSU option, {@link LonelyPsu#FAIL} by default. */
    public Builder lonelyPsu(LonelyPsu option) {
      this.lonelyPsu = Objects.requireNonNull(option, "lonelyPsu");
      return this;
    }

    private int[] check(int[] a, String what) {
      if (a.length != rows) {
        throw new IllegalArgumentException(
            what + " has " + a.length + " values for a design of " + rows + " rows");
      }
      return a;
    }

    private double[] check(double[] a, String what) {
      if (a.length != rows) {
        throw new IllegalArgumentException(
            what + " has " + a.length + " values for a design of " + rows + " rows");
      }
      return a;
    }

    /** Validates and builds the design. */
    public SurveyDesign build() {
      if (clusters != null && fpc == null && clusters.length > 1 && weights == null) {
        throw new IllegalArgumentException(
            "a multistage design needs weights or finite population corrections");
      }
      return new SurveyDesign(this);
    }
  }
}
