package org.phare.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.perception.PerceptionStudies;

/**
 * Keeps diagnostics: the data does not change while the server runs, so a diagnostic per
 * (territory, reference) and per (level, reference) is computed once (latest vintage). Whole-level
 * diagnostics also fill the per-territory cache.
 */
public final class CachingData implements PhareData {

  private final PhareData delegate;
  private final Map<String, TerritoryDiagnostic> single = new ConcurrentHashMap<>();
  private final Map<String, List<TerritoryDiagnostic>> levels = new ConcurrentHashMap<>();
  private volatile Object version;

  public CachingData(PhareData delegate) {
    this.delegate = delegate;
    this.version = delegate.version();
  }

  private void checkVersion() {
    Object current = delegate.version();
    if (current != version) {
      single.clear();
      levels.clear();
      version = current;
    }
  }

  @Override
  public TerritoryReferential referential() {
    return delegate.referential();
  }

  @Override
  public TerritoryDiagnostic diagnose(TerritoryId id, Reference reference) {
    checkVersion();
    return single.computeIfAbsent(id + "|" + reference, k -> delegate.diagnose(id, reference));
  }

  @Override
  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference) {
    checkVersion();
    return levels.computeIfAbsent(
        level + "|" + reference,
        k -> {
          List<TerritoryDiagnostic> all = List.copyOf(delegate.diagnoseAll(level, reference));
          for (TerritoryDiagnostic diagnostic : all) {
            single.putIfAbsent(diagnostic.territory().id() + "|" + reference, diagnostic);
          }
          return all;
        });
  }

  @Override
  public List<Territory> search(String text, int limit) {
    return delegate.search(text, limit);
  }

  @Override
  public PerceptionStudies perceptions() {
    return delegate.perceptions();
  }
}
