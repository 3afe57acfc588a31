package org.phare.store.ecosystem;

import org.jdbi.v3.core.Jdbi;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.account.AccountStore;
import org.phare.store.account.AuditLog;

/** The ecosystem and account services over one database, as web and CLI use them. */
public record EcosystemServices(
    AccountStore accounts,
    AuditLog audit,
    EcosystemStore registry,
    EvaluationStore evaluations,
    EcosystemAnalysis analysis,
    RegistryCsv csv) {

  /** Over the application's database and referential. */
  public static EcosystemServices of(org.phare.store.PhareServices phare) {
    return of(phare.database().jdbi(), phare.territories().referential());
  }

  /** Over a database and a referential (benchmarks, tests with a referential of their own). */
  public static EcosystemServices of(
      org.phare.store.database.Database database, TerritoryReferential referential) {
    return of(database.jdbi(), referential);
  }

  public static EcosystemServices of(Jdbi jdbi, TerritoryReferential referential) {
    EcosystemStore registry = new EcosystemStore(jdbi, referential);
    EvaluationStore evaluations = new EvaluationStore(registry);
    return new EcosystemServices(
        new AccountStore(jdbi),
        new AuditLog(jdbi),
        registry,
        evaluations,
        new EcosystemAnalysis(registry, evaluations),
        new RegistryCsv(registry));
  }
}
