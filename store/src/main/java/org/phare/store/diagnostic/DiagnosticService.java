package org.phare.store.diagnostic;

import java.util.List;
import java.util.function.Consumer;
import org.phare.core.diagnostic.DiagnosticEngine;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.IndicatorDataset;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

/**
 * Diagnostics over the indicator values held in memory. The dataset is swapped atomically after an
 * import, so readers never see a half-updated state.
 */
public final class DiagnosticService {

  private volatile DiagnosticEngine engine;

  public DiagnosticService(IndicatorDataset dataset) {
    this.engine = new DiagnosticEngine(dataset);
  }

  /** Replaces the in-memory values (after an import). */
  public void reload(IndicatorDataset dataset) {
    this.engine = new DiagnosticEngine(dataset);
  }

  public IndicatorDataset dataset() {
    return engine.data();
  }

  /**
   * @param vintage latest vintage to use, null for the latest available
   */
  public TerritoryDiagnostic diagnose(TerritoryId territory, Reference reference, String vintage) {
    return engine.diagnose(territory, reference, vintage);
  }

  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference, String vintage) {
    return engine.diagnoseAll(level, reference, vintage);
  }

  public void diagnoseAll(
      Level level, Reference reference, String vintage, Consumer<TerritoryDiagnostic> sink) {
    engine.diagnoseAll(level, reference, vintage, sink);
  }
}
