package org.phare.core.matching;

import java.util.List;

/**
 * One round of a speed-dating: meetings by increasing table number, and the participants present
 * who take a break this round.
 *
 * @param number from 1
 * @param startMinute minutes from the start of the first round
 */
public record Round(
    int number, int startMinute, List<Meeting> meetings, List<Participant> onBreak) {

  public Round {
    meetings = List.copyOf(meetings);
    onBreak = List.copyOf(onBreak);
  }

  /** Sum of the meetings' affinities. */
  public double totalAffinity() {
    double total = 0;
    for (Meeting meeting : meetings) {
      total += meeting.affinity().total();
    }
    return total;
  }
}
