package org.phare.web.cache;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;

/**
 * A bounded cache whose entries are keyed by what the caller asks for and by the versions of the
 * data they read: when any of those versions grows, the next request misses and computes afresh,
 * and the entries of older versions age out. Least-recently-used entries beyond {@link #maximum()}
 * are dropped. Two requests for the same absent entry compute it once (the second waits for the
 * first). Created by {@link Caches#create}, the only way the application caches anything.
 *
 * @param <V> the cached value (immutable: it is shared between requests)
 */
public final class VersionedCache<V> {

  /** The caller's key and the versions of the kinds read, as one map key. */
  record Key(Object request, long[] versions) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && request.equals(k.request) && Arrays.equals(versions, k.versions);
    }

    @Override
    public int hashCode() {
      return 31 * request.hashCode() + Arrays.hashCode(versions);
    }
  }

  private final String name;
  private final int maximum;
  private final Set<DataKind> reads;
  private final DataKind[] order;
  private final VersionSource versions;
  private final Map<Key, V> entries;
  private final ConcurrentHashMap<Key, CompletableFuture<V>> computing = new ConcurrentHashMap<>();

  VersionedCache(String name, int maximum, Set<DataKind> reads, VersionSource versions) {
    if (maximum < 1) {
      throw new IllegalArgumentException("a cache holds at least one entry: " + name);
    }
    this.name = name;
    this.maximum = maximum;
    this.reads = reads.isEmpty() ? Set.of() : EnumSet.copyOf(reads);
    this.order = this.reads.toArray(DataKind[]::new);
    this.versions = versions;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
            return size() > VersionedCache.this.maximum;
          }
        };
  }

  /**
   * The value for {@code request} at the current versions, computed by {@code compute} when absent.
   * The versions are read before computing: a value computed from newer data than its key says is
   * harmless (the next request, under the newer key, computes again), never the reverse.
   */
  public V get(Object request, Supplier<V> compute) {
    return get(key(request), compute);
  }

  /**
   * The key of {@code request} at the current versions (for an ETag, then {@link #get(Key,
   * Supplier)}).
   */
  Key key(Object request) {
    Objects.requireNonNull(request, "request");
    long[] current = new long[order.length];
    if (order.length > 0) {
      DataVersions now = versions.read(reads);
      for (int i = 0; i < order.length; i++) {
        current[i] = now.of(order[i]);
      }
    }
    return new Key(request, current);
  }

  V get(Key key, Supplier<V> compute) {
    synchronized (entries) {
      V found = entries.get(key);
      if (found != null) {
        return found;
      }
    }
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = computing.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      V value = Objects.requireNonNull(compute.get(), "a cached value cannot be null");
      synchronized (entries) {
        entries.put(key, value);
      }
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      computing.remove(key, mine);
    }
  }

  public String name() {
    return name;
  }

  /** The most entries kept. */
  public int maximum() {
    return maximum;
  }

  /** The entries kept now (never above {@link #maximum()}). */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** The kinds of data the entries depend on. */
  public Set<DataKind> reads() {
    return reads;
  }
}
