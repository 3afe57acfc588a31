package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Uncached PDF renderings are bounded: beyond the bound a request waits, then is refused. */
class PdfRenderingsTest {

  @Test
  void a_rendering_beyond_the_bound_waits_then_is_refused_and_runs_once_a_turn_is_free()
      throws Exception {
    PdfRenderings renderings = new PdfRenderings(1, Duration.ofMillis(200));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<byte[]> first =
          pool.submit(
              () ->
                  renderings.run(
                      () -> {
                        running.countDown();
                        await(release);
                        return new byte[] {1};
                      }));
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
      long start = System.nanoTime();
      assertThatThrownBy(() -> renderings.run(() -> new byte[] {2}))
          .isInstanceOf(PdfRenderings.Busy.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(150));
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).containsExactly(1);
      assertThat(renderings.run(() -> new byte[] {3})).containsExactly(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_failed_rendering_gives_its_turn_back() {
    PdfRenderings renderings = new PdfRenderings(1, Duration.ofMillis(100));
    assertThatThrownBy(
            () ->
                renderings.run(
                    () -> {
                      throw new IllegalStateException("layout failed");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(renderings.run(() -> new byte[] {4})).containsExactly(4);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
