package org.phare.web;

import java.util.List;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.PhareServices;
import org.phare.store.perception.LayeredPerception;
import org.phare.store.perception.PerceptionSource;

/** The web's data from the store services of the running application (latest vintage). */
public record ServicesData(PhareServices services, PerceptionSource perceptions)
    implements PhareData {

  /**
   * The perception figures of the published national figures and the simulation (no study yet) over
   * the services.
   */
  public static ServicesData of(PhareServices services) {
    return new ServicesData(
        services,
        LayeredPerception.standard(services.territories().referential(), java.util.List.of()));
  }

  @Override
  public TerritoryReferential referential() {
    return services.territories().referential();
  }

  @Override
  public TerritoryDiagnostic diagnose(TerritoryId id, Reference reference) {
    return services.diagnostics().diagnose(id, reference, null);
  }

  @Override
  public TerritoryDiagnostic diagnose(TerritoryId id, List<TerritoryId> peers) {
    return services.diagnostics().diagnose(id, peers, null);
  }

  @Override
  public List<TerritoryDiagnostic> diagnoseAll(Level level, Reference reference) {
    return services.diagnostics().diagnoseAll(level, reference, null);
  }

  @Override
  public List<Territory> search(String text, int limit) {
    return services.territories().search(text, limit);
  }
}
