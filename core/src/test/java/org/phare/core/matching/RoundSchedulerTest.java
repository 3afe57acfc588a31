package org.phare.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's optimum and the upper bound are checked against exhaustive search on small
 * events: the independent reference is brute force over every candidate set or sequence.
 */
class RoundSchedulerTest {

  @Property(tries = 150)
  void upper_bound_is_the_relaxation_optimum_found_by_brute_force(
      @ForAll @IntRange(min = 1, max = 3) int companies,
      @ForAll @IntRange(min = 1, max = 4) int associations,
      @ForAll @IntRange(min = 1, max = 3) int rounds,
      @ForAll @IntRange(min = 1, max = 3) int tables,
      @ForAll long seed) {
    double[][] w = randomMatrix(seed, companies, associations);
    // The relaxation, enumerated: at most E pairs (E = the meetings of every valid plan), each
    // participant with at most min(R, ceil(E / its side)) partners.
    int perRound = Math.min(tables, Math.min(companies, associations));
    int meetings =
        Math.min(
            rounds * perRound,
            Math.min(
                companies * Math.min(rounds, associations),
                associations * Math.min(rounds, companies)));
    int capCompany = Math.min(rounds, (meetings + companies - 1) / companies);
    int capAssociation = Math.min(rounds, (meetings + associations - 1) / associations);
    int edges = companies * associations;
    double best = 0;
    for (int mask = 0; mask < (1 << edges); mask++) {
      if (Integer.bitCount(mask) > meetings) {
        continue;
      }
      int[] degree = new int[companies + associations];
      double total = 0;
      boolean ok = true;
      for (int e = 0; e < edges && ok; e++) {
        if ((mask >> e & 1) == 1) {
          int c = e / associations;
          int a = e % associations;
          ok = ++degree[c] <= capCompany && ++degree[companies + a] <= capAssociation;
          total += w[c][a];
        }
      }
      if (ok) {
        best = Math.max(best, total);
      }
    }

    double bound = RoundScheduler.upperBound(w, associations, null, rounds, tables);

    // Tolerance: the bound adds at most 0.5 scaled units per pair (scale 1e7 / max affinity).
    assertThat(bound).isCloseTo(best, within(1e-4));
    assertThat(bound).isGreaterThanOrEqualTo(best);
  }

  @Property(tries = 120)
  void schedule_is_as_good_as_the_best_fair_schedule_found_by_brute_force(
      @ForAll @IntRange(min = 1, max = 3) int companies,
      @ForAll @IntRange(min = 1, max = 3) int associations,
      @ForAll @IntRange(min = 1, max = 3) int rounds,
      @ForAll @IntRange(min = 1, max = 3) int tables,
      @ForAll long seed) {
    double[][] w = randomMatrix(seed, companies, associations);
    List<int[][]> matchings = matchings(companies, associations);
    Best best = new Best();
    search(w, matchings, rounds, tables, new ArrayList<>(), best);

    List<List<RoundScheduler.Meet>> schedule =
        RoundScheduler.schedule(w, associations, null, rounds, tables);
    int meetings = schedule.stream().mapToInt(List::size).sum();
    double total = 0;
    for (List<RoundScheduler.Meet> round : schedule) {
      for (RoundScheduler.Meet meet : round) {
        total += w[meet.company()][meet.association()];
      }
    }

    // Reference: exhaustive search over sequences of matchings (no pair twice, at most `tables`
    // meetings a round), keeping the most meetings, then fair breaks, then the best affinity.
    assertThat(meetings).isEqualTo(best.meetings);
    assertThat(total).isCloseTo(best.affinity, within(1e-4));
    // The bound is valid: no schedule found by exhaustive search beats it.
    assertThat(RoundScheduler.upperBound(w, associations, null, rounds, tables))
        .isGreaterThanOrEqualTo(best.affinity - 1e-9);
  }

  @Test
  void already_met_pairs_are_never_scheduled_again() {
    double[][] w = {{9, 1}, {1, 9}};
    boolean[][] met = {{true, false}, {false, true}};
    List<List<RoundScheduler.Meet>> schedule = RoundScheduler.schedule(w, 2, met, 2, 2);
    // Only the two low-affinity pairs are left: they meet, spread over the two rounds (equitable
    // split), and the met pairs never come back.
    assertThat(schedule.stream().flatMap(List::stream).toList())
        .containsExactlyInAnyOrder(new RoundScheduler.Meet(0, 1), new RoundScheduler.Meet(1, 0));
    assertThat(RoundScheduler.upperBound(w, 2, met, 2, 2)).isCloseTo(2, within(1e-5));
  }

  private static final class Best {
    int meetings = -1;
    double affinity = -1;
  }

  private static void search(
      double[][] w,
      List<int[][]> matchings,
      int rounds,
      int tables,
      List<int[][]> chosen,
      Best best) {
    if (chosen.size() == rounds) {
      int companies = w.length;
      int associations = w[0].length;
      boolean[][] seen = new boolean[companies][associations];
      int[] meetingsOf = new int[companies + associations];
      int meetings = 0;
      double total = 0;
      for (int[][] matching : chosen) {
        for (int[] pair : matching) {
          if (seen[pair[0]][pair[1]]) {
            return;
          }
          seen[pair[0]][pair[1]] = true;
          meetingsOf[pair[0]]++;
          meetingsOf[companies + pair[1]]++;
          meetings++;
          total += w[pair[0]][pair[1]];
        }
      }
      if (!fair(meetingsOf, 0, companies)
          || !fair(meetingsOf, companies, companies + associations)) {
        return;
      }
      if (meetings > best.meetings || (meetings == best.meetings && total > best.affinity)) {
        best.meetings = meetings;
        best.affinity = total;
      }
      return;
    }
    for (int[][] matching : matchings) {
      if (matching.length <= tables) {
        chosen.add(matching);
        search(w, matchings, rounds, tables, chosen, best);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  private static boolean fair(int[] meetingsOf, int from, int to) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = from; i < to; i++) {
      min = Math.min(min, meetingsOf[i]);
      max = Math.max(max, meetingsOf[i]);
    }
    return max - min <= 1;
  }

  /** Every matching (including the empty one) of the complete bipartite graph. */
  private static List<int[][]> matchings(int companies, int associations) {
    List<int[][]> result = new ArrayList<>();
    collect(0, companies, associations, new boolean[associations], new ArrayList<>(), result);
    return result;
  }

  private static void collect(
      int company,
      int companies,
      int associations,
      boolean[] used,
      List<int[]> current,
      List<int[][]> result) {
    if (company == companies) {
      result.add(current.toArray(new int[0][]));
      return;
    }
    collect(company + 1, companies, associations, used, current, result);
    for (int a = 0; a < associations; a++) {
      if (!used[a]) {
        used[a] = true;
        current.add(new int[] {company, a});
        collect(company + 1, companies, associations, used, current, result);
        current.remove(current.size() - 1);
        used[a] = false;
      }
    }
  }

  private static double[][] randomMatrix(long seed, int companies, int associations) {
    Random random = new Random(seed);
    double[][] w = new double[companies][associations];
    for (double[] row : w) {
      for (int a = 0; a < associations; a++) {
        // A few zeros and ties, as real affinities have.
        row[a] = random.nextInt(4) == 0 ? 0 : random.nextInt(20) * 2.5;
      }
    }
    return w;
  }
}
