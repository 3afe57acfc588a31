package org.phare.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.perception.PerceptionSource;

/** The web's data straight from a core diagnostic engine (no database). */
public record EngineData(DiagnosticEngine engine, PerceptionSource perceptions)
    implements PhareData {

  @Override
  public TerritoryReferential referential() {
    return engine.data().referential();
  }

  @Override
  public TerritoryDiagnostic diagnose(TerritoryId id, Reference reference) {
    return engine.diagnose(id, reference, null);
  }

  @Override
  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference) {
    return engine.diagnoseAll(level, reference, null);
  }

  /**
   * Accent- and case-insensitive match on names (or an exact code): names starting with the text
   * first, then larger levels, then larger populations.
   */
  @Override
  public List<Territory> search(String text, int limit) {
    String wanted = fold(text);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Territory> found = new ArrayList<>();
    for (Level level : Level.values()) {
      for (Territory territory : referential().all(level)) {
        String name = fold(territory.name());
        if (name.contains(wanted) || territory.code().equalsIgnoreCase(text.trim())) {
          found.add(territory);
        }
      }
    }
    found.sort(
        Comparator.comparing((Territory t) -> !fold(t.name()).startsWith(wanted))
            .thenComparing(Territory::level)
            .thenComparing(Comparator.comparingLong(Territory::population).reversed()));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
  }

  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .replace('-', ' ')
        .replace('\'', ' ')
        .toLowerCase(Locale.ROOT);
  }
}
