package org.phare.web.report;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A budget of uncached PDF renderings per client address, for anonymous visitors: a token bucket
 * per address holding at most {@link #PER_MINUTE} renderings and refilled at {@link #PER_MINUTE}
 * per minute (one every ten seconds). {@link PdfRenderings} bounds how many renderings run at once
 * for everyone; this keeps one address from taking every turn (each rendering costs 0.5-2 s of
 * CPU), while a visitor who opens a few reports never meets it. Cached PDFs cost nothing and are
 * not counted; signed-in users are not limited.
 *
 * <p>Memory is bounded: at most {@link #MAX_ADDRESSES} addresses are remembered, the least recently
 * seen forgotten first (a forgotten address starts again with a full bucket, which is what it would
 * have after a minute of silence anyway). An attacker would need more addresses than that to reset
 * its own budget, and still shares the global bound of {@link PdfRenderings}. Counts are per
 * instance, not shared through PostgreSQL: several instances multiply the budget, as they multiply
 * the cores.
 */
final class AddressBudget {

  /** Renderings per address: the burst, and the refill per minute. */
  static final int PER_MINUTE = 6;

  /**
   * System property replacing {@link #PER_MINUTE} (read when the routes are built): the test JVM,
   * whose every request comes from 127.0.0.1, raises it; {@code AddressBudgetRouteTest} lowers it.
   */
  static final String PROPERTY = "phare.pdf.per-address-per-minute";

  /** Addresses remembered at most (about 100 bytes each: about 1 MB). */
  static final int MAX_ADDRESSES = 10_000;

  private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

  private final int capacity;
  private final LongSupplier nanos;

  /** Renderings per minute of this budget. */
  int perMinute() {
    return capacity;
  }

  private final Map<String, Bucket> buckets;

  /** A bucket's tokens at the time it was last looked at. */
  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /** {@link #PER_MINUTE}, or the value of {@link #PROPERTY}, per address. */
  AddressBudget() {
    this(Integer.getInteger(PROPERTY, PER_MINUTE), MAX_ADDRESSES, System::nanoTime);
  }

  AddressBudget(int perMinute, int maxAddresses, LongSupplier nanos) {
    if (perMinute < 1 || maxAddresses < 1) {
      throw new IllegalArgumentException("a budget needs at least one rendering and one address");
    }
    this.capacity = perMinute;
    this.nanos = nanos;
    this.buckets =
        new LinkedHashMap<>(64, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxAddresses;
          }
        };
  }

  /**
   * Takes one rendering from {@code address}'s budget.
   *
   * @return zero when granted; otherwise how long until the next rendering is available (at least
   *     one second, rounded up to whole seconds for {@code Retry-After}), nothing taken
   */
  synchronized Duration take(String address) {
    long now = nanos.getAsLong();
    Bucket bucket = buckets.get(address);
    if (bucket == null) {
      bucket = new Bucket(capacity, now);
      buckets.put(address, bucket);
    } else {
      double refill = (double) (now - bucket.at) * capacity / MINUTE_NANOS;
      bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, refill));
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return Duration.ZERO;
    }
    double missingNanos = (1 - bucket.tokens) * MINUTE_NANOS / capacity;
    long seconds = Math.max(1, (long) Math.ceil(missingNanos / 1e9));
    return Duration.ofSeconds(seconds);
  }

  /** How many addresses are remembered (for the test of the bound). */
  synchronized int addresses() {
    return buckets.size();
  }
}
