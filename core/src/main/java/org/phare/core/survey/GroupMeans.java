package org.phare.core.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fast path for means (and shares, which are means of indicators) of every group of a factor and
 * their differences with the rest of the sample, in one pass over the rows per variable.
 *
 * <p>The linearised variance depends on the influence values only through their totals per sampling
 * unit. For the mean of group {@code g}, the total of unit {@code u} is {@code (A_ug - m_g B_ug) /
 * W_g} with {@code A_ug = sum w (y - c)} and {@code B_ug = sum w} over the rows of {@code u} in
 * {@code g} (the shift {@code c} leaves influence values unchanged and avoids cancellation); for
 * the difference with the rest it is that value minus {@code ((A_u - A_ug) - m_r (B_u - B_ug)) /
 * W_r}. Sums of these totals and of their squares per stratum (or parent unit) are obtained from
 * the moments of {@code (A_u, B_u)} plus one correction per (unit, group) cell, so the cost is
 * {@code O(rows + cells + parents x groups)} per variable instead of {@code O(rows x groups)}.
 * Results equal {@link SurveyEstimator#means} on masks, which the tests check.
 */
final class GroupMeans {

  private final SurveyDesign design;
  private final Factor by;
  private final int groups;
  private final SurveyDesign.Stage[] stages;

  /** Per stage: cell of each row ({@code -1} when the group is missing). */
  private final int[][] cellOfRow;

  /** Per stage: group of each cell. */
  private final int[][] cellGroup;

  /** Per stage: cells of unit u are unitCellStart[u] .. unitCellStart[u+1]-1. */
  private final int[][] unitCellStart;

  private GroupMeans(SurveyDesign design, Factor by) {
    this.design = design;
    this.by = by;
    this.groups = by.levels().size();
    this.stages = design.stages();
    int rows = design.rows();
    int[] codes = by.codes();
    cellOfRow = new int[stages.length][];
    cellGroup = new int[stages.length][];
    unitCellStart = new int[stages.length][];
    for (int s = 0; s < stages.length; s++) {
      SurveyDesign.Stage st = stages[s];
      if (st.unitCount == rows) {
        // Every row its own unit: one cell per unit whose row has a group, no sort needed.
        int[] rowOfUnit = new int[rows];
        for (int i = 0; i < rows; i++) {
          rowOfUnit[st.rowUnit[i]] = i;
        }
        int[] rowCell = new int[rows];
        int[] start = new int[rows + 1];
        int cells = 0;
        for (int u = 0; u < rows; u++) {
          start[u] = cells;
          int i = rowOfUnit[u];
          rowCell[i] = codes[i] < 0 ? -1 : cells++;
        }
        start[rows] = cells;
        int[] group = new int[cells];
        for (int i = 0; i < rows; i++) {
          if (rowCell[i] >= 0) {
            group[rowCell[i]] = codes[i];
          }
        }
        cellOfRow[s] = rowCell;
        cellGroup[s] = group;
        unitCellStart[s] = start;
        continue;
      }
      long[] keys = new long[rows];
      int m = 0;
      for (int i = 0; i < rows; i++) {
        if (codes[i] >= 0) {
          keys[m++] = (long) st.rowUnit[i] * groups + codes[i];
        }
      }
      long[] sorted = Arrays.copyOf(keys, m);
      Arrays.sort(sorted);
      int cells = 0;
      for (int j = 0; j < m; j++) {
        if (j == 0 || sorted[j] != sorted[j - 1]) {
          sorted[cells++] = sorted[j];
        }
      }
      long[] cellKeys = Arrays.copyOf(sorted, cells);
      int[] rowCell = new int[rows];
      for (int i = 0; i < rows; i++) {
        rowCell[i] =
            codes[i] < 0
                ? -1
                : Arrays.binarySearch(cellKeys, (long) st.rowUnit[i] * groups + codes[i]);
      }
      int[] group = new int[cells];
      int[] start = new int[st.unitCount + 1];
      for (int c = 0; c < cells; c++) {
        group[c] = (int) (cellKeys[c] % groups);
        start[(int) (cellKeys[c] / groups) + 1]++;
      }
      for (int u = 0; u < st.unitCount; u++) {
        start[u + 1] += start[u];
      }
      cellOfRow[s] = rowCell;
      cellGroup[s] = group;
      unitCellStart[s] = start;
    }
  }

  /** The fast path knows no calibration residuals: calibrated designs use the general path. */
  static boolean applies(SurveyDesign design) {
    return !design.isCalibrated();
  }

  static GroupMeans of(SurveyDesign design, Factor by) {
    if (by.rows() != design.rows()) {
      throw new IllegalArgumentException(
          by.name() + " has " + by.rows() + " values for a design of " + design.rows() + " rows");
    }
    return new GroupMeans(design, by);
  }

  Factor by() {
    return by;
  }

  /**
   * Whole sample then every group, when each row is its own PSU and there is one stage (simple or
   * stratified sampling, the usual case of the PHARE studies): one pass over the rows accumulating,
   * per (stratum, group), the moments {@code sum a, sum b, sum a^2, sum ab, sum b^2} of {@code a =
   * w (y - c)}, {@code b = w}. Every sum of influence values and of their squares per stratum is a
   * polynomial in these moments, so the cost is {@code O(rows + strata x groups)} per variable.
   */
  static boolean rowUnits(SurveyDesign design) {
    SurveyDesign.Stage[] st = design.stages();
    return st.length == 1 && st[0].unitCount == design.rows() && !design.isCalibrated();
  }

  static List<Estimate> estimateRowUnits(
      SurveyDesign design,
      Factor by,
      SurveyEstimator estimator,
      String name,
      Statistic statistic,
      String category,
      double[] y,
      boolean compareToRest) {
    int rows = design.rows();
    int groups = by == null ? 0 : by.levels().size();
    int cols = groups + 1; // last column: every row with a value (the whole sample)
    int strata = design.strataCount();
    int[] stratum = design.rowStratum();
    int[] codes = by == null ? null : by.codes();
    double[] w = design.weightsView();
    double shift = Double.NaN;
    for (int i = 0; i < rows && Double.isNaN(shift); i++) {
      shift = y[i];
    }
    if (Double.isNaN(shift)) {
      shift = 0;
    }
    double[] sa = new double[strata * cols];
    double[] sb = new double[strata * cols];
    double[] saa = new double[strata * cols];
    double[] sab = new double[strata * cols];
    double[] sbb = new double[strata * cols];
    long[] cnt = new long[strata * cols];
    for (int i = 0; i < rows; i++) {
      double yi = y[i];
      if (Double.isNaN(yi)) {
        continue;
      }
      double b = w[i];
      double a = b * (yi - shift);
      int base = stratum[i] * cols;
      int g = codes == null ? -1 : codes[i];
      int k = base + (g < 0 ? groups : g);
      sa[k] += a;
      sb[k] += b;
      saa[k] += a * a;
      sab[k] += a * b;
      sbb[k] += b * b;
      cnt[k]++;
      if (g >= 0) {
        int all = base + groups;
        sa[all] += a;
        sb[all] += b;
        saa[all] += a * a;
        sab[all] += a * b;
        sbb[all] += b * b;
        cnt[all]++;
      }
    }
    // Rows without a group sit in the whole-sample column only: groups and rest exclude them.
    double[] groupedA = new double[strata];
    double[] groupedB = new double[strata];
    double[] groupedAa = new double[strata];
    double[] groupedAb = new double[strata];
    double[] groupedBb = new double[strata];
    double[] gA = new double[cols];
    double[] gB = new double[cols];
    long[] gN = new long[cols];
    int[] gPsu = new int[cols];
    int[] gStrata = new int[cols];
    for (int h = 0; h < strata; h++) {
      for (int g = 0; g < cols; g++) {
        int k = h * cols + g;
        gA[g] += sa[k];
        gB[g] += sb[k];
        gN[g] += cnt[k];
        gPsu[g] += (int) cnt[k];
        gStrata[g] += cnt[k] > 0 ? 1 : 0;
        if (g < groups) {
          groupedA[h] += sa[k];
          groupedB[h] += sb[k];
          groupedAa[h] += saa[k];
          groupedAb[h] += sab[k];
          groupedBb[h] += sbb[k];
        }
      }
    }
    double totalA = 0;
    double totalB = 0;
    for (int g = 0; g < groups; g++) {
      totalA += gA[g];
      totalB += gB[g];
    }
    SurveyDesign.Stage st = design.stages()[0];
    double[] varEst = new double[cols];
    double[] varDiff = new double[cols];
    for (int h = 0; h < strata; h++) {
      int n = st.unitsOf(h);
      double f = st.parentFpcFactor[h];
      if (f < 1e-7) {
        continue;
      }
      double scale = n == 1 ? design.lonely(0, st, h) * f : f * n / (n - 1.0);
      if (scale == 0) {
        continue;
      }
      for (int g = 0; g < cols; g++) {
        int k = h * cols + g;
        double m = gA[g] / gB[g];
        double inv = 1 / gB[g];
        double sumE = (sa[k] - m * sb[k]) * inv;
        double sumE2 = (saa[k] - 2 * m * sab[k] + m * m * sbb[k]) * inv * inv;
        varEst[g] += scale * (sumE2 - (n == 1 ? 0 : sumE * sumE / n));
        if (compareToRest && g < groups) {
          double restB = totalB - gB[g];
          double rm = (totalA - gA[g]) / restB;
          double rInv = 1 / restB;
          double ra = groupedA[h] - sa[k];
          double rb = groupedB[h] - sb[k];
          double raa = groupedAa[h] - saa[k];
          double rab = groupedAb[h] - sab[k];
          double rbb = groupedBb[h] - sbb[k];
          double sumD = sumE - (ra - rm * rb) * rInv;
          double sumD2 = sumE2 + (raa - 2 * rm * rab + rm * rm * rbb) * rInv * rInv;
          varDiff[g] += scale * (sumD2 - (n == 1 ? 0 : sumD * sumD / n));
        }
      }
    }
    List<Estimate> out = new ArrayList<>(cols);
    // Whole sample first, then the groups in level order.
    for (int idx = 0; idx < cols; idx++) {
      int g = idx == 0 ? groups : idx - 1;
      double m = gN[g] == 0 ? Double.NaN : gA[g] / gB[g] + shift;
      double se = gN[g] == 0 ? Double.NaN : Math.sqrt(Math.max(0, varEst[g]));
      String label = g == groups ? null : by.levelLabel(g);
      Estimate e =
          estimator.interval(
              name, statistic, category, label, m, se, gN[g], gB[g], gPsu[g] - gStrata[g]);
      if (compareToRest && g < groups) {
        double restMean = (totalA - gA[g]) / (totalB - gB[g]) + shift;
        e =
            e.withComparison(
                estimator.comparison(m - restMean, Math.sqrt(Math.max(0, varDiff[g]))));
      }
      out.add(e);
    }
    return out;
  }

  /** Estimates (and comparisons) of the mean of {@code y} in every group. */
  List<Estimate> estimate(
      SurveyEstimator estimator,
      String name,
      Statistic statistic,
      String category,
      double[] y,
      boolean compareToRest) {
    int rows = design.rows();
    double[] w = design.weightsView();
    int[] codes = by.codes();
    // Shift: overall weighted mean of the present values.
    double sw0 = 0;
    double swy0 = 0;
    for (int i = 0; i < rows; i++) {
      if (codes[i] >= 0 && !Double.isNaN(y[i])) {
        sw0 += w[i];
        swy0 += w[i] * y[i];
      }
    }
    double shift = sw0 > 0 ? swy0 / sw0 : 0;
    double[] sumW = new double[groups];
    double[] sumA = new double[groups];
    long[] count = new long[groups];
    double[] varEst = new double[groups];
    double[] varDiff = new double[groups];
    int[] psuCount = new int[groups];
    int[] strataCount = new int[groups];

    for (int s = 0; s < stages.length; s++) {
      SurveyDesign.Stage st = stages[s];
      int[] rowCell = cellOfRow[s];
      int[] group = cellGroup[s];
      int cells = group.length;
      double[] a = new double[cells];
      double[] b = new double[cells];
      for (int i = 0; i < rows; i++) {
        int c = rowCell[i];
        double yi = y[i];
        if (c >= 0 && !Double.isNaN(yi)) {
          a[c] += w[i] * (yi - shift);
          b[c] += w[i];
        }
      }
      if (s == 0) {
        boolean[] stratumSeen = new boolean[design.strataCount() * groups];
        for (int i = 0; i < rows; i++) {
          int c = rowCell[i];
          if (c >= 0 && !Double.isNaN(y[i])) {
            count[group[c]]++;
          }
        }
        int[] start = unitCellStart[0];
        for (int u = 0; u < st.unitCount; u++) {
          int h = st.unitParent[u];
          for (int c = start[u]; c < start[u + 1]; c++) {
            int g = group[c];
            sumW[g] += b[c];
            sumA[g] += a[c];
            if (b[c] > 0) {
              psuCount[g]++;
              if (!stratumSeen[h * groups + g]) {
                stratumSeen[h * groups + g] = true;
                strataCount[g]++;
              }
            }
          }
        }
      }
      double totalW = 0;
      double totalA = 0;
      for (int g = 0; g < groups; g++) {
        totalW += sumW[g];
        totalA += sumA[g];
      }
      double[] mean = new double[groups];
      double[] restW = new double[groups];
      double[] restMean = new double[groups];
      for (int g = 0; g < groups; g++) {
        mean[g] = sumA[g] / sumW[g];
        restW[g] = totalW - sumW[g];
        restMean[g] = (totalA - sumA[g]) / restW[g];
      }
      accumulate(st, s, a, b, mean, restW, restMean, varEst, varDiff, compareToRest);
    }

    List<Estimate> out = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      double m = count[g] == 0 ? Double.NaN : sumA[g] / sumW[g] + shift;
      double se = count[g] == 0 ? Double.NaN : Math.sqrt(Math.max(0, varEst[g]));
      int df = psuCount[g] - strataCount[g];
      Estimate e =
          estimator.interval(
              name, statistic, category, by.levelLabel(g), m, se, count[g], sumW[g], df);
      if (compareToRest) {
        double total = 0;
        double totalA = 0;
        for (int k = 0; k < groups; k++) {
          total += sumW[k];
          totalA += sumA[k];
        }
        double restMean = (totalA - sumA[g]) / (total - sumW[g]) + shift;
        e =
            e.withComparison(
                estimator.comparison(m - restMean, Math.sqrt(Math.max(0, varDiff[g]))));
      }
      out.add(e);
    }
    return out;
  }

  private void accumulate(
      SurveyDesign.Stage st,
      int s,
      double[] a,
      double[] b,
      double[] mean,
      double[] restW,
      double[] restMean,
      double[] varEst,
      double[] varDiff,
      boolean diff) {
    int[] group = cellGroup[s];
    int[] start = unitCellStart[s];
    double[] sumE = new double[groups];
    double[] sumE2 = new double[groups];
    double[] sumD = new double[groups];
    double[] sumD2 = new double[groups];
    double[] sumW = new double[groups];
    for (int c = 0; c < group.length; c++) {
      sumW[group[c]] += b[c];
    }
    double[] invW = new double[groups];
    double[] invRestW = new double[groups];
    for (int g = 0; g < groups; g++) {
      invW[g] = 1 / sumW[g];
      invRestW[g] = 1 / restW[g];
    }
    for (int p = 0; p < st.parentCount; p++) {
      int from = st.parentStart[p];
      int to = st.parentStart[p + 1];
      int n = to - from;
      double f = st.parentFpcFactor[p];
      if (f < 1e-7) {
        continue;
      }
      double scale;
      if (n == 1) {
        scale = design.lonely(s, st, p) * f * st.parentAncestorFraction[p];
      } else {
        scale = f * st.parentAncestorFraction[p] * n / (n - 1.0);
      }
      if (scale == 0) {
        continue;
      }
      Arrays.fill(sumE, 0);
      Arrays.fill(sumE2, 0);
      Arrays.fill(sumD, 0);
      Arrays.fill(sumD2, 0);
      // Moments of the unit totals (A_u, B_u) for the "rest only" baseline of the difference.
      double sa = 0;
      double sb = 0;
      double saa = 0;
      double sab = 0;
      double sbb = 0;
      for (int u = from; u < to; u++) {
        double au = 0;
        double bu = 0;
        for (int c = start[u]; c < start[u + 1]; c++) {
          au += a[c];
          bu += b[c];
        }
        if (diff) {
          sa += au;
          sb += bu;
          saa += au * au;
          sab += au * bu;
          sbb += bu * bu;
        }
        for (int c = start[u]; c < start[u + 1]; c++) {
          int g = group[c];
          double e = (a[c] - mean[g] * b[c]) * invW[g];
          sumE[g] += e;
          sumE2[g] += e * e;
          if (diff) {
            double rm = restMean[g];
            double base = -(au - rm * bu) * invRestW[g];
            double d = e - ((au - a[c]) - rm * (bu - b[c])) * invRestW[g];
            sumD[g] += d - base;
            sumD2[g] += d * d - base * base;
          }
        }
      }
      for (int g = 0; g < groups; g++) {
        double centred = n == 1 ? 0 : sumE[g] * sumE[g] / n;
        varEst[g] += scale * (sumE2[g] - centred);
        if (diff) {
          double rm = restMean[g];
          double rw = restW[g];
          double baseSum = -(sa - rm * sb) / rw;
          double baseSq = (saa - 2 * rm * sab + rm * rm * sbb) / (rw * rw);
          double sd = sumD[g] + baseSum;
          double sd2 = sumD2[g] + baseSq;
          varDiff[g] += scale * (sd2 - (n == 1 ? 0 : sd * sd / n));
        }
      }
    }
  }
}
