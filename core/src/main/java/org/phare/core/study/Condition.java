package org.phare.core.study;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a question is asked: only to some actor types ({@code actors}, empty for all), and only if
 * the answer to another question ({@code question}, null for none) is one of {@code anyOf}. The
 * PHARE grid uses both: Q4 and Q8 for mayors only, the categories practised only if the practice
 * question was answered "yes".
 *
 * @param actors actor type codes ({@code CITIZENS}, {@code COMPANIES}, {@code ASSOCIATIONS}, {@code
 *     MAYORS}); empty: every actor type
 */
public record Condition(Set<String> actors, String question, Set<String> anyOf) {

  /** Always asked. */
  public static final Condition ALWAYS = new Condition(Set.of(), null, Set.of());

  public Condition {
    actors = actors == null ? Set.of() : Set.copyOf(actors);
    anyOf = anyOf == null ? Set.of() : Set.copyOf(anyOf);
  }

  /** Whether the question is asked to {@code actor}, whatever the other answers. */
  public boolean asks(String actor) {
    return actors.isEmpty() || actors.contains(actor);
  }

  /**
   * Whether the question is shown to {@code actor} given the answers so far (a question whose
   * condition question is unanswered is not shown).
   */
  public boolean shown(String actor, Map<String, List<String>> answers) {
    if (!asks(actor)) {
      return false;
    }
    if (question == null) {
      return true;
    }
    List<String> given = answers.get(question);
    return given != null && given.stream().anyMatch(anyOf::contains);
  }
}
