package org.phare.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.RandomEvents;

class MutualWishesTest {

  private final Schedule schedule =
      new SpeedDatingPlanner(AffinityModel.withDefaults())
          .plan(RandomEvents.participants(5, 4, 4), AffinityContext.NONE, new EventFormat(4, 4, 8))
          .schedule();

  @Test
  void a_mutual_wish_gives_each_side_the_other_contact() {
    // With 4 rounds, 4 tables, 4 x 4: everyone meets everyone.
    MutualWishes wishes =
        MutualWishes.resolve(
            schedule,
            List.of(new MutualWishes.Wish("C001", "A002"), new MutualWishes.Wish("A002", "C001")));

    assertThat(wishes.contactsFor("C001")).extracting(Participant::id).containsExactly("A002");
    assertThat(wishes.contactsFor("A002")).extracting(Participant::id).containsExactly("C001");
    assertThat(wishes.pairs()).containsExactly(new Pair("C001", "A002"));
  }

  @Test
  void a_one_sided_wish_is_invisible_to_both_sides() {
    MutualWishes wishes =
        MutualWishes.resolve(
            schedule,
            List.of(
                new MutualWishes.Wish("C001", "A003"),
                new MutualWishes.Wish("A004", "C002"),
                new MutualWishes.Wish("C003", "A001"),
                new MutualWishes.Wish("A001", "C003")));

    assertThat(wishes.contactsFor("A003")).isEmpty();
    assertThat(wishes.contactsFor("C001")).isEmpty();
    assertThat(wishes.contactsFor("C002")).isEmpty();
    assertThat(wishes.contactsFor("A004")).isEmpty();
    assertThat(wishes.pairs()).containsExactly(new Pair("C003", "A001"));
  }

  @Test
  void repeated_wishes_count_once() {
    MutualWishes wishes =
        MutualWishes.resolve(
            schedule,
            List.of(
                new MutualWishes.Wish("C001", "A001"),
                new MutualWishes.Wish("C001", "A001"),
                new MutualWishes.Wish("A001", "C001")));
    assertThat(wishes.contactsFor("C001")).hasSize(1);
  }

  @Test
  void a_wish_about_someone_not_met_is_refused() {
    Schedule oneRound =
        new SpeedDatingPlanner(AffinityModel.withDefaults())
            .plan(
                RandomEvents.participants(5, 2, 2), AffinityContext.NONE, new EventFormat(1, 2, 8))
            .schedule();
    Meeting meeting = oneRound.rounds().get(0).meetings().get(0);
    String company = meeting.company().id();
    String notMet =
        Set.of("A001", "A002").stream()
            .filter(id -> !id.equals(meeting.association().id()))
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(
            () -> MutualWishes.resolve(oneRound, List.of(new MutualWishes.Wish(company, notMet))))
        .hasMessageContaining("matching.wish.not-met[wishes]");
    assertThatThrownBy(
            () -> MutualWishes.resolve(oneRound, List.of(new MutualWishes.Wish(company, "X"))))
        .hasMessageContaining("matching.participant.not-in-event[participant]{value=X}");
  }
}
