package org.phare.store.ecosystem;

import java.util.List;
import org.phare.core.ecosystem.DuplicateCandidate;

/** Saving was refused because probable duplicates exist; the client may confirm and retry. */
public final class DuplicateException extends RuntimeException {
  private final transient List<DuplicateCandidate> candidates;

  public DuplicateException(List<DuplicateCandidate> candidates) {
    super(
        "Doublon probable : "
            + candidates.size()
            + " organisation(s) existante(s) ressemblent à celle-ci. Vérifiez-les, puis confirmez"
            + " l'enregistrement si ce n'est pas la même.");
    this.candidates = List.copyOf(candidates);
  }

  public List<DuplicateCandidate> candidates() {
    return candidates;
  }
}
