package org.phare.core.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans speed-dating rounds between companies and associations (référentiel co-construction
 * territoriale 2016, §3.2.1.1) and re-plans the remaining rounds when someone is absent or arrives
 * late.
 *
 * <p>Guarantees of {@link #plan}: no pair meets twice; nobody sits at two tables in a round; each
 * round uses at most {@code tables} tables, each once; the number of meetings is the most the
 * format allows (min(tables, companies, associations) per round, and nobody meets more than the
 * other side counts); breaks are fair: on each side, numbers of breaks differ by at most one; and
 * among such schedules the total affinity is the highest possible. The choice of pairs is an exact
 * minimum-cost flow and the split into rounds an equitable bipartite edge colouring (see {@code
 * RoundScheduler} and ADR 0020).
 *
 * <p>Quality is reported against {@link SpeedDatingPlan#upperBound()}: the optimum of the
 * b-matching relaxation, i.e. the best total affinity of a set of pairs in which everyone has at
 * most R partners and which has at most R·min(tables, companies, associations) pairs, ignoring the
 * fairness of breaks. Every valid schedule is such a set, so it is a valid bound; the plan reaches
 * it unless fairness costs something. (R times the best single-round assignment would also be a
 * bound, but a weaker one.)
 */
public final class SpeedDatingPlanner {

  private final AffinityModel model;

  public SpeedDatingPlanner(AffinityModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * Plans an event for these participants.
   *
   * @throws IllegalArgumentException when two participants share an id
   */
  public SpeedDatingPlan plan(
      Collection<Participant> participants, AffinityContext context, EventFormat format) {
    checkUniqueIds(participants);
    List<Participant> all = List.copyOf(participants);
    Planned planned = planRounds(all, context, format, 1, Set.of(), Map.of());
    Schedule schedule = new Schedule(format, all, planned.rounds());
    return new SpeedDatingPlan(schedule, planned.bound());
  }

  /**
   * Re-plans the rounds after {@code roundsPlayed}: those rounds are kept exactly as they were, the
   * others are planned again for the participants {@code present} now (late arrivals included,
   * absent ones left out), with no pair meeting again. Fairness of breaks holds among those present
   * over the re-planned rounds. The bound is the kept rounds' affinity plus the bound of the
   * remaining ones.
   *
   * @param roundsPlayed rounds already held, from 0 to the number of rounds
   * @throws IllegalArgumentException on a bad round count or duplicate ids
   */
  public SpeedDatingPlan replan(
      Schedule previous,
      int roundsPlayed,
      Collection<Participant> present,
      AffinityContext context) {
    EventFormat format = previous.format();
    if (roundsPlayed < 0 || roundsPlayed > format.rounds()) {
      throw new IllegalArgumentException(
          "rounds played must be between 0 and " + format.rounds() + ", got " + roundsPlayed);
    }
    checkUniqueIds(present);
    List<Round> kept = previous.rounds().subList(0, roundsPlayed);
    Set<Pair> met = new HashSet<>();
    Map<String, Integer> lastTable = new HashMap<>();
    for (Round round : kept) {
      for (Meeting meeting : round.meetings()) {
        met.add(meeting.pair());
        lastTable.put(meeting.association().id(), meeting.table());
      }
    }
    Map<String, Participant> everyone = new LinkedHashMap<>();
    for (Participant participant : previous.participants()) {
      everyone.put(participant.id(), participant);
    }
    for (Participant participant : present) {
      everyone.put(participant.id(), participant);
    }
    EventFormat remaining =
        new EventFormat(
            Math.max(1, format.rounds() - roundsPlayed), format.tables(), format.roundMinutes());
    List<Round> rounds = new ArrayList<>(kept);
    double bound = 0;
    for (Round round : kept) {
      bound += round.totalAffinity();
    }
    if (roundsPlayed < format.rounds()) {
      Planned planned =
          planRounds(List.copyOf(present), context, remaining, roundsPlayed + 1, met, lastTable);
      rounds.addAll(planned.rounds());
      bound += planned.bound();
    }
    return new SpeedDatingPlan(new Schedule(format, List.copyOf(everyone.values()), rounds), bound);
  }

  private record Planned(List<Round> rounds, double bound) {}

  private Planned planRounds(
      List<Participant> participants,
      AffinityContext context,
      EventFormat format,
      int firstRound,
      Set<Pair> met,
      Map<String, Integer> lastTable) {
    List<Participant> companies =
        participants.stream().filter(p -> p.side() == Side.COMPANY).toList();
    List<Participant> associations =
        participants.stream().filter(p -> p.side() == Side.ASSOCIATION).toList();
    double[][] values = model.totals(companies, associations, context);
    boolean[][] forbidden = new boolean[companies.size()][associations.size()];
    if (!met.isEmpty()) {
      for (int c = 0; c < companies.size(); c++) {
        for (int a = 0; a < associations.size(); a++) {
          forbidden[c][a] = met.contains(new Pair(companies.get(c).id(), associations.get(a).id()));
        }
      }
    }
    List<List<RoundScheduler.Meet>> schedule =
        RoundScheduler.schedule(
            values, associations.size(), forbidden, format.rounds(), format.tables());
    double bound =
        RoundScheduler.upperBound(
            values, associations.size(), forbidden, format.rounds(), format.tables());

    Map<String, Integer> tableOf = new HashMap<>(lastTable);
    List<Round> rounds = new ArrayList<>();
    for (int r = 0; r < schedule.size(); r++) {
      int number = firstRound + r;
      List<RoundScheduler.Meet> meets = schedule.get(r);
      Set<Participant> playing = new HashSet<>();
      for (RoundScheduler.Meet meet : meets) {
        playing.add(companies.get(meet.company()));
        playing.add(associations.get(meet.association()));
      }
      List<Meeting> meetings =
          seat(meets, companies, associations, context, tableOf, format.tables());
      List<Participant> onBreak = participants.stream().filter(p -> !playing.contains(p)).toList();
      rounds.add(new Round(number, (number - 1) * format.roundMinutes(), meetings, onBreak));
    }
    return new Planned(rounds, bound);
  }

  /**
   * Gives each meeting a table: an association keeps the table it had in the previous round when it
   * is free (fewer people move, as in the usual format where associations stay seated), the others
   * take the lowest free tables.
   */
  private List<Meeting> seat(
      List<RoundScheduler.Meet> meets,
      List<Participant> companies,
      List<Participant> associations,
      AffinityContext context,
      Map<String, Integer> tableOf,
      int tables) {
    boolean[] taken = new boolean[tables + 1];
    int[] table = new int[meets.size()];
    for (int i = 0; i < meets.size(); i++) {
      Integer previous = tableOf.get(associations.get(meets.get(i).association()).id());
      if (previous != null && previous <= tables && !taken[previous]) {
        table[i] = previous;
        taken[previous] = true;
      }
    }
    int free = 1;
    for (int i = 0; i < meets.size(); i++) {
      if (table[i] == 0) {
        while (taken[free]) {
          free++;
        }
        table[i] = free;
        taken[free] = true;
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < meets.size(); i++) {
      RoundScheduler.Meet meet = meets.get(i);
      Participant association = associations.get(meet.association());
      tableOf.put(association.id(), table[i]);
      Participant company = companies.get(meet.company());
      meetings.add(
          new Meeting(table[i], company, association, model.score(company, association, context)));
    }
    meetings.sort((x, y) -> Integer.compare(x.table(), y.table()));
    return meetings;
  }

  private static void checkUniqueIds(Collection<Participant> participants) {
    Set<String> ids = new HashSet<>();
    for (Participant participant : participants) {
      if (!ids.add(participant.id())) {
        throw new IllegalArgumentException(
            "participant id '" + participant.id() + "' appears twice");
      }
    }
  }
}
