package org.phare.core.ecosystem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Structural metrics of a {@link Network}.
 *
 * @param nodes number of organisations n
 * @param links number of merged links m
 * @param density {@code 2m / (n(n-1))}: share of possible pairs that are linked; NaN when n < 2
 * @param components number of connected components (an isolated organisation is one component)
 * @param largestComponent size of the largest component (0 for an empty network)
 * @param isolated organisations with no link
 * @param meanDegree {@code 2m / n}; NaN when n = 0
 * @param linksByFamilyPair number of links per unordered pair of families
 * @param crossFamilyShare share of links joining two different families; NaN without links
 * @param companyAssociationShare share of links between an economic actor and a general-interest
 *     organisation; NaN without links
 * @param publicPrivateShare share of links between a public authority and a company or a
 *     general-interest organisation; NaN without links
 * @param bridges organisations that bridge worlds: linked to at least two families, including one
 *     other than their own, ranked by decreasing betweenness then degree (at most {@link
 *     #MAX_BRIDGES})
 * @param betweennessExact whether betweenness is exact or a Brandes-Pich estimate
 * @param betweennessPivots sources used for betweenness (n when exact)
 */
public record NetworkMetrics(
    int nodes,
    int links,
    double density,
    int components,
    int largestComponent,
    int isolated,
    double meanDegree,
    Map<String, Long> linksByFamilyPair,
    double crossFamilyShare,
    double companyAssociationShare,
    double publicPrivateShare,
    List<Bridge> bridges,
    boolean betweennessExact,
    int betweennessPivots) {

  public static final int MAX_BRIDGES = 10;

  /**
   * A bridging organisation.
   *
   * @param id organisation id
   * @param family its family
   * @param degree number of distinct partners
   * @param betweenness normalised betweenness (see {@link Betweenness})
   * @param familiesReached families of its partners
   */
  public record Bridge(
      long id, Family family, int degree, double betweenness, Set<Family> familiesReached) {}

  /** Computes every metric; betweenness per {@link Betweenness#of}. */
  public static NetworkMetrics of(Network network) {
    return of(network, Betweenness.of(network));
  }

  public static NetworkMetrics of(Network network, Betweenness betweenness) {
    int n = network.size();
    int m = network.linkCount();
    int[] component = new int[n];
    java.util.Arrays.fill(component, -1);
    int[] queue = new int[n];
    int components = 0;
    int largest = 0;
    int isolated = 0;
    for (int s = 0; s < n; s++) {
      if (network.degree(s) == 0) {
        isolated++;
      }
      if (component[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      component[s] = components;
      while (head < tail) {
        int v = queue[head++];
        for (int k = 0; k < network.degree(v); k++) {
          int w = network.neighbour(v, k);
          if (component[w] < 0) {
            component[w] = components;
            queue[tail++] = w;
          }
        }
      }
      largest = Math.max(largest, tail);
      components++;
    }

    Map<String, Long> byPair = new TreeMap<>();
    long cross = 0;
    long companyAssociation = 0;
    long publicPrivate = 0;
    List<Bridge> candidates = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      Set<Family> reached = EnumSet.noneOf(Family.class);
      for (int k = 0; k < network.degree(v); k++) {
        int w = network.neighbour(v, k);
        reached.add(network.family(w));
        if (v < w) {
          FamilyPair pair = new FamilyPair(network.family(v), network.family(w));
          byPair.merge(pair.code(), 1L, Long::sum);
          cross += pair.crossesFamilies() ? 1 : 0;
          companyAssociation += pair.isCompanyAssociation() ? 1 : 0;
          publicPrivate += pair.isPublicPrivate() ? 1 : 0;
        }
      }
      Family own = network.family(v);
      boolean reachesOther = reached.stream().anyMatch(f -> f != own);
      if (reached.size() >= 2 && reachesOther) {
        candidates.add(
            new Bridge(
                network.id(v),
                network.family(v),
                network.degree(v),
                betweenness.value(v),
                Set.copyOf(reached)));
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Bridge::betweenness)
            .reversed()
            .thenComparing(Comparator.comparingInt(Bridge::degree).reversed())
            .thenComparingLong(Bridge::id));
    List<Bridge> bridges =
        List.copyOf(candidates.subList(0, Math.min(MAX_BRIDGES, candidates.size())));
    return new NetworkMetrics(
        n,
        m,
        n < 2 ? Double.NaN : 2.0 * m / ((double) n * (n - 1)),
        components,
        largest,
        isolated,
        n == 0 ? Double.NaN : 2.0 * m / n,
        java.util.Collections.unmodifiableMap(byPair),
        share(cross, m),
        share(companyAssociation, m),
        share(publicPrivate, m),
        bridges,
        betweenness.isExact(),
        betweenness.pivots());
  }

  private static double share(long count, int total) {
    return total == 0 ? Double.NaN : (double) count / total;
  }
}
