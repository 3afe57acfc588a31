package org.phare.core.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The numeric heart of the speed-dating planner: on an affinity matrix (companies x associations),
 * chooses who meets whom and in which round.
 *
 * <p>A schedule of R rounds with at most m = min(tables, companies, associations) meetings per
 * round is exactly a set of company-association pairs where everyone has at most R partners and
 * there are at most R·m pairs: such a set always splits into R matchings of at most m pairs each
 * (König's theorem, made equitable, see {@link BipartiteEdgeColouring}). So the planner first
 * chooses the pairs, optimally, as a minimum-cost flow, then colours them into rounds:
 *
 * <ol>
 *   <li>E = min(R·m, Σ min(R, allowed partners)) meetings over each side: as many as the format
 *       allows;
 *   <li>each company gets between ⌊E/companies⌋ and ⌈E/companies⌉ meetings (same for associations),
 *       which is the fairness of breaks: breaks = R − meetings differ by at most one on each side.
 *       The lower bound is enforced with a prize larger than any affinity gain, so it is met
 *       whenever it can be;
 *   <li>among those, the total affinity is maximal (the flow's cost is minus the affinity).
 * </ol>
 *
 * Already-met pairs (when re-planning) are simply absent arcs. Affinities are scaled to integers
 * (10⁷ / max affinity per point) so that the flow is exact; the plan's reported affinity is
 * recomputed from the real values.
 */
final class RoundScheduler {

  /** One meeting of a round: indexes into the company and association lists. */
  record Meet(int company, int association) {}

  /** Scaled value of the highest affinity: leaves room for sums of many prizes in a long. */
  private static final double SCALE_TOP = 1e7;

  /** Beyond this, the prize arithmetic could overflow: far above any real event. */
  static final int MAX_MEETINGS = 50_000;

  private RoundScheduler() {}

  /**
   * Plans the rounds.
   *
   * @param affinity affinity[c][a] >= 0
   * @param forbidden forbidden[c][a]: the pair must not meet (already met), or null for none
   * @return the rounds, in decreasing order of total affinity, each a list of meetings
   */
  static List<List<Meet>> schedule(
      double[][] affinity, int associations, boolean[][] forbidden, int rounds, int tables) {
    int companies = affinity.length;
    List<List<Meet>> result = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      result.add(new ArrayList<>());
    }
    int perRound = Math.min(tables, Math.min(companies, associations));
    if (perRound == 0 || rounds == 0) {
      return result;
    }
    int[] capCompany = new int[companies];
    int[] capAssociation = new int[associations];
    long sumCompany = 0;
    long sumAssociation = 0;
    for (int c = 0; c < companies; c++) {
      for (int a = 0; a < associations; a++) {
        if (allowed(forbidden, c, a)) {
          capCompany[c]++;
          capAssociation[a]++;
        }
      }
    }
    for (int c = 0; c < companies; c++) {
      capCompany[c] = Math.min(capCompany[c], rounds);
      sumCompany += capCompany[c];
    }
    for (int a = 0; a < associations; a++) {
      capAssociation[a] = Math.min(capAssociation[a], rounds);
      sumAssociation += capAssociation[a];
    }
    long target = Math.min((long) rounds * perRound, Math.min(sumCompany, sumAssociation));
    if (target > MAX_MEETINGS) {
      throw new IllegalArgumentException(
          "event too large: " + target + " meetings (at most " + MAX_MEETINGS + ")");
    }
    int meetings = (int) target;
    double scale = SCALE_TOP / Math.max(1e-9, max(affinity));
    long prize = (long) meetings * (long) Math.ceil(SCALE_TOP) + 1;

    int source = 0;
    int sink = companies + associations + 1;
    MinCostFlow flow =
        new MinCostFlow(sink + 1, companies * associations + 2 * (companies + associations));
    addFairArcs(flow, source, 1, capCompany, meetings, prize, true);
    addFairArcs(flow, sink, 1 + companies, capAssociation, meetings, prize, false);
    int[][] arc = new int[companies][associations];
    for (int c = 0; c < companies; c++) {
      for (int a = 0; a < associations; a++) {
        arc[c][a] =
            allowed(forbidden, c, a)
                ? flow.addArc(1 + c, 1 + companies + a, 1, -Math.round(affinity[c][a] * scale))
                : -1;
      }
    }
    flow.run(source, sink, meetings, false);

    List<Meet> chosen = new ArrayList<>();
    for (int c = 0; c < companies; c++) {
      for (int a = 0; a < associations; a++) {
        if (arc[c][a] >= 0 && flow.flow(arc[c][a]) > 0) {
          chosen.add(new Meet(c, a));
        }
      }
    }
    int[] left = new int[chosen.size()];
    int[] right = new int[chosen.size()];
    for (int i = 0; i < chosen.size(); i++) {
      left[i] = chosen.get(i).company();
      right[i] = chosen.get(i).association();
    }
    int[] colour = BipartiteEdgeColouring.colour(companies, associations, left, right, rounds);
    for (int i = 0; i < chosen.size(); i++) {
      result.get(colour[i]).add(chosen.get(i));
    }
    // Best rounds first: should the event be cut short, the most promising meetings took place.
    result.sort(Comparator.comparingDouble((List<Meet> round) -> -total(affinity, round)));
    return result;
  }

  /**
   * The optimum of the relaxation used as an upper bound: choose pairs (not forbidden) so that
   * everyone has at most R partners and there are at most R·m pairs, maximising total affinity (a
   * maximum-weight b-matching, solved exactly as a min-cost flow). Every schedule is such a set, so
   * no schedule does better. It drops the fairness of breaks and the split into rounds; the split
   * never costs anything (König), fairness rarely does. The value returned adds the largest
   * possible error of the integer scaling, so it stays a valid bound.
   */
  static double upperBound(
      double[][] affinity, int associations, boolean[][] forbidden, int rounds, int tables) {
    int companies = affinity.length;
    int perRound = Math.min(tables, Math.min(companies, associations));
    if (perRound == 0 || rounds == 0) {
      return 0;
    }
    double scale = SCALE_TOP / Math.max(1e-9, max(affinity));
    int source = 0;
    int sink = companies + associations + 1;
    MinCostFlow flow =
        new MinCostFlow(sink + 1, companies * associations + companies + associations);
    for (int c = 0; c < companies; c++) {
      flow.addArc(source, 1 + c, rounds, 0);
    }
    for (int a = 0; a < associations; a++) {
      flow.addArc(1 + companies + a, sink, rounds, 0);
    }
    for (int c = 0; c < companies; c++) {
      for (int a = 0; a < associations; a++) {
        if (allowed(forbidden, c, a)) {
          flow.addArc(1 + c, 1 + companies + a, 1, -Math.round(affinity[c][a] * scale));
        }
      }
    }
    int maxPairs = (int) Math.min(MAX_MEETINGS, (long) rounds * perRound);
    flow.run(source, sink, maxPairs, true);
    return (-flow.totalCost() + 0.5 * maxPairs) / scale;
  }

  private static void addFairArcs(
      MinCostFlow flow, int end, int first, int[] cap, int meetings, long prize, boolean out) {
    int count = cap.length;
    int floor = meetings / count;
    int ceil = (meetings + count - 1) / count;
    for (int i = 0; i < count; i++) {
      int high = Math.min(cap[i], ceil);
      int low = Math.min(floor, high);
      int node = first + i;
      if (low > 0) {
        if (out) {
          flow.addArc(end, node, low, -prize);
        } else {
          flow.addArc(node, end, low, -prize);
        }
      }
      if (high > low) {
        if (out) {
          flow.addArc(end, node, high - low, 0);
        } else {
          flow.addArc(node, end, high - low, 0);
        }
      }
    }
  }

  private static boolean allowed(boolean[][] forbidden, int c, int a) {
    return forbidden == null || !forbidden[c][a];
  }

  private static double max(double[][] affinity) {
    double max = 0;
    for (double[] row : affinity) {
      for (double value : row) {
        if (!(value >= 0) || Double.isInfinite(value)) {
          throw new IllegalArgumentException("affinity must be finite and >= 0, got " + value);
        }
        max = Math.max(max, value);
      }
    }
    return max;
  }

  private static double total(double[][] affinity, List<Meet> round) {
    double total = 0;
    for (Meet meet : round) {
      total += affinity[meet.company()][meet.association()];
    }
    return total;
  }
}
