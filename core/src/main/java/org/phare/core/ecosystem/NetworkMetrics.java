package org.phare.core.ecosystem;

import java.util.ArrayList;
import java.util.Collections;
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

    // Links per family pair in a small matrix (first ≤ second), turned into codes at the end;
    // families reached per node as a bit set; bridges chosen by a bounded selection, so that the
    // national graph creates no object per link or per candidate.
    Family[] families = Family.values();
    int[] familyOf = new int[n];
    for (int v = 0; v < n; v++) {
      familyOf[v] = network.family(v).ordinal();
    }
    long[][] pairCounts = new long[families.length][families.length];
    int[] top = new int[MAX_BRIDGES];
    int[] reachedOfTop = new int[MAX_BRIDGES];
    int kept = 0;
    for (int v = 0; v < n; v++) {
      int reached = 0;
      int own = familyOf[v];
      for (int k = 0; k < network.degree(v); k++) {
        int w = network.neighbour(v, k);
        int other = familyOf[w];
        reached |= 1 << other;
        if (v < w) {
          pairCounts[Math.min(own, other)][Math.max(own, other)]++;
        }
      }
      boolean reachesOther = (reached & ~(1 << own)) != 0;
      if (Integer.bitCount(reached) >= 2 && reachesOther) {
        // Insertion into the sorted top list (best first).
        int at = kept;
        while (at > 0 && ranksBefore(network, betweenness, v, top[at - 1])) {
          at--;
        }
        if (at < MAX_BRIDGES) {
          int last = Math.min(kept, MAX_BRIDGES - 1);
          System.arraycopy(top, at, top, at + 1, last - at);
          System.arraycopy(reachedOfTop, at, reachedOfTop, at + 1, last - at);
          top[at] = v;
          reachedOfTop[at] = reached;
          kept = Math.min(kept + 1, MAX_BRIDGES);
        }
      }
    }
    Map<String, Long> byPair = new TreeMap<>();
    long cross = 0;
    long companyAssociation = 0;
    long publicPrivate = 0;
    for (int a = 0; a < families.length; a++) {
      for (int b = a; b < families.length; b++) {
        long count = pairCounts[a][b];
        if (count > 0) {
          FamilyPair pair = new FamilyPair(families[a], families[b]);
          byPair.put(pair.code(), count);
          cross += pair.crossesFamilies() ? count : 0;
          companyAssociation += pair.isCompanyAssociation() ? count : 0;
          publicPrivate += pair.isPublicPrivate() ? count : 0;
        }
      }
    }
    List<Bridge> bridges = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      int v = top[i];
      Set<Family> reached = EnumSet.noneOf(Family.class);
      for (Family family : families) {
        if ((reachedOfTop[i] & (1 << family.ordinal())) != 0) {
          reached.add(family);
        }
      }
      bridges.add(
          new Bridge(
              network.id(v),
              network.family(v),
              network.degree(v),
              betweenness.value(v),
              Collections.unmodifiableSet(reached)));
    }
    return new NetworkMetrics(
        n,
        m,
        n < 2 ? Double.NaN : 2.0 * m / ((double) n * (n - 1)),
        components,
        largest,
        isolated,
        n == 0 ? Double.NaN : 2.0 * m / n,
        Collections.unmodifiableMap(byPair),
        share(cross, m),
        share(companyAssociation, m),
        share(publicPrivate, m),
        List.copyOf(bridges),
        betweenness.isExact(),
        betweenness.pivots());
  }

  /** Bridge order: higher betweenness, then higher degree, then smaller id. */
  private static boolean ranksBefore(Network network, Betweenness betweenness, int v, int w) {
    int byBetweenness = Double.compare(betweenness.value(v), betweenness.value(w));
    if (byBetweenness != 0) {
      return byBetweenness > 0;
    }
    if (network.degree(v) != network.degree(w)) {
      return network.degree(v) > network.degree(w);
    }
    return network.id(v) < network.id(w);
  }

  private static double share(long count, int total) {
    return total == 0 ? Double.NaN : (double) count / total;
  }
}
