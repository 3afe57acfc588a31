package org.phare.store.perception;

import java.util.Optional;
import java.util.Set;

/**
 * What the web reads every perception figure through: for an actor type, a measure and a territory
 * (France or a region), the figure and its {@link Provenance}. Implementations: a study's
 * respondents ({@link PerceptionStudies}: the simulated demonstration data or a study's microdata
 * read by {@link MicrodataStudy}), the published national figures ({@link
 * PublishedNationalFigures}), and their composition ({@link LayeredPerception}).
 */
public interface PerceptionSource {

  /** COG codes of the regions this source has figures for (of any actor type). */
  Set<String> regions();

  /** The national figure, empty when this source has none for the actor and measure. */
  Optional<PerceptionFigure> national(Actor actor, Measure measure);

  /** The figure of a region, empty when this source has none for the actor, measure and region. */
  Optional<PerceptionFigure> region(Actor actor, Measure measure, String region);

  /**
   * The version of the data behind the figures: caches of pages and estimates key on it. Constant
   * for the simulation and the published figures; the studies' data version ({@code
   * DataKind.STUDIES}) for a study.
   */
  long version();

  /** The figure of France ({@code region} null) or of a region; a missing figure when none. */
  default PerceptionFigure figure(Actor actor, Measure measure, String region) {
    Optional<PerceptionFigure> found =
        region == null ? national(actor, measure) : region(actor, measure, region);
    return found.orElseGet(() -> PerceptionFigure.missing(measure, region));
  }
}
