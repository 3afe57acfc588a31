package org.phare.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks shared by the planner's tests: what every schedule must satisfy. */
final class ScheduleInvariants {

  private ScheduleInvariants() {}

  /** No pair twice, nobody twice in a round, tables in range and used once per round. */
  static void assertValid(Schedule schedule) {
    Set<Pair> pairs = new HashSet<>();
    for (Round round : schedule.rounds()) {
      Set<String> seated = new HashSet<>();
      Set<Integer> tables = new HashSet<>();
      for (Meeting meeting : round.meetings()) {
        assertThat(pairs.add(meeting.pair())).as("pair %s meets twice", meeting.pair()).isTrue();
        assertThat(seated.add(meeting.company().id()))
            .as("%s twice in round %d", meeting.company().id(), round.number())
            .isTrue();
        assertThat(seated.add(meeting.association().id()))
            .as("%s twice in round %d", meeting.association().id(), round.number())
            .isTrue();
        assertThat(meeting.table()).isBetween(1, schedule.format().tables());
        assertThat(tables.add(meeting.table()))
            .as("table %d used twice in round %d", meeting.table(), round.number())
            .isTrue();
        assertThat(meeting.company().side()).isEqualTo(Side.COMPANY);
        assertThat(meeting.association().side()).isEqualTo(Side.ASSOCIATION);
      }
      for (Participant resting : round.onBreak()) {
        assertThat(seated)
            .as("on break and seated in round %d", round.number())
            .doesNotContain(resting.id());
      }
    }
    assertThat(schedule.rounds()).extracting(Round::number).isSorted().doesNotHaveDuplicates();
  }

  /**
   * On each side, numbers of breaks over the given rounds differ by at most one among the given
   * participants.
   */
  static void assertFairBreaks(List<Round> rounds, List<Participant> participants) {
    Map<String, Participant> byId =
        participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    for (Side side : Side.values()) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (Participant participant : byId.values()) {
        if (participant.side() != side) {
          continue;
        }
        int breaks = 0;
        for (Round round : rounds) {
          boolean seated = round.meetings().stream().anyMatch(m -> m.involves(participant.id()));
          if (!seated) {
            breaks++;
          }
        }
        min = Math.min(min, breaks);
        max = Math.max(max, breaks);
      }
      if (min != Integer.MAX_VALUE) {
        assertThat(max - min).as("spread of breaks on the %s side", side).isLessThanOrEqualTo(1);
      }
    }
  }
}
