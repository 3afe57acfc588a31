package org.phare.web.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.phare.store.version.DataKind;

/**
 * Every cache of the web application, created here with a name, a maximum number of entries and the
 * kinds of data its values read ({@link VersionedCache}); the list serves the memory checks and
 * later the metrics. One instance per application, built by the assembly.
 */
public final class Caches {

  private final VersionSource versions;
  private final List<VersionedCache<?>> all = new CopyOnWriteArrayList<>();

  public Caches(VersionSource versions) {
    this.versions = versions;
  }

  /** A new cache of at most {@code maximum} entries, keyed by the versions of {@code reads}. */
  public <V> VersionedCache<V> create(String name, int maximum, DataKind... reads) {
    VersionedCache<V> cache =
        new VersionedCache<>(
            name,
            maximum,
            reads.length == 0
                ? EnumSet.noneOf(DataKind.class)
                : EnumSet.copyOf(Arrays.asList(reads)),
            versions);
    all.add(cache);
    return cache;
  }

  /** A cache of rendered responses (pages, fragments, SVG, PDF): see {@link PageCache}. */
  public PageCache pages(String name, int maximum, DataKind... reads) {
    return new PageCache(create(name, maximum, reads));
  }

  /** Every cache created so far. */
  public List<VersionedCache<?>> all() {
    return new ArrayList<>(all);
  }

  public VersionSource versions() {
    return versions;
  }
}
