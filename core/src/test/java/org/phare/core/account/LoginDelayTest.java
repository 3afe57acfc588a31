package org.phare.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginDelayTest {

  @Test
  void two_failures_are_free_then_the_delay_doubles_from_one_second_to_a_minute() {
    long[] expected = {0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60};
    for (int n = 0; n < expected.length; n++) {
      assertThat(LoginDelay.afterFailures(n).toSeconds())
          .as("%d failures", n)
          .isEqualTo(expected[n]);
    }
    assertThat(LoginDelay.afterFailures(1_000_000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void an_address_is_slowed_to_one_attempt_a_minute_after_twenty_failures() {
    assertThat(LoginDelay.forAddress(19)).isZero();
    assertThat(LoginDelay.forAddress(20)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void the_remaining_wait_is_rounded_up_to_whole_seconds() {
    assertThat(LoginDelay.remaining(Duration.ofSeconds(4), Duration.ofMillis(1500)))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(LoginDelay.remaining(Duration.ofSeconds(4), Duration.ofSeconds(4))).isZero();
    assertThat(LoginDelay.remaining(Duration.ZERO, Duration.ZERO)).isZero();
  }
}
