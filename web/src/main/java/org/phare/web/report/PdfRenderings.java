package org.phare.web.report;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the PDF renderings that run at once. A PDF not yet in the cache costs 0.5-2 s of CPU
 * (openhtmltopdf and Batik); without a bound, anyone could keep every core busy by asking for the
 * PDFs of many territories. Renderings beyond {@code atOnce} wait up to {@link #WAIT}, then the
 * request is answered 503 with a French message and {@code Retry-After}; cached PDFs never wait.
 */
final class PdfRenderings {

  /** Renderings at once: half the cores (at least one), so pages stay responsive. */
  static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  /** How long a rendering waits for its turn before the request is refused. */
  static final Duration WAIT = Duration.ofSeconds(20);

  static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  /** No turn came within {@link #WAIT}. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy() {
      super("too many PDF renderings at once", null, false, false);
    }
  }

  private final Semaphore turns;
  private final Duration wait;

  PdfRenderings(int atOnce) {
    this(atOnce, WAIT);
  }

  PdfRenderings(int atOnce, Duration wait) {
    this.turns = new Semaphore(atOnce, true);
    this.wait = wait;
  }

  /** Runs {@code rendering} when a turn is free. */
  byte[] run(Supplier<byte[]> rendering) {
    boolean acquired;
    try {
      acquired = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    if (!acquired) {
      throw new Busy();
    }
    try {
      return rendering.get();
    } finally {
      turns.release();
    }
  }
}
