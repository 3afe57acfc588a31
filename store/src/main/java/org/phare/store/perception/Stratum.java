package org.phare.store.perception;

/**
 * A region as a sampling stratum of the demonstration studies.
 *
 * @param code COG region code
 * @param population population municipale (weights of citizens, companies and associations)
 * @param communes number of communes (weights of mayors)
 */
public record Stratum(String code, long population, int communes) {

  public Stratum {
    if (population <= 0 || communes <= 0) {
      throw new IllegalArgumentException(
          "stratum " + code + ": population and communes must be positive");
    }
  }

  /** The size of the population of an actor type in this stratum. */
  double size(Actor actor) {
    return actor == Actor.MAYORS ? communes : population;
  }
}
