package org.phare.web;

import java.util.List;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.perception.PerceptionSource;

/**
 * What the web application reads: the territories, their objective diagnostics (latest vintage) and
 * the perception studies. Implemented over the store's services for the running application ({@link
 * ServicesData}) and over the core diagnostic engine alone ({@link EngineData}); {@link
 * CachingData} keeps diagnostics, keyed by the version of the values they come from.
 */
public interface PhareData {

  TerritoryReferential referential();

  TerritoryDiagnostic diagnose(TerritoryId id, Reference reference);

  /**
   * A territory against peers the user chose (same level); refused in French for unknown codes or
   * another level.
   */
  TerritoryDiagnostic diagnose(TerritoryId id, List<TerritoryId> peers);

  /** Every territory of a level, in the referential's order. */
  List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference);

  /** Territories whose name matches, best first. */
  List<Territory> search(String text, int limit);

  PerceptionSource perceptions();
}
