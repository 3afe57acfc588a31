package org.phare.core.diagnostic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryReferential;

/**
 * Partition of a level's territories into the groups within which scores and ranks are computed:
 * one national group, one group per parent territory, or a group of territories chosen by the user.
 */
record PeerGroups(int[] groupOf, int groupCount) {

  /** The groups for spreads and medians: one national group, or one per parent for PEERS. */
  static PeerGroups of(TerritoryReferential referential, Level level, Reference reference) {
    return reference == Reference.PEERS
        ? byParent(referential, level)
        : new PeerGroups(new int[referential.size(level)], 1);
  }

  /**
   * The groups for ranks and percentiles: the reference decides among whom a territory is ranked
   * (all of France for NATIONAL, the parent's children for PARENT and PEERS).
   */
  static PeerGroups forRanks(TerritoryReferential referential, Level level, Reference reference) {
    return reference == Reference.NATIONAL
        ? new PeerGroups(new int[referential.size(level)], 1)
        : byParent(referential, level);
  }

  /** Chosen peers: group 0 holds the chosen territories, group 1 every other one. */
  static PeerGroups chosen(int size, int[] members) {
    int[] groupOf = new int[size];
    java.util.Arrays.fill(groupOf, 1);
    for (int m : members) {
      groupOf[m] = 0;
    }
    return new PeerGroups(groupOf, 2);
  }

  private static PeerGroups byParent(TerritoryReferential referential, Level level) {
    List<Territory> territories = referential.all(level);
    int[] groupOf = new int[territories.size()];
    Map<Object, Integer> groups = new HashMap<>();
    for (int i = 0; i < territories.size(); i++) {
      Object key = referential.parent(territories.get(i)).map(Territory::id).orElse(null);
      groupOf[i] = groups.computeIfAbsent(key == null ? "none" : key, k -> groups.size());
    }
    return new PeerGroups(groupOf, groups.size());
  }
}
