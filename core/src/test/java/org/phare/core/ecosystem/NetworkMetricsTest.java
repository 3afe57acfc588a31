package org.phare.core.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NetworkMetricsTest {

  /**
   * Two companies (1, 2), two associations (3, 4), one local authority (5), one isolated media (6).
   * Partnerships: {1,3}, {2,3}, {3,4,5} (a three-member partnership: links 3-4, 3-5, 4-5), and a
   * duplicate {1,3} that must not add a link.
   */
  static Network sample() {
    return Network.builder()
        .node(1, Family.ECONOMIC_ACTOR)
        .node(2, Family.ECONOMIC_ACTOR)
        .node(3, Family.GENERAL_INTEREST)
        .node(4, Family.GENERAL_INTEREST)
        .node(5, Family.PUBLIC_AUTHORITY)
        .node(6, Family.MEDIA)
        .clique(1, 3)
        .clique(2, 3)
        .clique(3, 4, 5)
        .clique(3, 1)
        .build();
  }

  @Test
  void counts_density_components_and_family_mix_by_hand() {
    NetworkMetrics metrics = NetworkMetrics.of(sample());
    assertThat(metrics.nodes()).isEqualTo(6);
    assertThat(metrics.links()).isEqualTo(5);
    // density = 2·5 / (6·5) = 1/3
    assertThat(metrics.density()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(metrics.components()).isEqualTo(2);
    assertThat(metrics.largestComponent()).isEqualTo(5);
    assertThat(metrics.isolated()).isEqualTo(1);
    assertThat(metrics.meanDegree()).isCloseTo(10.0 / 6, within(1e-12));
    // links: 1-3 and 2-3 company-association, 3-4 association-association, 3-5 and 4-5
    // public-association: cross-family 4/5, company-association 2/5, public-private 2/5.
    assertThat(metrics.crossFamilyShare()).isCloseTo(0.8, within(1e-12));
    assertThat(metrics.companyAssociationShare()).isCloseTo(0.4, within(1e-12));
    assertThat(metrics.publicPrivateShare()).isCloseTo(0.4, within(1e-12));
    assertThat(metrics.linksByFamilyPair())
        .containsEntry("ECONOMIC_ACTOR-GENERAL_INTEREST", 2L)
        .containsEntry("GENERAL_INTEREST-GENERAL_INTEREST", 1L)
        .containsEntry("PUBLIC_AUTHORITY-GENERAL_INTEREST", 2L);
  }

  @Test
  void the_association_linking_companies_and_the_authority_is_the_first_bridge() {
    NetworkMetrics metrics = NetworkMetrics.of(sample());
    NetworkMetrics.Bridge first = metrics.bridges().get(0);
    assertThat(first.id()).isEqualTo(3);
    assertThat(first.familiesReached())
        .isEqualTo(Set.of(Family.ECONOMIC_ACTOR, Family.GENERAL_INTEREST, Family.PUBLIC_AUTHORITY));
    // Node 3 lies on all pairs among {1,2} x {4,5} plus (1,2): 5 of the C(5,2)=10 pairs of n-1=5
    // other nodes; normalised by (5·4)/2 = 10 → 0.5.
    assertThat(first.betweenness()).isCloseTo(0.5, within(1e-12));
    // Companies 1 and 2 and the authority 5 (partners 3 and 4) reach only one family: not bridges.
    // Association 4 reaches associations and the authority: a bridge with betweenness 0.
    assertThat(metrics.bridges()).extracting(NetworkMetrics.Bridge::id).containsExactly(3L, 4L);
  }

  @Test
  void empty_network_gives_nan_shares_not_zero() {
    NetworkMetrics metrics = NetworkMetrics.of(Network.builder().build());
    assertThat(metrics.nodes()).isZero();
    assertThat(metrics.density()).isNaN();
    assertThat(metrics.crossFamilyShare()).isNaN();
    assertThat(metrics.components()).isZero();
    assertThat(metrics.bridges()).isEmpty();
  }

  /**
   * The single-pass metrics (family-pair matrix, bit sets, bounded bridge selection) equal a
   * straightforward computation — one {@link FamilyPair} per link, every candidate bridge built and
   * sorted — on random networks with random ids and families, duplicate and self links. Counts are
   * exact; shares are the same quotients of the same counts.
   */
  @Property(tries = 60)
  void single_pass_metrics_equal_a_straightforward_computation(
      @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll @IntRange(min = 0, max = 8) int meanDegree,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Network.Builder builder = Network.builder();
    long[] ids = new long[n];
    Set<Long> used = new HashSet<>();
    for (int i = 0; i < n; i++) {
      long id;
      do {
        id = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(3 * n + 1);
      } while (!used.add(id));
      ids[i] = id;
      builder.node(id, Family.values()[random.nextInt(Family.values().length)]);
    }
    for (int l = 0; n > 0 && l < n * meanDegree / 2; l++) {
      builder.link(ids[random.nextInt(n)], ids[random.nextInt(n)]);
    }
    Network network = builder.build();
    Betweenness betweenness = Betweenness.of(network);
    NetworkMetrics actual = NetworkMetrics.of(network, betweenness);

    Map<String, Long> byPair = new TreeMap<>();
    long cross = 0;
    long companyAssociation = 0;
    long publicPrivate = 0;
    List<NetworkMetrics.Bridge> candidates = new ArrayList<>();
    for (int v = 0; v < network.size(); v++) {
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
      if (reached.size() >= 2 && reached.stream().anyMatch(f -> f != own)) {
        candidates.add(
            new NetworkMetrics.Bridge(
                network.id(v), own, network.degree(v), betweenness.value(v), reached));
      }
    }
    candidates.sort(
        Comparator.comparingDouble(NetworkMetrics.Bridge::betweenness)
            .reversed()
            .thenComparing(Comparator.comparingInt(NetworkMetrics.Bridge::degree).reversed())
            .thenComparingLong(NetworkMetrics.Bridge::id));
    int m = network.linkCount();
    assertThat(actual.linksByFamilyPair()).isEqualTo(byPair);
    assertThat(Double.valueOf(actual.crossFamilyShare()))
        .isEqualTo(Double.valueOf(m == 0 ? Double.NaN : (double) cross / m));
    assertThat(Double.valueOf(actual.companyAssociationShare()))
        .isEqualTo(Double.valueOf(m == 0 ? Double.NaN : (double) companyAssociation / m));
    assertThat(Double.valueOf(actual.publicPrivateShare()))
        .isEqualTo(Double.valueOf(m == 0 ? Double.NaN : (double) publicPrivate / m));
    assertThat(actual.bridges())
        .isEqualTo(candidates.subList(0, Math.min(NetworkMetrics.MAX_BRIDGES, candidates.size())));
    assertThat(actual.links()).isEqualTo(m);
  }

  /** The primitive id index of the builder behaves as a map: adjacency as with a HashMap. */
  @Property(tries = 60)
  void builder_links_the_same_nodes_as_a_map_of_ids_would(
      @ForAll @IntRange(min = 1, max = 500) int n, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Network.Builder builder = Network.builder();
    Map<Long, Integer> index = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2 * n; i++) {
      // Consecutive, spread and repeated ids; a repeated id keeps its first position.
      long id = random.nextBoolean() ? random.nextInt(n) : random.nextLong();
      builder.node(id, Family.MEDIA);
      if (index.putIfAbsent(id, ids.size()) == null) {
        ids.add(id);
      }
    }
    Set<String> expected = new HashSet<>();
    for (int l = 0; l < 3 * n; l++) {
      long a = ids.get(random.nextInt(ids.size()));
      long b = ids.get(random.nextInt(ids.size()));
      builder.link(a, b);
      if (a != b) {
        expected.add(
            Math.min(index.get(a), index.get(b)) + "-" + Math.max(index.get(a), index.get(b)));
      }
    }
    for (long id : ids) {
      assertThat(builder.contains(id)).isTrue();
    }
    long absent = n + 1L;
    while (index.containsKey(absent)) {
      absent++;
    }
    assertThat(builder.contains(absent)).isFalse();
    Network network = builder.build();
    assertThat(network.size()).isEqualTo(ids.size());
    Set<String> actual = new HashSet<>();
    for (int v = 0; v < network.size(); v++) {
      assertThat(network.id(v)).isEqualTo(ids.get(v));
      for (int k = 0; k < network.degree(v); k++) {
        int w = network.neighbour(v, k);
        actual.add(Math.min(v, w) + "-" + Math.max(v, w));
      }
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(network.linkCount()).isEqualTo(expected.size());
  }
}
