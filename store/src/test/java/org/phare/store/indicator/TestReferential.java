package org.phare.store.indicator;

import org.phare.core.territory.TerritoryReferential;
import org.phare.core.testing.SharedData;
import org.phare.store.territory.TerritoryLoader;

/** The COG 2026 referential read once per test JVM by the production loader. */
final class TestReferential {

  private static TerritoryReferential instance;

  private TestReferential() {}

  static synchronized TerritoryReferential get() {
    if (instance == null) {
      instance = TerritoryLoader.load(SharedData.path("decoupage-administratif")).referential();
    }
    return instance;
  }
}
