package org.phare.core.diagnostic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryReferential;

/**
 * Partition of a level's territories into the groups within which scores and ranks are computed:
 * one national group, or (for {@link Reference#PEERS}) one group per parent territory.
 */
record PeerGroups(int[] groupOf, int groupCount) {

  static PeerGroups of(TerritoryReferential referential, Level level, Reference reference) {
    List<Territory> territories = referential.all(level);
    int[] groupOf = new int[territories.size()];
    if (reference != Reference.PEERS) {
      return new PeerGroups(groupOf, 1);
    }
    Map<Object, Integer> groups = new HashMap<>();
    for (int i = 0; i < territories.size(); i++) {
      Object key = referential.parent(territories.get(i)).map(Territory::id).orElse(null);
      groupOf[i] = groups.computeIfAbsent(key == null ? "none" : key, k -> groups.size());
    }
    return new PeerGroups(groupOf, groups.size());
  }
}
