package org.phare.store.ecosystem;

import java.util.List;
import org.phare.core.ecosystem.DuplicateCandidate;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;

/**
 * Saving was refused because probable duplicates exist; the client may confirm and retry. A refused
 * value (HTTP 422), not a version conflict: the candidates travel with it.
 */
public final class DuplicateException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient List<DuplicateCandidate> candidates;

  public DuplicateException(List<DuplicateCandidate> candidates) {
    super(
        RefusalKind.REFUSED, Refusal.of("registry.duplicate", "name", "count", candidates.size()));
    this.candidates = List.copyOf(candidates);
  }

  public List<DuplicateCandidate> candidates() {
    return candidates;
  }
}
