package org.phare.web.cache;

import java.util.Set;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;

/**
 * Where the cache helper reads the version of each kind of data a cached value depends on. Kinds
 * held in memory (the indicator values) answer the version of what is loaded, so that a value is
 * never cached under a version its figures do not belong to; kinds read from the database at render
 * time answer the database's current version (one query), so that a change made by this process or
 * another is seen by the next request.
 */
@FunctionalInterface
public interface VersionSource {

  /** The versions of {@code kinds} (others may be 0). */
  DataVersions read(Set<DataKind> kinds);

  /** Every version 0, for data that never changes (tests and benchmarks over fixed data). */
  static VersionSource constant() {
    DataVersions none = DataVersions.none();
    return kinds -> none;
  }
}
