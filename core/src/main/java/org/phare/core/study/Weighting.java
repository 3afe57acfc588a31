package org.phare.core.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.message.Refusal;
import org.phare.core.survey.Calibration;
import org.phare.core.survey.CalibrationOptions;
import org.phare.core.survey.CalibrationResult;
import org.phare.core.survey.Factor;
import org.phare.core.survey.Margin;
import org.phare.core.survey.SurveyDesign;

/**
 * The weights of one actor type's respondents in a study: raking (iterative proportional fitting,
 * {@link Calibration#rake}, checked against R {@code survey::rake}) of initial weights 1 to known
 * population margins, or no weighting at all.
 *
 * <p>Formula: starting from {@code w_i = 1}, each margin in turn multiplies the weights of every
 * category by {@code target / current weighted count}, until every margin is met within {@code
 * 1e-10 (1 + target)} (at most 1,000 cycles). The weights then sum to the population total; a mean
 * or a share is {@code sum w_i y_i / sum w_i}.
 *
 * <p>Edge cases, each giving an <b>unweighted</b> result (every weight 1) with the reason as a
 * {@link Refusal} (the study page says it in French), never an exception:
 *
 * <ul>
 *   <li>no margin: unweighted by choice ({@link Status#NONE}, reason null);
 *   <li>no respondent: unweighted, nothing to weight ({@link Status#NONE});
 *   <li>a respondent without a category of a margin's variable, or with a category the margin does
 *       not list: {@code study.weighting.unknown-category};
 *   <li>a category with a positive population total and no respondent (an empty category: raking
 *       has no one to carry that population): {@code study.weighting.empty-category};
 *   <li>a category with respondents and a zero population total: {@code
 *       study.weighting.zero-total};
 *   <li>margins whose totals differ by more than 1e-6 relatively: {@code
 *       study.weighting.inconsistent};
 *   <li>no convergence within 1,000 cycles: {@code study.weighting.no-convergence}.
 * </ul>
 *
 * Categories with a zero total and no respondent are dropped (they constrain nothing).
 */
public final class Weighting {

  private Weighting() {}

  /** How the weights were obtained. */
  public enum Status {
    /** Raked to the margins. */
    RAKED,
    /** Not weighted: no margins (or no respondent). */
    NONE,
    /** Raking failed: unweighted, see the reason. */
    FAILED
  }

  /**
   * One margin: the population count of each category of a variable of the answers.
   *
   * @param variable the answer field holding each respondent's category ({@code sex}, {@code age},
   *     {@code departement}, {@code company_size}…)
   * @param totals population count by category code, in a stable order
   */
  public record Target(String variable, Map<String, Double> totals) {
    public Target {
      totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    }

    public double sum() {
      return totals.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /**
   * The weights and how they were obtained.
   *
   * @param weights one per respondent, in the order given
   * @param status raked, none or failed
   * @param reason why raking failed (FAILED), else null
   * @param iterations raking cycles used (0 unless RAKED)
   */
  public record Result(double[] weights, Status status, Refusal reason, int iterations) {
    public Result {
      weights = weights.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }

    public boolean raked() {
      return status == Status.RAKED;
    }
  }

  /**
   * Rakes the respondents to the margins.
   *
   * @param categories for each respondent, its category code per variable (a missing variable or a
   *     null value: no category)
   * @param margins the population margins (empty: unweighted)
   */
  public static Result rake(List<Map<String, String>> categories, List<Target> margins) {
    int n = categories.size();
    if (margins.isEmpty() || n == 0) {
      return unweighted(n, Status.NONE, null);
    }
    double first = margins.get(0).sum();
    List<Margin> used = new ArrayList<>();
    for (Target target : margins) {
      if (Math.abs(target.sum() - first) > 1e-6 * Math.max(1, Math.abs(first))) {
        return unweighted(
            n,
            Status.FAILED,
            Refusal.of(
                "study.weighting.inconsistent",
                target.variable(),
                "variable",
                target.variable(),
                "total",
                target.sum(),
                "first",
                margins.get(0).variable(),
                "expected",
                first));
      }
      String[] values = new String[n];
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String value = categories.get(i).get(target.variable());
        if (value == null || !target.totals().containsKey(value)) {
          return unweighted(
              n,
              Status.FAILED,
              Refusal.of(
                  "study.weighting.unknown-category",
                  target.variable(),
                  "variable",
                  target.variable(),
                  "category",
                  value == null ? "" : value,
                  "respondent",
                  i + 1));
        }
        values[i] = value;
        seen.merge(value, 1, Integer::sum);
      }
      for (String category : seen.keySet()) {
        if (!(target.totals().get(category) > 0)) {
          // respondents standing for nobody: raking would give them weight 0 and then divide by 0
          return unweighted(
              n,
              Status.FAILED,
              Refusal.of(
                  "study.weighting.zero-total",
                  target.variable(),
                  "variable",
                  target.variable(),
                  "category",
                  category));
        }
      }
      Map<String, Double> totals = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : target.totals().entrySet()) {
        if (seen.containsKey(e.getKey())) {
          totals.put(e.getKey(), e.getValue());
        } else if (e.getValue() > 0) {
          return unweighted(
              n,
              Status.FAILED,
              Refusal.of(
                  "study.weighting.empty-category",
                  target.variable(),
                  "variable",
                  target.variable(),
                  "category",
                  e.getKey()));
        }
      }
      used.add(new Margin(Factor.of(target.variable(), values), totals));
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    SurveyDesign design = SurveyDesign.builder(n).weights(ones).build();
    try {
      CalibrationResult result = Calibration.rake(design, used, CalibrationOptions.DEFAULT);
      return new Result(result.weights(), Status.RAKED, null, result.iterations());
    } catch (IllegalStateException | IllegalArgumentException e) {
      return unweighted(
          n,
          Status.FAILED,
          Refusal.of(
              "study.weighting.no-convergence",
              "",
              "iterations",
              CalibrationOptions.DEFAULT.maxIterations()));
    }
  }

  private static Result unweighted(int n, Status status, Refusal reason) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return new Result(ones, status, reason, 0);
  }
}
