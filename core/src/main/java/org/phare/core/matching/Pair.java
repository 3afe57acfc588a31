package org.phare.core.matching;

import java.util.Objects;

/** A company and an association, by id: an existing partnership, a meeting, a mutual wish. */
public record Pair(String companyId, String associationId) {

  public Pair {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(associationId, "associationId");
  }

  /** The pair of two participants of different sides, in either order. */
  public static Pair of(Participant a, Participant b) {
    if (a.side() == b.side()) {
      throw new IllegalArgumentException(
          "a pair joins a company and an association, not " + a.id() + " and " + b.id());
    }
    return a.side() == Side.COMPANY ? new Pair(a.id(), b.id()) : new Pair(b.id(), a.id());
  }
}
