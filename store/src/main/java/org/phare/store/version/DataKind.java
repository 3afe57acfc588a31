package org.phare.store.version;

import java.util.Locale;

/**
 * The kinds of data that change independently, each with its version in the {@code data_version}
 * table (bumped by triggers in the writing transaction, see migration V1_1). A cache declares the
 * kinds it reads; its entries are keyed by their versions.
 */
public enum DataKind {
  /** Territories, the indicator catalogue and values. */
  INDICATORS,
  /** Organisations, partnerships, initiatives and their evaluations. */
  REGISTRY,
  /** Speed-dating events, participants, meetings and wishes. */
  MATCHING,
  /** Accounts, their territories and the instance settings (public read). */
  ACCOUNTS,
  /** Territorial studies: questionnaires and answers. */
  STUDIES,
  /** The resource centre. */
  RESOURCES,
  /** Budgets of the territorial engineering. */
  BUDGETS;

  /** The key in the {@code data_version} table. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DataKind ofKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
