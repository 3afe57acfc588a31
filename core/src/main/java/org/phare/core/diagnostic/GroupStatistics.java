package org.phare.core.diagnostic;

import java.util.Arrays;

/**
 * Mean, sample standard deviation, median and sorted values of one peer group, for scoring and
 * ranking.
 *
 * <p>Standard deviation is the sample one (divisor n - 1); it is NaN for fewer than two values,
 * which leaves scores undefined rather than infinite. The median of an even count is the mean of
 * the two middle values.
 */
final class GroupStatistics {
  final int count;
  final double mean;
  final double sd;
  final double median;

  /** Oriented values (sign x value), ascending, for ranks. */
  final double[] sortedOriented;

  GroupStatistics(double[] values, int count, int sign) {
    this.count = count;
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    this.mean = count == 0 ? Double.NaN : sum / count;
    double squares = 0;
    for (double v : sorted) {
      squares += (v - mean) * (v - mean);
    }
    this.sd = count < 2 ? Double.NaN : Math.sqrt(squares / (count - 1));
    this.median =
        count == 0
            ? Double.NaN
            : count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    double[] oriented = new double[count];
    for (int i = 0; i < count; i++) {
      oriented[i] = sign * sorted[i];
    }
    Arrays.sort(oriented);
    this.sortedOriented = oriented;
  }

  /** 1 + number of peers strictly more fragile (ties share the best rank). */
  int rank(double oriented) {
    return count - upperBound(oriented) + 1;
  }

  /** Percentage of peers less fragile, ties counted as half (the territory included). */
  double percentile(double oriented) {
    int below = lowerBound(oriented);
    int equal = upperBound(oriented) - below;
    return 100.0 * (below + 0.5 * equal) / count;
  }

  private int lowerBound(double value) {
    int lo = 0;
    int hi = sortedOriented.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedOriented[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int upperBound(double value) {
    int lo = 0;
    int hi = sortedOriented.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedOriented[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
