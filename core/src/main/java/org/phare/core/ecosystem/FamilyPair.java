package org.phare.core.ecosystem;

/** An unordered pair of families, stored with {@code first ≤ second} in declaration order. */
public record FamilyPair(Family first, Family second) {

  public FamilyPair {
    if (first.compareTo(second) > 0) {
      Family tmp = first;
      first = second;
      second = tmp;
    }
  }

  public boolean crossesFamilies() {
    return first != second;
  }

  /** A company (economic actor) with a general-interest organisation. */
  public boolean isCompanyAssociation() {
    return first == Family.ECONOMIC_ACTOR && second == Family.GENERAL_INTEREST;
  }

  /** A public authority with a company or a general-interest organisation. */
  public boolean isPublicPrivate() {
    return (first == Family.PUBLIC_AUTHORITY && second.isPrivate());
  }

  /** Code such as {@code ECONOMIC_ACTOR-GENERAL_INTEREST} for JSON and CSV. */
  public String code() {
    return first.name() + "-" + second.name();
  }
}
