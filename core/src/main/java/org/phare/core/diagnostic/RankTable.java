package org.phare.core.diagnostic;

/**
 * Ranks and percentiles of every territory within its peer group for one indicator, computed once
 * by sorting (O(n log n)) so that diagnosing a whole level reads them in O(1).
 *
 * <p>Rank: 1 + number of peers strictly more fragile (ties share the best rank). Percentile: 100 x
 * (peers strictly less fragile + half of the peers tied, the territory included) / peers.
 * Territories without a value get rank 0 and a NaN percentile.
 */
final class RankTable {

  private final int[] ranks;
  private final double[] percentiles;

  private RankTable(int[] ranks, double[] percentiles) {
    this.ranks = ranks;
    this.percentiles = percentiles;
  }

  /**
   * @param oriented sign x value per territory (NaN when missing), higher = more fragile
   * @param groupOf peer group of each territory
   * @param groupCount number of groups
   */
  static RankTable of(double[] oriented, int[] groupOf, int groupCount) {
    int n = oriented.length;
    int[] counts = new int[groupCount];
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(oriented[i])) {
        counts[groupOf[i]]++;
        present++;
      }
    }
    int[] order = new int[present];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(oriented[i])) {
        order[k++] = i;
      }
    }
    sort(order, new int[present], 0, present, oriented, groupOf);
    int[] ranks = new int[n];
    double[] percentiles = new double[n];
    java.util.Arrays.fill(percentiles, Double.NaN);
    int groupStart = 0;
    int start = 0;
    while (start < present) {
      int group = groupOf[order[start]];
      if (start == 0 || groupOf[order[start - 1]] != group) {
        groupStart = start;
      }
      int end = start + 1;
      while (end < present
          && groupOf[order[end]] == group
          && oriented[order[end]] == oriented[order[start]]) {
        end++;
      }
      int below = start - groupStart;
      int equal = end - start;
      int size = counts[group];
      for (int p = start; p < end; p++) {
        ranks[order[p]] = size - (below + equal) + 1;
        percentiles[order[p]] = 100.0 * (below + 0.5 * equal) / size;
      }
      start = end;
    }
    return new RankTable(ranks, percentiles);
  }

  int rank(int index) {
    return ranks[index];
  }

  double percentile(int index) {
    return percentiles[index];
  }

  /** Merge sort of territory indices by (group, oriented value). */
  private static void sort(int[] a, int[] buffer, int from, int to, double[] value, int[] groupOf) {
    if (to - from < 24) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && before(x, a[j], value, groupOf)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, buffer, from, mid, value, groupOf);
    sort(a, buffer, mid, to, value, groupOf);
    if (!before(a[mid], a[mid - 1], value, groupOf)) {
      return;
    }
    System.arraycopy(a, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int p = from; p < to; p++) {
      if (j >= to || (i < mid && !before(buffer[j], buffer[i], value, groupOf))) {
        a[p] = buffer[i++];
      } else {
        a[p] = buffer[j++];
      }
    }
  }

  private static boolean before(int x, int y, double[] value, int[] groupOf) {
    return groupOf[x] != groupOf[y] ? groupOf[x] < groupOf[y] : value[x] < value[y];
  }
}
