package org.phare.core.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
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
}
