package org.phare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;

/** The cache helper: keyed by the versions of what it reads, bounded, computing once per key. */
class VersionedCacheTest {

  /** Versions set by the test. */
  static final class Versions implements VersionSource {
    final Map<DataKind, Long> now = new EnumMap<>(DataKind.class);
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public DataVersions read(java.util.Set<DataKind> kinds) {
      reads.incrementAndGet();
      return new DataVersions(now);
    }

    void bump(DataKind kind) {
      now.merge(kind, 1L, Long::sum);
    }
  }

  final Versions versions = new Versions();
  final Caches caches = new Caches(versions);

  @Test
  void a_value_is_computed_once_per_key_until_a_version_it_reads_grows() {
    VersionedCache<String> cache = caches.create("report", 10, DataKind.INDICATORS);
    AtomicInteger computed = new AtomicInteger();
    assertThat(cache.get("loiret", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
    assertThat(cache.get("loiret", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
    versions.bump(DataKind.INDICATORS);
    assertThat(cache.get("loiret", () -> "v" + computed.incrementAndGet())).isEqualTo("v2");
    assertThat(computed).hasValue(2);
  }

  @Test
  void a_version_the_cache_does_not_read_changes_nothing() {
    VersionedCache<String> cache = caches.create("report", 10, DataKind.INDICATORS);
    AtomicInteger computed = new AtomicInteger();
    cache.get("loiret", () -> "v" + computed.incrementAndGet());
    versions.bump(DataKind.REGISTRY);
    versions.bump(DataKind.ACCOUNTS);
    assertThat(cache.get("loiret", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
  }

  @Test
  void a_cache_that_reads_no_data_never_asks_for_versions() {
    VersionedCache<String> cache = caches.create("layouts", 10);
    cache.get("fr", () -> "layout");
    cache.get("fr", () -> "other");
    assertThat(versions.reads).hasValue(0);
  }

  @Property(tries = 200)
  void never_holds_more_than_its_maximum_and_keeps_the_most_recent(
      @ForAll @IntRange(min = 1, max = 50) int maximum,
      @ForAll @Size(max = 500) java.util.List<@IntRange(min = 0, max = 100) Integer> requests) {
    VersionedCache<Integer> cache =
        new Caches(VersionSource.constant()).create("p", maximum, DataKind.REGISTRY);
    for (Integer request : requests) {
      cache.get(request, () -> request * 2);
      assertThat(cache.size()).isLessThanOrEqualTo(maximum);
    }
    if (!requests.isEmpty()) {
      Integer last = requests.get(requests.size() - 1);
      AtomicInteger recomputed = new AtomicInteger();
      cache.get(
          last,
          () -> {
            recomputed.incrementAndGet();
            return last * 2;
          });
      assertThat(recomputed).as("the last request is still kept").hasValue(0);
    }
  }

  @Test
  void two_requests_for_the_same_absent_value_compute_it_once() throws Exception {
    VersionedCache<String> cache = caches.create("pdf", 4, DataKind.INDICATORS);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first =
          pool.submit(
              () ->
                  cache.get(
                      "45",
                      () -> {
                        computed.incrementAndGet();
                        started.countDown();
                        await(release);
                        return "pdf";
                      }));
      started.await(5, TimeUnit.SECONDS);
      Future<String> second =
          pool.submit(() -> cache.get("45", () -> "computed again " + computed.incrementAndGet()));
      Thread.sleep(100); // the second request is waiting for the first
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("pdf");
      assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("pdf");
      assertThat(computed).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_failed_computation_is_not_kept() {
    VersionedCache<String> cache = caches.create("map", 4);
    try {
      cache.get(
          "x",
          () -> {
            throw new IllegalArgumentException("no outline");
          });
    } catch (IllegalArgumentException expected) {
      // the request failed
    }
    assertThat(cache.size()).isZero();
    assertThat(cache.get("x", () -> "ok")).isEqualTo("ok");
  }

  @Test
  void the_registry_lists_every_cache_with_its_bound() {
    caches.create("a", 3, DataKind.INDICATORS);
    caches.pages("b", 7, DataKind.REGISTRY);
    assertThat(caches.all())
        .extracting(VersionedCache::name, VersionedCache::maximum)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 3),
            org.assertj.core.groups.Tuple.tuple("b", 7));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
