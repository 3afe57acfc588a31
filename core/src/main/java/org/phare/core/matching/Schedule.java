package org.phare.core.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.phare.core.message.RefusedException;

/**
 * A speed-dating schedule: its format, everyone who took part at some point, and the rounds. Gives
 * the two printable views, per participant and per table.
 */
public record Schedule(EventFormat format, List<Participant> participants, List<Round> rounds) {

  public Schedule {
    participants = List.copyOf(participants);
    rounds = List.copyOf(rounds);
  }

  /** What one participant does in one round. */
  public enum Status {
    MEETING,
    BREAK,
    ABSENT
  }

  /** One line of a participant's sheet; the meeting is present when the status is MEETING. */
  public record ParticipantSlot(
      int round, int startMinute, Status status, Optional<Meeting> meeting) {}

  /** One line of a table's sheet; the meeting is empty when the table is free this round. */
  public record TableSlot(int round, int startMinute, Optional<Meeting> meeting) {}

  /** Sum of the affinities of all meetings. */
  public double totalAffinity() {
    double total = 0;
    for (Round round : rounds) {
      total += round.totalAffinity();
    }
    return total;
  }

  /** Every pair that meets, in round and table order. */
  public Set<Pair> pairs() {
    Set<Pair> pairs = new LinkedHashSet<>();
    for (Round round : rounds) {
      for (Meeting meeting : round.meetings()) {
        pairs.add(meeting.pair());
      }
    }
    return pairs;
  }

  /** The participant with this id. */
  public Participant participant(String id) {
    for (Participant participant : participants) {
      if (participant.id().equals(id)) {
        return participant;
      }
    }
    throw RefusedException.notFound(
        "matching.participant.not-in-event", "participant", "value", id);
  }

  /** A participant's sheet: one slot per round. */
  public List<ParticipantSlot> forParticipant(String id) {
    Participant participant = participant(id);
    List<ParticipantSlot> slots = new ArrayList<>();
    for (Round round : rounds) {
      Optional<Meeting> meeting =
          round.meetings().stream().filter(m -> m.involves(participant.id())).findFirst();
      Status status =
          meeting.isPresent()
              ? Status.MEETING
              : round.onBreak().stream().anyMatch(p -> p.id().equals(participant.id()))
                  ? Status.BREAK
                  : Status.ABSENT;
      slots.add(new ParticipantSlot(round.number(), round.startMinute(), status, meeting));
    }
    return slots;
  }

  /** A table's sheet: one slot per round. */
  public List<TableSlot> forTable(int table) {
    if (table < 1 || table > format.tables()) {
      throw new IllegalArgumentException(
          "table " + table + " does not exist (1 to " + format.tables() + ")");
    }
    List<TableSlot> slots = new ArrayList<>();
    for (Round round : rounds) {
      Optional<Meeting> meeting =
          round.meetings().stream().filter(m -> m.table() == table).findFirst();
      slots.add(new TableSlot(round.number(), round.startMinute(), meeting));
    }
    return slots;
  }

  /** Number of rounds in which the participant takes a break (absence not counted). */
  public int breaksOf(String id) {
    return (int) forParticipant(id).stream().filter(slot -> slot.status() == Status.BREAK).count();
  }
}
