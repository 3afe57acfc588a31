package org.phare.core.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactScoreTest {

  @Test
  void each_evaluation_weighs_the_same_and_missing_impacts_are_not_zero() {
    ImpactScore.Answer a1 = new ImpactScore.Answer(Impact.ORGANISATION_PERFORMANCE, 4);
    ImpactScore.Answer a2 = new ImpactScore.Answer(Impact.ORGANISATION_PERFORMANCE, 2);
    ImpactScore.Answer a3 = new ImpactScore.Answer(Impact.CONFIDENCE, 5);
    ImpactScore.Answer b1 = new ImpactScore.Answer(Impact.ORGANISATION_PERFORMANCE, 5);
    List<ImpactScore> scores = ImpactScore.aggregate(List.of(List.of(a1, a2, a3), List.of(b1)));
    // Performance: evaluation means 3 and 5 → mean 4, sd sqrt(((3-4)² + (5-4)²)/1) = sqrt(2).
    ImpactScore performance = scores.get(0);
    assertThat(performance.evaluations()).isEqualTo(2);
    assertThat(performance.mean()).isCloseTo(4.0, within(1e-12));
    assertThat(performance.standardDeviation()).isCloseTo(Math.sqrt(2), within(1e-12));
    // Territorial innovation: nobody answered → n = 0, NaN mean.
    assertThat(scores.get(1).evaluations()).isZero();
    assertThat(scores.get(1).mean()).isNaN();
    // Confidence: one evaluation → mean 5, sd NaN.
    assertThat(scores.get(2).mean()).isEqualTo(5.0);
    assertThat(scores.get(2).standardDeviation()).isNaN();
  }

  @Test
  void scores_outside_the_scale_are_refused() {
    assertThatThrownBy(() -> new ImpactScore.Answer(Impact.CONFIDENCE, 6))
        .hasMessageContaining("1-5");
  }
}
