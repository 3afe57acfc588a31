package org.phare.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.phare.core.message.RefusedException;

/**
 * Class limits for a choropleth map: {@code k} classes over the values drawn, by quantiles (the
 * default: each class holds about the same number of territories) or by Jenks natural breaks
 * (classes that minimise the within-class sum of squared deviations).
 *
 * <p>Returned limits are the k−1 inner thresholds, ascending and distinct; class i holds values in
 * [limit(i−1), limit(i)). NaN values are ignored (drawn as "no data"). With no value, or a single
 * distinct value, there is no threshold (one class). With fewer distinct values than classes, fewer
 * thresholds are returned.
 */
public final class ClassBreaks {

  /** Largest number of values Jenks is computed on (O(k·n²)); above, an evenly spaced sample. */
  static final int JENKS_SAMPLE = 1_500;

  private ClassBreaks() {}

  /** The method of a map's classes. */
  public enum Method {
    QUANTILES("quantiles", "quantiles", "quantiles"),
    JENKS("jenks", "seuils naturels de Jenks", "Jenks natural breaks");

    private final String code;
    private final String labelFr;
    private final String labelEn;

    Method(String code, String labelFr, String labelEn) {
      this.code = code;
      this.labelFr = labelFr;
      this.labelEn = labelEn;
    }

    public String code() {
      return code;
    }

    public String labelFr() {
      return labelFr;
    }

    public String labelEn() {
      return labelEn;
    }

    /** The method of a URL value; null or blank is the default, quantiles. */
    public static Method parse(String text) {
      if (text == null || text.isBlank()) {
        return QUANTILES;
      }
      for (Method m : values()) {
        if (m.code.equalsIgnoreCase(text.trim())) {
          return m;
        }
      }
      throw RefusedException.badInput("map.classes.unknown", "classes", "value", text);
    }
  }

  public static List<Double> of(Method method, double[] values, int k) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0 || k < 2) {
      return List.of();
    }
    return method == Method.JENKS ? jenks(sorted, k) : quantiles(sorted, k);
  }

  /**
   * Quantile limits: the i/k quantiles (i = 1..k−1) by linear interpolation between order
   * statistics (Hyndman and Fan type 7, R's default), duplicates removed.
   */
  static List<Double> quantiles(double[] sorted, int k) {
    List<Double> limits = new ArrayList<>();
    for (int i = 1; i < k; i++) {
      double h = (sorted.length - 1) * (double) i / k;
      int lo = (int) Math.floor(h);
      double q = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
      addDistinct(limits, q, sorted[0]);
    }
    return limits;
  }

  /**
   * Jenks natural breaks (Jenks 1977; the dynamic programme of Fisher 1958): the partition of the
   * sorted values into k contiguous classes minimising the sum of within-class squared deviations.
   * A limit is the first value of a class. Over {@link #JENKS_SAMPLE} values the programme runs on
   * an evenly spaced sample of the sorted values (order statistics), which keeps the shape of the
   * distribution.
   */
  static List<Double> jenks(double[] sorted, int k) {
    double[] x = sorted;
    if (x.length > JENKS_SAMPLE) {
      x = new double[JENKS_SAMPLE];
      for (int i = 0; i < JENKS_SAMPLE; i++) {
        x[i] = sorted[(int) Math.round((double) i * (sorted.length - 1) / (JENKS_SAMPLE - 1))];
      }
    }
    int n = x.length;
    int classes = Math.min(k, n);
    double[] sum = new double[n + 1];
    double[] sumSq = new double[n + 1];
    for (int i = 0; i < n; i++) {
      sum[i + 1] = sum[i] + x[i];
      sumSq[i + 1] = sumSq[i] + x[i] * x[i];
    }
    // cost[c][j]: best cost of the first j values in c classes; start[c][j]: first index of the
    // last class in that partition
    double[][] cost = new double[classes + 1][n + 1];
    int[][] start = new int[classes + 1][n + 1];
    for (double[] row : cost) {
      Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    for (int c = 1; c <= classes; c++) {
      for (int j = c; j <= n; j++) {
        for (int i = c - 1; i < j; i++) {
          if (cost[c - 1][i] == Double.POSITIVE_INFINITY) {
            continue;
          }
          double s = sum[j] - sum[i];
          double ssd = sumSq[j] - sumSq[i] - s * s / (j - i);
          double total = cost[c - 1][i] + ssd;
          if (total < cost[c][j]) {
            cost[c][j] = total;
            start[c][j] = i;
          }
        }
      }
    }
    double[] firsts = new double[classes - 1];
    int j = n;
    for (int c = classes; c >= 2; c--) {
      int i = start[c][j];
      firsts[c - 2] = x[i];
      j = i;
    }
    List<Double> limits = new ArrayList<>();
    for (double first : firsts) {
      addDistinct(limits, first, x[0]);
    }
    return limits;
  }

  private static void addDistinct(List<Double> limits, double value, double min) {
    if (value > min && (limits.isEmpty() || value > limits.get(limits.size() - 1))) {
      limits.add(value);
    }
  }
}
