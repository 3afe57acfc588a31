package org.phare.core.account;

import java.time.Duration;

/**
 * How long sign-in waits after failed attempts: slowing rather than locking, so that an attacker
 * can neither guess quickly nor keep the legitimate user out (issue 19, point 3).
 *
 * <p>After {@code n} consecutive failures for one login (since its last success, within {@link
 * #MEMORY}), the next attempt is answered only once {@code min(2^(n-3) s, 60 s)} have passed since
 * the last failure: the first {@value #FREE_FAILURES} failures are typos and wait nothing, then 1,
 * 2, 4, 8, 16, 32 and 60 s. Attempts made while the delay runs are refused without checking the
 * password and are not counted, so they neither extend the delay nor bring a lock: the right
 * password always gets through at most a minute after the last counted failure.
 *
 * <p>Per address, {@link #ADDRESS_FAILURES} counted failures within {@link #MEMORY} slow that
 * address the same way: one more attempt every {@link #MAX_DELAY}.
 */
public final class LoginDelay {

  public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  public static final Duration MAX_DELAY = Duration.ofSeconds(60);

  /** Failures older than this are forgotten. */
  public static final Duration MEMORY = Duration.ofMinutes(15);

  /** Failures that cost nothing: a mistyped password, then a second try. */
  public static final int FREE_FAILURES = 2;

  /** Counted failures from one address, within {@link #MEMORY}, before it is slowed. */
  public static final int ADDRESS_FAILURES = 20;

  private LoginDelay() {}

  /** The wait after {@code failures} consecutive counted failures of one login. */
  public static Duration afterFailures(long failures) {
    long beyond = failures - FREE_FAILURES;
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    if (beyond > 7) {
      return MAX_DELAY;
    }
    Duration delay = FIRST_DELAY.multipliedBy(1L << (beyond - 1));
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  /** The wait for an address with {@code failures} counted failures within {@link #MEMORY}. */
  public static Duration forAddress(long failures) {
    return failures >= ADDRESS_FAILURES ? MAX_DELAY : Duration.ZERO;
  }

  /**
   * The time still to wait, given the delay and the time elapsed since the last counted failure;
   * zero when the attempt may be checked now. Rounded up to whole seconds for {@code Retry-After}.
   */
  public static Duration remaining(Duration delay, Duration sinceLastFailure) {
    Duration left = delay.minus(sinceLastFailure);
    if (left.isNegative() || left.isZero()) {
      return Duration.ZERO;
    }
    long seconds = (left.toMillis() + 999) / 1000;
    return Duration.ofSeconds(seconds);
  }
}
