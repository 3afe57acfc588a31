package org.phare.web.ecosystem;

import java.util.List;
import org.phare.core.ecosystem.ImpactScore;
import org.phare.core.text.Numbers;
import org.phare.web.i18n.Lang;

/**
 * Evaluation scores on the three impacts, formatted for a page: the mean on the 1-5 scale and the
 * sample standard deviation with one decimal (French decimal comma), "–" when there is no score (n
 * = 0 for the mean, n &lt; 2 for the deviation; see {@link ImpactScore}), never 0.
 */
public record ImpactScoresView(Lang lang, List<ImpactScore> scores) {

  /**
   * One impact.
   *
   * @param evaluations n, the evaluations that answered at least one question of the impact
   */
  public record Row(String code, String label, String evaluations, String mean, String deviation) {}

  /** At least one evaluation answered at least one question. */
  public boolean any() {
    return scores.stream().anyMatch(s -> s.evaluations() > 0);
  }

  public List<Row> rows() {
    Numbers numbers = lang.numbers();
    return scores.stream()
        .map(
            s ->
                new Row(
                    s.impact().name(),
                    lang.pick(s.impact().labelFr(), s.impact().labelEn()),
                    numbers.integer(s.evaluations()),
                    numbers.fixed(s.mean(), 1),
                    numbers.fixed(s.standardDeviation(), 1)))
        .toList();
  }
}
