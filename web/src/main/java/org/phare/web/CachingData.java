package org.phare.web;

import java.util.List;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.version.DataKind;
import org.phare.web.cache.Caches;
import org.phare.web.cache.VersionedCache;

/**
 * Keeps diagnostics (latest vintage) per (territory, reference) and per (level, reference), keyed
 * by the version of the indicator values they were computed from: an import anywhere makes the next
 * request compute afresh.
 */
public final class CachingData implements PhareData {

  /**
   * One report or dashboard cell reads one diagnostic; a few thousand cover the busy territories.
   */
  static final int TERRITORY_DIAGNOSTICS = 5000;

  /** Five levels times the references in use. */
  static final int LEVEL_DIAGNOSTICS = 64;

  private record One(TerritoryId id, Reference reference) {}

  private record All(Level level, Reference reference) {}

  private final PhareData delegate;
  private final VersionedCache<TerritoryDiagnostic> single;
  private final VersionedCache<List<TerritoryDiagnostic>> levels;

  public CachingData(PhareData delegate, Caches caches) {
    this.delegate = delegate;
    this.single = caches.create("diagnostics", TERRITORY_DIAGNOSTICS, DataKind.INDICATORS);
    this.levels = caches.create("level-diagnostics", LEVEL_DIAGNOSTICS, DataKind.INDICATORS);
  }

  @Override
  public TerritoryReferential referential() {
    return delegate.referential();
  }

  @Override
  public TerritoryDiagnostic diagnose(TerritoryId id, Reference reference) {
    return single.get(new One(id, reference), () -> delegate.diagnose(id, reference));
  }

  /** Not cached: the choices are unbounded (the report page itself is cached). */
  @Override
  public TerritoryDiagnostic diagnose(TerritoryId id, List<TerritoryId> peers) {
    return delegate.diagnose(id, peers);
  }

  @Override
  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference) {
    return levels.get(
        new All(level, reference), () -> List.copyOf(delegate.diagnoseAll(level, reference)));
  }

  @Override
  public List<Territory> search(String text, int limit) {
    return delegate.search(text, limit);
  }

  @Override
  public PerceptionSource perceptions() {
    return delegate.perceptions();
  }
}
