package org.phare.store.territory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;

/** Territory look-ups shared by the web and the CLI. */
public final class TerritoryService {

  private final TerritoryReferential referential;

  public TerritoryService(TerritoryReferential referential) {
    this.referential = referential;
  }

  public TerritoryReferential referential() {
    return referential;
  }

  public IdentityCard identityCard(TerritoryId id) {
    return referential.identityCard(id);
  }

  /**
   * Territories whose name or code matches the text (accent- and case-insensitive), larger levels
   * and larger populations first.
   */
  public List<Territory> search(String text, int limit) {
    String needle = fold(text);
    if (needle.isEmpty()) {
      return List.of();
    }
    List<Territory> found = new ArrayList<>();
    for (Level level : Level.values()) {
      for (Territory territory : referential.all(level)) {
        if (territory.code().equalsIgnoreCase(text.trim())
            || fold(territory.name()).contains(needle)) {
          found.add(territory);
        }
      }
    }
    found.sort(
        Comparator.comparing((Territory t) -> !fold(t.name()).startsWith(needle))
            .thenComparing(Territory::level)
            .thenComparing(Comparator.comparingLong(Territory::population).reversed()));
    return found.subList(0, Math.min(limit, found.size()));
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace('-', ' ')
        .replace('’', '\'');
  }
}
