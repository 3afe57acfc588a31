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
 */
public record TerritoryDiagnostic(
    Territory territory,
    Reference reference,
    Territory referenceTerritory,
    int peerCount,
    List<DomainResult> domains,
    List<Domain> priorities) {

  /** Half a standard deviation more fragile than the reference. */
  public static final double PRIORITY_THRESHOLD = 0.5;

  public TerritoryDiagnostic {
    domains = List.copyOf(domains);
    priorities = List.copyOf(priorities);
  }

  public Optional<DomainResult> domain(Domain domain) {
    return domains.stream().filter(d -> d.domain() == domain).findFirst();
  }
}
