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
    Capacities caps = Capacities.of(affinity, associations, forbidden, rounds, perRound);
    int[] capCompany = caps.company();
    int[] capAssociation = caps.association();
    int meetings = caps.meetings();
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
   * The upper bound: the optimum of a relaxation of the planning problem, solved exactly as a
   * maximum-weight b-matching (min-cost flow). Choose pairs (not forbidden) maximising total
   * affinity so that there are at most E pairs (E: the number of meetings every valid plan has, see
   * the class comment) and each participant has at most min(R, ⌈E / size of its side⌉) partners.
   * Every valid schedule satisfies these constraints (it has exactly E meetings, nobody meets twice
   * in a round, and fair breaks cap meetings at ⌈E / side⌉), so no schedule does better. The
   * relaxation drops the lower side of fairness (⌊E / side⌋ meetings at least) and the split into
   * rounds: the split never costs anything (König), so the gap to the plan is only what fairness
   * costs. When tables and sides are equal, the cap is R and this is the plain "at most R partners
   * each" relaxation. The value adds the largest possible error of the integer scaling (half a
   * scaled unit per pair), so it stays a valid bound.
   */
  static double upperBound(
      double[][] affinity, int associations, boolean[][] forbidden, int rounds, int tables) {
    int companies = affinity.length;
    int perRound = Math.min(tables, Math.min(companies, associations));
    if (perRound == 0 || rounds == 0) {
      return 0;
    }
    Capacities caps = Capacities.of(affinity, associations, forbidden, rounds, perRound);
    int meetings = caps.meetings();
    if (meetings == 0) {
      return 0;
    }
    int ceilCompany = (meetings + companies - 1) / companies;
    int ceilAssociation = (meetings + associations - 1) / associations;
    double scale = SCALE_TOP / Math.max(1e-9, max(affinity));
    int source = 0;
    int sink = companies + associations + 1;
    MinCostFlow flow =
        new MinCostFlow(sink + 1, companies * associations + companies + associations);
    for (int c = 0; c < companies; c++) {
      flow.addArc(source, 1 + c, Math.min(caps.company()[c], ceilCompany), 0);
    }
    for (int a = 0; a < associations; a++) {
      flow.addArc(1 + companies + a, sink, Math.min(caps.association()[a], ceilAssociation), 0);
    }
    for (int c = 0; c < companies; c++) {
      for (int a = 0; a < associations; a++) {
        if (allowed(forbidden, c, a)) {
          flow.addArc(1 + c, 1 + companies + a, 1, -Math.round(affinity[c][a] * scale));
        }
      }
    }
    flow.run(source, sink, meetings, true);
    return (-flow.totalCost() + 0.5 * meetings) / scale;
  }

  /**
   * Most meetings each participant can have (min(R, partners not forbidden)) and E, the number of
   * meetings of the plan: min(R·m, Σ companies' caps, Σ associations' caps).
   */
  private record Capacities(int[] company, int[] association, int meetings) {
    static Capacities of(
        double[][] affinity, int associations, boolean[][] forbidden, int rounds, int perRound) {
      int companies = affinity.length;
      int[] capCompany = new int[companies];
      int[] capAssociation = new int[associations];
      for (int c = 0; c < companies; c++) {
        for (int a = 0; a < associations; a++) {
          if (allowed(forbidden, c, a)) {
            capCompany[c]++;
            capAssociation[a]++;
          }
        }
      }
      long sumCompany = 0;
      long sumAssociation = 0;
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
      return new Capacities(capCompany, capAssociation, (int) target);
    }
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
