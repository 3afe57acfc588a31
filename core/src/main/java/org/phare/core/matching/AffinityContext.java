package org.phare.core.matching;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.phare.core.indicator.Domain;

/**
 * What the territory's diagnosis tells the matching: the priority fragility domains partners should
 * mobilise on (e.g. the domains a diagnostic ranks most fragile, or the three priorities actors
 * named in a PHARE perception study).
 */
public record AffinityContext(Set<Domain> priorities) {

  /** No diagnosis: affinity rests on the organisations' profiles alone. */
  public static final AffinityContext NONE = new AffinityContext(Set.of());

  public AffinityContext {
    priorities =
        Collections.unmodifiableSet(
            priorities.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(priorities));
  }
}
