package org.phare.store.ecosystem;

import java.util.List;
import java.util.Set;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.NetworkMetrics;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.territory.TerritoryId;

/**
 * A territory's organisations and their partnership links, ready for an interactive layout.
 *
 * @param nodes organisations located in the territory that pass the filters
 * @param links pairs of them sharing at least one partnership that passes the filters
 * @param metrics the network metrics of this graph
 */
public record TerritoryGraph(
    TerritoryId territory, List<Node> nodes, List<Link> links, NetworkMetrics metrics) {

  /** An organisation in the graph. */
  public record Node(
      long id,
      String name,
      Family family,
      OrganisationType type,
      boolean ess,
      int degree,
      double betweenness) {}

  /**
   * A link between two organisations.
   *
   * @param partnerships number of partnerships they share
   * @param categories categories of those partnerships
   */
  public record Link(
      long source, long target, int partnerships, Set<PartnershipCategory> categories) {}

  /** Filters of the graph; null fields mean "all". */
  public record Filter(
      Family family, PartnershipCategory category, org.phare.core.indicator.Domain domain) {
    public static final Filter NONE = new Filter(null, null, null);
  }
}
