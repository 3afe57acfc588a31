package org.phare.core.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Suggests partners: the best candidates for one organisation, or the best new pairs of a
 * territory, each with the {@link Affinity} that explains it. Ranking is by decreasing affinity;
 * ties are broken by ids so that the same input always gives the same list. Pairs with zero
 * affinity are never suggested (nothing to say why).
 */
public final class PartnerSuggestions {

  /** A suggested partner for one organisation. */
  public record Suggestion(Participant partner, Affinity affinity) {}

  /** A suggested new pair in a territory. */
  public record PairSuggestion(Participant company, Participant association, Affinity affinity) {
    public Pair pair() {
      return new Pair(company.id(), association.id());
    }
  }

  private final AffinityModel model;
  private final AffinityContext context;

  public PartnerSuggestions(AffinityModel model, AffinityContext context) {
    this.model = Objects.requireNonNull(model, "model");
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * The k best partners of {@code organisation} among {@code candidates}: only the other side
   * counts, and pairs in {@code existing} (partnerships already in place) are left out.
   */
  public List<Suggestion> bestPartners(
      Participant organisation, Collection<Participant> candidates, Set<Pair> existing, int k) {
    checkK(k);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Participant candidate : candidates) {
      if (candidate.side() == organisation.side()
          || existing.contains(Pair.of(organisation, candidate))) {
        continue;
      }
      Affinity affinity = model.score(organisation, candidate, context);
      if (affinity.total() > 0) {
        suggestions.add(new Suggestion(candidate, affinity));
      }
    }
    suggestions.sort(
        Comparator.comparingDouble((Suggestion s) -> -s.affinity().total())
            .thenComparing(s -> s.partner().id()));
    return List.copyOf(suggestions.subList(0, Math.min(k, suggestions.size())));
  }

  /**
   * The k best company-association pairs of a territory that are not yet in partnership. Costs
   * O(companies x associations x log k).
   */
  public List<PairSuggestion> bestPairs(
      Collection<Participant> organisations, Set<Pair> existing, int k) {
    checkK(k);
    List<Participant> companies =
        organisations.stream().filter(p -> p.side() == Side.COMPANY).toList();
    List<Participant> associations =
        organisations.stream().filter(p -> p.side() == Side.ASSOCIATION).toList();
    Comparator<PairSuggestion> better =
        Comparator.comparingDouble((PairSuggestion s) -> -s.affinity().total())
            .thenComparing(s -> s.company().id())
            .thenComparing(s -> s.association().id());
    // Min-heap on "better": its head is the worst of the k kept so far.
    PriorityQueue<PairSuggestion> kept = new PriorityQueue<>(better.reversed());
    for (Participant company : companies) {
      for (Participant association : associations) {
        if (existing.contains(new Pair(company.id(), association.id()))) {
          continue;
        }
        Affinity affinity = model.score(company, association, context);
        if (affinity.total() <= 0 || k == 0) {
          continue;
        }
        PairSuggestion suggestion = new PairSuggestion(company, association, affinity);
        if (kept.size() < k) {
          kept.add(suggestion);
        } else if (better.compare(suggestion, kept.peek()) < 0) {
          kept.poll();
          kept.add(suggestion);
        }
      }
    }
    List<PairSuggestion> best = new ArrayList<>(kept);
    best.sort(better);
    return List.copyOf(best);
  }

  private static void checkK(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("number of suggestions must be >= 0, got " + k);
    }
  }
}
