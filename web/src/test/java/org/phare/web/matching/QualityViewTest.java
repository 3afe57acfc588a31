package org.phare.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.AffinityContext;
import org.phare.core.matching.AffinityModel;
import org.phare.core.matching.EventFormat;
import org.phare.core.matching.SpeedDatingPlan;
import org.phare.core.matching.SpeedDatingPlanner;
import org.phare.core.testing.RandomEvents;
import org.phare.web.i18n.Lang;

/** The plan's quality said in words, with its figures in French format. */
class QualityViewTest {

  static final SpeedDatingPlan PLAN =
      new SpeedDatingPlanner(AffinityModel.withDefaults())
          .plan(
              RandomEvents.participants(7, 6, 6),
              new AffinityContext(Set.of(Domain.EMPLOYMENT)),
              new EventFormat(3, 3, 8));

  @Test
  void a_plan_that_reaches_the_bound_is_called_optimal() {
    SpeedDatingPlan reached = new SpeedDatingPlan(PLAN.schedule(), PLAN.totalAffinity());

    QualityView fr = new QualityView(Lang.FR, reached);

    assertThat(fr.optimal()).isTrue();
    assertThat(fr.summary())
        .startsWith("Plan optimal : aucun autre planning ne réunit des paires de plus forte")
        .contains("(affinité totale " + fr.total() + ").");
  }

  @Test
  void below_the_bound_the_share_is_a_lower_bound_of_the_share_of_the_best_plan() {
    // A bound 4 % above the total: 1 / 1.04 = 96.15... %, shown 96,2 %.
    SpeedDatingPlan below = new SpeedDatingPlan(PLAN.schedule(), PLAN.totalAffinity() * 1.04);

    QualityView fr = new QualityView(Lang.FR, below);
    QualityView en = new QualityView(Lang.EN, below);

    assertThat(fr.optimal()).isFalse();
    assertThat(fr.summary())
        .startsWith(
            "Ce planning atteint au moins 96,2\u202F% de l’affinité du meilleur planning"
                + " possible")
        .contains("borne supérieure " + fr.bound());
    assertThat(en.summary())
        .startsWith(
            "This schedule reaches at least 96.2% of the affinity of the best possible schedule");
  }
}
