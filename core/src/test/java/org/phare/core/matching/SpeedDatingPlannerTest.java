package org.phare.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phare.core.indicator.Domain;
import org.phare.core.testing.RandomEvents;

class SpeedDatingPlannerTest {

  private static final AffinityContext PRIORITIES =
      new AffinityContext(Set.of(Domain.EMPLOYMENT, Domain.POVERTY, Domain.MOBILITY));

  private final SpeedDatingPlanner planner = new SpeedDatingPlanner(AffinityModel.withDefaults());

  @Property(tries = 200)
  void every_plan_is_valid_full_and_fair(
      @ForAll @IntRange(min = 0, max = 14) int companies,
      @ForAll @IntRange(min = 0, max = 14) int associations,
      @ForAll @IntRange(min = 1, max = 10) int rounds,
      @ForAll @IntRange(min = 1, max = 14) int tables,
      @ForAll long seed) {
    List<Participant> participants = RandomEvents.participants(seed, companies, associations);

    SpeedDatingPlan plan =
        planner.plan(participants, PRIORITIES, new EventFormat(rounds, tables, 8));

    Schedule schedule = plan.schedule();
    ScheduleInvariants.assertValid(schedule);
    ScheduleInvariants.assertFairBreaks(schedule.rounds(), participants);
    // As many meetings as the format allows: per round min(tables, companies, associations), and
    // nobody meets more than the other side counts.
    int perRound = Math.min(tables, Math.min(companies, associations));
    long most =
        Math.min(
            (long) rounds * perRound,
            Math.min(
                (long) companies * Math.min(rounds, associations),
                (long) associations * Math.min(rounds, companies)));
    assertThat(schedule.rounds()).hasSize(rounds);
    assertThat(schedule.pairs()).hasSize((int) most);
    for (Round round : schedule.rounds()) {
      assertThat(round.meetings().size() * 2 + round.onBreak().size())
          .as("everyone present is either seated or on break")
          .isEqualTo(companies + associations);
    }
    assertThat(plan.totalAffinity()).isLessThanOrEqualTo(plan.upperBound() + 1e-9);
  }

  @Property(tries = 120)
  void replanning_keeps_past_rounds_and_never_repeats_a_pair(
      @ForAll @IntRange(min = 1, max = 12) int companies,
      @ForAll @IntRange(min = 1, max = 12) int associations,
      @ForAll @IntRange(min = 1, max = 8) int rounds,
      @ForAll @IntRange(min = 1, max = 12) int tables,
      @ForAll @IntRange(min = 0, max = 8) int played,
      @ForAll long seed) {
    int roundsPlayed = Math.min(played, rounds);
    List<Participant> participants = RandomEvents.participants(seed, companies, associations);
    EventFormat format = new EventFormat(rounds, tables, 8);
    Schedule before = planner.plan(participants, PRIORITIES, format).schedule();
    Random random = new Random(seed);
    List<Participant> present = new ArrayList<>();
    for (Participant participant : participants) {
      if (random.nextInt(5) > 0) {
        present.add(participant);
      }
    }
    for (Participant late : RandomEvents.participants(seed + 1, 2, 2)) {
      present.add(renamed(late, "late-" + late.id()));
    }

    Schedule after = planner.replan(before, roundsPlayed, present, PRIORITIES).schedule();

    assertThat(after.rounds().subList(0, roundsPlayed))
        .isEqualTo(before.rounds().subList(0, roundsPlayed));
    assertThat(after.rounds()).hasSize(rounds);
    ScheduleInvariants.assertValid(after);
    Set<String> presentIds = new HashSet<>();
    present.forEach(p -> presentIds.add(p.id()));
    for (Round round : after.rounds().subList(roundsPlayed, rounds)) {
      for (Meeting meeting : round.meetings()) {
        assertThat(presentIds).contains(meeting.company().id(), meeting.association().id());
      }
    }
  }

  @Test
  void replanning_after_absences_and_late_arrivals_stays_fair_among_those_present() {
    List<Participant> participants = RandomEvents.participants(42, 20, 25);
    EventFormat format = new EventFormat(8, 20, 8);
    Schedule before = planner.plan(participants, PRIORITIES, format).schedule();
    List<Participant> present = new ArrayList<>(participants);
    present.removeIf(p -> p.id().equals("C003") || p.id().equals("A010"));
    present.add(renamed(RandomEvents.participants(7, 1, 0).get(0), "C-late"));

    SpeedDatingPlan replanned = planner.replan(before, 3, present, PRIORITIES);

    Schedule after = replanned.schedule();
    ScheduleInvariants.assertValid(after);
    ScheduleInvariants.assertFairBreaks(after.rounds().subList(3, 8), present);
    assertThat(after.rounds().subList(0, 3)).isEqualTo(before.rounds().subList(0, 3));
    assertThat(after.forParticipant("C003").subList(3, 8))
        .allSatisfy(slot -> assertThat(slot.status()).isEqualTo(Schedule.Status.ABSENT));
    assertThat(after.forParticipant("C-late").subList(0, 3))
        .allSatisfy(slot -> assertThat(slot.status()).isEqualTo(Schedule.Status.ABSENT));
    // 20 companies present for the 5 remaining rounds, 24 associations, 20 tables: all companies
    // play every round.
    assertThat(after.forParticipant("C-late").subList(3, 8))
        .allSatisfy(slot -> assertThat(slot.status()).isEqualTo(Schedule.Status.MEETING));
    assertThat(replanned.totalAffinity()).isLessThanOrEqualTo(replanned.upperBound() + 1e-9);
    assertThat(replanned.ratio()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * Quality: the plan against the b-matching bound (see SpeedDatingPlanner) on generated events.
   * The independent cross-check is a cruder bound computed here: each company's R best affinities,
   * summed (a company meets at most R associations).
   */
  @ParameterizedTest(name = "{0}x{1}, {2} rounds, {3} tables")
  @CsvSource({
    "20, 20, 8, 20",
    "50, 50, 8, 50",
    "100, 100, 8, 100",
    "100, 100, 8, 60",
    "30, 45, 8, 30",
    "45, 30, 8, 30",
    "40, 40, 8, 25",
    "12, 12, 8, 12"
  })
  void plans_reach_at_least_97_percent_of_the_upper_bound(
      int companies, int associations, int rounds, int tables) {
    List<Participant> participants = RandomEvents.participants(2016, companies, associations);
    SpeedDatingPlan plan =
        planner.plan(participants, PRIORITIES, new EventFormat(rounds, tables, 8));

    ScheduleInvariants.assertValid(plan.schedule());
    ScheduleInvariants.assertFairBreaks(plan.schedule().rounds(), participants);
    assertThat(plan.upperBound()).isLessThanOrEqualTo(crudeBound(participants, rounds) + 1e-6);
    assertThat(plan.totalAffinity()).isLessThanOrEqualTo(plan.upperBound() + 1e-9);
    assertThat(plan.ratio()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void the_referentiel_format_gives_everyone_eight_meetings_of_eight_minutes() {
    // Référentiel 2016 §3.2.1.1: 8-minute rounds, about 1h30, 7 to 8 meetings per participant.
    List<Participant> participants = RandomEvents.participants(3, 10, 10);

    Schedule schedule =
        planner.plan(participants, PRIORITIES, new EventFormat(8, 10, 8)).schedule();

    for (Participant participant : participants) {
      assertThat(schedule.forParticipant(participant.id()))
          .filteredOn(slot -> slot.status() == Schedule.Status.MEETING)
          .hasSize(8);
    }
    assertThat(schedule.rounds().get(7).startMinute()).isEqualTo(56);
    assertThat(schedule.format().totalMinutes()).isEqualTo(64);
  }

  @Test
  void unequal_sides_rotate_breaks_fairly_and_the_sheets_show_them() {
    // 6 companies, 9 associations, 6 tables, 6 rounds: 36 meetings; each company meets 6, each
    // association 4 (36 / 9), so every association has exactly 2 breaks.
    List<Participant> participants = RandomEvents.participants(11, 6, 9);

    Schedule schedule = planner.plan(participants, PRIORITIES, new EventFormat(6, 6, 8)).schedule();

    for (Participant participant : participants) {
      int expectedBreaks = participant.side() == Side.COMPANY ? 0 : 2;
      assertThat(schedule.breaksOf(participant.id())).isEqualTo(expectedBreaks);
    }
    for (int table = 1; table <= 6; table++) {
      assertThat(schedule.forTable(table))
          .hasSize(6)
          .allSatisfy(slot -> assertThat(slot.meeting()).isPresent());
    }
    Schedule.ParticipantSlot first = schedule.forParticipant("C001").get(0);
    assertThat(first.meeting().orElseThrow().partnerOf("C001").side()).isEqualTo(Side.ASSOCIATION);
    assertThatThrownBy(() -> schedule.forTable(7)).hasMessageContaining("table 7 does not exist");
  }

  @Test
  void duplicate_ids_are_refused() {
    Participant one = RandomEvents.participants(1, 1, 0).get(0);
    assertThatThrownBy(() -> planner.plan(List.of(one, one), PRIORITIES, new EventFormat(1, 1, 8)))
        .hasMessageContaining("'C001' appears twice");
  }

  private static double crudeBound(List<Participant> participants, int rounds) {
    AffinityModel model = AffinityModel.withDefaults();
    double total = 0;
    for (Participant company : participants) {
      if (company.side() != Side.COMPANY) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      for (Participant association : participants) {
        if (association.side() == Side.ASSOCIATION) {
          values.add(model.score(company, association, PRIORITIES).total());
        }
      }
      values.sort((a, b) -> Double.compare(b, a));
      for (int i = 0; i < Math.min(rounds, values.size()); i++) {
        total += values.get(i);
      }
    }
    return total;
  }

  static Participant renamed(Participant p, String id) {
    return new Participant(
        id,
        p.name().equals(p.id()) ? id : p.name(),
        p.side(),
        p.domains(),
        p.location(),
        p.objectives(),
        p.categories());
  }
}
