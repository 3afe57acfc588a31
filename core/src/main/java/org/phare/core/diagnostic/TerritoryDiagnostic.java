package org.phare.core.diagnostic;

import java.util.List;
import java.util.Optional;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Territory;

/**
 * The objective diagnostic of a territory against a reference.
 *
 * @param territory the territory diagnosed
 * @param reference what it is compared with
 * @param referenceTerritory the parent (for {@link Reference#PARENT}) or France (for {@link
 *     Reference#NATIONAL}); null for peers
 * @param peerCount number of territories in the peer group used for scores and ranks
 * @param domains the 16 domains in grid order
 * @param priorities the priority fragilities: domains whose score is at least {@link
 *     #PRIORITY_THRESHOLD}, most fragile first, at most three
 * @param rankedAmong the territories ranks are computed among, the territory included: all of its
 *     level (national reference), its parent's children (parent and peers), or the chosen peers
 * @param chosenPeers true when the user chose the peers
 */
public record TerritoryDiagnostic(
    Territory territory,
    Reference reference,
    Territory referenceTerritory,
    int peerCount,
    List<DomainResult> domains,
    List<Domain> priorities,
    List<Territory> rankedAmong,
    boolean chosenPeers) {

  /** Half a standard deviation more fragile than the reference. */
  public static final double PRIORITY_THRESHOLD = 0.5;

  public TerritoryDiagnostic {
    domains = List.copyOf(domains);
    priorities = List.copyOf(priorities);
    rankedAmong = List.copyOf(rankedAmong);
  }

  /** The other territories of the reference group (the territory itself left out). */
  public List<Territory> peers() {
    return rankedAmong.stream().filter(t -> !t.id().equals(territory.id())).toList();
  }

  public Optional<DomainResult> domain(Domain domain) {
    return domains.stream().filter(d -> d.domain() == domain).findFirst();
  }
}
