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
 * import (here or in another process), so readers never see a half-updated state; {@link
 * #version()} is the indicators' data version the values were read at, which caches key on.
 */
public final class DiagnosticService {

  /** The engine and the version of its values, swapped together. */
  private record Loaded(DiagnosticEngine engine, long version) {}

  private volatile Loaded loaded;

  public DiagnosticService(IndicatorDataset dataset, long version) {
    this.loaded = new Loaded(new DiagnosticEngine(dataset), version);
  }

  /** Replaces the in-memory values (after an import) with those of {@code version}. */
  public void reload(IndicatorDataset dataset, long version) {
    this.loaded = new Loaded(new DiagnosticEngine(dataset), version);
  }

  public IndicatorDataset dataset() {
    return loaded.engine().data();
  }

  /** The indicators' data version of the values in memory. */
  public long version() {
    return loaded.version();
  }

  /**
   * @param vintage latest vintage to use, null for the latest available
   */
  public TerritoryDiagnostic diagnose(TerritoryId territory, Reference reference, String vintage) {
    return loaded.engine().diagnose(territory, reference, vintage);
  }

  /**
   * A territory against peers the user chose, see {@link DiagnosticEngine#diagnose(TerritoryId,
   * List, String)}.
   */
  public TerritoryDiagnostic diagnose(
      TerritoryId territory, List<TerritoryId> peers, String vintage) {
    return loaded.engine().diagnose(territory, peers, vintage);
  }

  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference, String vintage) {
    return loaded.engine().diagnoseAll(level, reference, vintage);
  }

  public void diagnoseAll(
      Level level, Reference reference, String vintage, Consumer<TerritoryDiagnostic> sink) {
    loaded.engine().diagnoseAll(level, reference, vintage, sink);
  }
}
