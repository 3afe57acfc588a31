package org.phare.core.ecosystem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An existing organisation that a new or edited one probably duplicates, and why.
 *
 * @param existing the organisation already registered
 * @param reason {@code SAME_SIREN} or {@code SIMILAR_NAME_SAME_COMMUNE}
 * @param similarity Jaro-Winkler similarity of the normalised names (1 for the same SIREN is not
 *     implied: it is the names' similarity in every case)
 */
public record DuplicateCandidate(Organisation existing, String reason, double similarity) {

  /**
   * The probable duplicates of {@code candidate} among {@code others} (typically the organisations
   * of the same commune plus those with the same SIREN): same SIREN, or a name similarity at least
   * {@link NameSimilarity#DUPLICATE_THRESHOLD} in the same commune. The organisation itself (same
   * non-zero id) is skipped. Sorted by decreasing similarity.
   */
  public static List<DuplicateCandidate> find(Organisation candidate, List<Organisation> others) {
    String normalised = NameSimilarity.normalise(candidate.name());
    List<DuplicateCandidate> found = new ArrayList<>();
    for (Organisation other : others) {
      if (candidate.id() != 0 && other.id() == candidate.id()) {
        continue;
      }
      double similarity =
          NameSimilarity.jaroWinkler(normalised, NameSimilarity.normalise(other.name()));
      if (candidate.siren() != null && candidate.siren().equals(other.siren())) {
        found.add(new DuplicateCandidate(other, "SAME_SIREN", similarity));
      } else if (candidate.communeCode().equals(other.communeCode())
          && similarity >= NameSimilarity.DUPLICATE_THRESHOLD) {
        found.add(new DuplicateCandidate(other, "SIMILAR_NAME_SAME_COMMUNE", similarity));
      }
    }
    found.sort(Comparator.comparingDouble(DuplicateCandidate::similarity).reversed());
    return found;
  }
}
