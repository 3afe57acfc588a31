package org.phare.core.survey;

/**
 * Weighted empirical distribution of the rows of a domain, for quantiles by R's {@code qrule_math}.
 * Cumulative weights are accumulated in double-double precision then rounded, to agree with R's
 * {@code cumsum} and {@code sum}, which accumulate in extended precision: ties of the cumulative
 * share with {@code p} (frequent with equal weights) are then decided as R does.
 */
final class WeightedQuantile {

  private final double[] values;
  private final double[] cumulative;
  private final double total;

  private WeightedQuantile(double[] values, double[] cumulative, double total) {
    this.values = values;
    this.cumulative = cumulative;
    this.total = total;
  }

  static WeightedQuantile of(double[] y, double[] w, boolean[] in) {
    int m = 0;
    for (boolean b : in) {
      if (b) {
        m++;
      }
    }
    int[] idx = new int[m];
    int k = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        idx[k++] = i;
      }
    }
    idx = sortByValue(idx, y);
    double[] values = new double[m];
    double[] cumulative = new double[m];
    double hi = 0;
    double lo = 0;
    for (int j = 0; j < m; j++) {
      values[j] = y[idx[j]];
      // TwoSum: hi + lo holds the running sum almost exactly.
      double x = w[idx[j]];
      double s = hi + x;
      double bp = s - hi;
      double err = (hi - (s - bp)) + (x - bp);
      hi = s;
      lo += err;
      cumulative[j] = hi + lo;
    }
    return new WeightedQuantile(values, cumulative, hi + lo);
  }

  int size() {
    return values.length;
  }

  /**
   * R {@code qrule_math}: value at the last position with cumulative share {@code <= p}, or next.
   */
  double quantile(double p) {
    double target = p * total;
    int pos = -1;
    // cumulative is increasing: binary search of the last index with cumulative <= target.
    int lo = 0;
    int hi = values.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] <= target) {
        pos = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (pos < 0) {
      return values[0];
    }
    double wlow = p - cumulative[pos] / total;
    if (wlow == 0) {
      return values[pos];
    }
    return values[Math.min(pos + 1, values.length - 1)];
  }

  /** Stable merge sort of row indices by value. */
  private static int[] sortByValue(int[] idx, double[] y) {
    int[] a = idx;
    int[] b = new int[idx.length];
    for (int width = 1; width < a.length; width *= 2) {
      for (int from = 0; from < a.length; from += 2 * width) {
        int mid = Math.min(from + width, a.length);
        int to = Math.min(from + 2 * width, a.length);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
          b[k++] = y[a[j]] < y[a[i]] ? a[j++] : a[i++];
        }
        while (i < mid) {
          b[k++] = a[i++];
        }
        while (j < to) {
          b[k++] = a[j++];
        }
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }
}
