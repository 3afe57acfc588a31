package org.phare.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Domain;
import org.phare.core.testing.RandomEvents;

class PartnerSuggestionsTest {

  private final AffinityModel model = AffinityModel.withDefaults();
  private final AffinityContext context = new AffinityContext(Set.of(Domain.HEALTH));
  private final PartnerSuggestions suggestions = new PartnerSuggestions(model, context);

  @Test
  void best_partners_come_from_the_other_side_best_first_with_reasons() {
    List<Participant> participants = RandomEvents.participants(8, 10, 12);
    Participant company = participants.get(0);

    List<PartnerSuggestions.Suggestion> best =
        suggestions.bestPartners(company, participants, Set.of(), 5);

    assertThat(best).hasSize(5);
    assertThat(best).allSatisfy(s -> assertThat(s.partner().side()).isEqualTo(Side.ASSOCIATION));
    assertThat(best)
        .extracting(s -> s.affinity().total())
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(best).allSatisfy(s -> assertThat(s.affinity().reasons()).isNotEmpty());
    double fifth = best.get(4).affinity().total();
    for (Participant other : participants.subList(10, 22)) {
      if (best.stream().noneMatch(s -> s.partner().equals(other))) {
        assertThat(model.score(company, other, context).total()).isLessThanOrEqualTo(fifth);
      }
    }
  }

  @Test
  void existing_partnerships_are_not_suggested_again() {
    List<Participant> participants = RandomEvents.participants(8, 1, 12);
    Participant company = participants.get(0);
    Participant top = suggestions.bestPartners(company, participants, Set.of(), 1).get(0).partner();

    List<PartnerSuggestions.Suggestion> again =
        suggestions.bestPartners(company, participants, Set.of(Pair.of(company, top)), 12);

    assertThat(again).extracting(PartnerSuggestions.Suggestion::partner).doesNotContain(top);
  }

  @Property(tries = 60)
  void best_pairs_are_the_top_of_all_new_pairs_sorted(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int k) {
    List<Participant> participants = RandomEvents.participants(seed, 6, 5);
    Set<Pair> existing = Set.of(new Pair("C001", "A001"), new Pair("C002", "A003"));

    List<PartnerSuggestions.PairSuggestion> best = suggestions.bestPairs(participants, existing, k);

    // Reference: score every pair, drop existing and zero ones, sort, cut.
    List<double[]> all = new ArrayList<>();
    for (Participant c : participants.subList(0, 6)) {
      for (Participant a : participants.subList(6, 11)) {
        double total = model.score(c, a, context).total();
        if (!existing.contains(Pair.of(c, a)) && total > 0) {
          all.add(new double[] {total});
        }
      }
    }
    all.sort((x, y) -> Double.compare(y[0], x[0]));
    assertThat(best).hasSize(Math.min(k, all.size()));
    for (int i = 0; i < best.size(); i++) {
      assertThat(best.get(i).affinity().total()).isEqualTo(all.get(i)[0]);
      assertThat(existing).doesNotContain(best.get(i).pair());
    }
  }
}
