package org.phare.core.ecosystem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregated evaluation score of one impact over several evaluations.
 *
 * <p>Each question is answered on a 1-5 agreement scale (1 = pas du tout, 5 = tout à fait). An
 * evaluation's score on an impact is the mean of its answered questions of that impact (unanswered
 * questions are skipped, an impact with no answer is missing for that evaluation). The aggregate
 * over evaluations (e.g. all evaluations of a territory's partnerships and initiatives) gives every
 * evaluation the same weight: {@code mean = Σ score_e / n}, {@code standardDeviation} the sample
 * standard deviation (n-1 denominator), NaN when n < 2; with n = 0 the mean is NaN.
 *
 * @param impact the impact
 * @param evaluations n, number of evaluations with at least one answer on this impact
 * @param mean mean score in [1, 5], NaN when n = 0
 * @param standardDeviation sample standard deviation, NaN when n < 2
 */
public record ImpactScore(Impact impact, int evaluations, double mean, double standardDeviation) {

  /** One answer: the impact its question measures and the score given. */
  public record Answer(Impact impact, int score) {
    public Answer {
      if (score < 1 || score > 5) {
        throw new IllegalArgumentException("score " + score + " is outside the 1-5 scale");
      }
    }
  }

  /** Score of one evaluation on each impact it answered. */
  public static Map<Impact, Double> ofEvaluation(List<Answer> answers) {
    Map<Impact, double[]> sums = new EnumMap<>(Impact.class);
    for (Answer answer : answers) {
      double[] sum = sums.computeIfAbsent(answer.impact(), i -> new double[2]);
      sum[0] += answer.score();
      sum[1]++;
    }
    Map<Impact, Double> result = new EnumMap<>(Impact.class);
    sums.forEach((impact, sum) -> result.put(impact, sum[0] / sum[1]));
    return result;
  }

  /** Aggregates evaluations (each a list of answers) into one score per impact, in enum order. */
  public static List<ImpactScore> aggregate(List<List<Answer>> evaluations) {
    Map<Impact, List<Double>> perImpact = new EnumMap<>(Impact.class);
    for (Impact impact : Impact.values()) {
      perImpact.put(impact, new ArrayList<>());
    }
    for (List<Answer> evaluation : evaluations) {
      ofEvaluation(evaluation).forEach((impact, score) -> perImpact.get(impact).add(score));
    }
    List<ImpactScore> result = new ArrayList<>();
    perImpact.forEach(
        (impact, scores) -> {
          int n = scores.size();
          double mean = scores.stream().mapToDouble(Double::doubleValue).sum() / n;
          double sd = Double.NaN;
          if (n >= 2) {
            double ss = 0;
            for (double s : scores) {
              ss += (s - mean) * (s - mean);
            }
            sd = Math.sqrt(ss / (n - 1));
          }
          result.add(new ImpactScore(impact, n, n == 0 ? Double.NaN : mean, sd));
        });
    return result;
  }
}
