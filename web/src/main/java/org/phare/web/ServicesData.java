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
   * The perception figures over the services: the territorial studies run in Phare (each answering
   * for its own territory, read from the database at its studies data version), then the published
   * national figures and the simulation.
   */
  public static ServicesData of(PhareServices services) {
    TerritoryReferential referential = services.territories().referential();
    org.jdbi.v3.core.Jdbi jdbi = services.database().jdbi();
    org.phare.store.study.StudyResults results = studyResults(services);
    org.phare.store.study.StudyPerception studies =
        new org.phare.store.study.StudyPerception(
            jdbi, new org.phare.store.study.StudyStore(jdbi, referential), results);
    return new ServicesData(
        services, LayeredPerception.standard(referential, java.util.List.of(studies)));
  }

  /**
   * The weighting of the studies' answers over the services: the citizens' margins from the
   * open-data folder's INSEE population estimates (read once, when first needed).
   */
  public static org.phare.store.study.StudyResults studyResults(PhareServices services) {
    java.nio.file.Path openData = services.settings().openDataDir();
    return new org.phare.store.study.StudyResults(
        services.database().jdbi(),
        services.territories().referential(),
        org.phare.store.study.PopulationMargins.lazily(
            openData == null
                ? null
                : openData.resolve(org.phare.store.study.PopulationMargins.FILE)));
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
