package org.phare.web;

import java.util.List;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.territory.TerritoryService;

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
  public TerritoryDiagnostic diagnose(TerritoryId id, List<TerritoryId> peers) {
    return engine.diagnose(id, peers, null);
  }

  @Override
  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference) {
    return engine.diagnoseAll(level, reference, null);
  }

  /** The one territory search, {@link TerritoryService#search}, over the engine's referential. */
  @Override
  public List<Territory> search(String text, int limit) {
    return new TerritoryService(referential()).search(text, limit);
  }
}
