package org.phare.store.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.text.TextFold;

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
   * Territories whose name contains the text or whose code is the text, compared {@link
   * TextFold#fold folded} (accents, case, hyphens, apostrophes and spaces do not matter): names
   * starting with the text first, then larger levels and larger populations. The one territory
   * search of the web (with or without database) and the CLI.
   */
  public List<Territory> search(String text, int limit) {
    String needle = TextFold.fold(text);
    if (needle.isEmpty()) {
      return List.of();
    }
    List<Territory> found = new ArrayList<>();
    for (Level level : Level.values()) {
      for (Territory territory : referential.all(level)) {
        if (territory.code().equalsIgnoreCase(text.trim())
            || TextFold.fold(territory.name()).contains(needle)) {
          found.add(territory);
        }
      }
    }
    found.sort(
        Comparator.comparing((Territory t) -> !TextFold.fold(t.name()).startsWith(needle))
            .thenComparing(Territory::level)
            .thenComparing(Comparator.comparingLong(Territory::population).reversed()));
    return List.copyOf(found.subList(0, Math.min(limit, found.size())));
  }
}
