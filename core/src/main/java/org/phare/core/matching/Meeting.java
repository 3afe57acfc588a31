package org.phare.core.matching;

/** A company and an association at a table during one round, with why they were paired. */
public record Meeting(int table, Participant company, Participant association, Affinity affinity) {

  public Pair pair() {
    return new Pair(company.id(), association.id());
  }

  /** True when the participant with this id sits at this meeting. */
  public boolean involves(String participantId) {
    return company.id().equals(participantId) || association.id().equals(participantId);
  }

  /** The partner of the participant with this id at this meeting. */
  public Participant partnerOf(String participantId) {
    if (company.id().equals(participantId)) {
      return association;
    }
    if (association.id().equals(participantId)) {
      return company;
    }
    throw new IllegalArgumentException(participantId + " is not at table " + table);
  }
}
