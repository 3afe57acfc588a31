package org.phare.core.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.phare.core.message.RefusedException;

/**
 * After a speed-dating, each participant marks whom they wish to see again; contacts are exchanged
 * only when both wish it (référentiel 2016, §3.2.1.1: "les coordonnées des participants qui
 * souhaitent mutuellement se revoir sont échangées").
 *
 * <p>The result holds mutual matches only: a one-sided wish leaves no trace in it, so neither side
 * can learn that it was wished or refused. Each mutual pair can then open a partnership at its
 * "prepare" stage.
 */
public final class MutualWishes {

  /** "{@code from} wishes to see {@code to} again." */
  public record Wish(String from, String to) {}

  private final Map<String, List<Participant>> contacts;
  private final List<Pair> pairs;

  private MutualWishes(Map<String, List<Participant>> contacts, List<Pair> pairs) {
    this.contacts = contacts;
    this.pairs = pairs;
  }

  /**
   * Resolves the wishes of an event. A wish must be about someone the participant met during the
   * event; repeated wishes count once.
   *
   * @throws IllegalArgumentException naming the wish that is about an unknown participant or about
   *     someone not met
   */
  public static MutualWishes resolve(Schedule schedule, Collection<Wish> wishes) {
    return resolve(schedule, wishes, true);
  }

  /**
   * Resolves the wishes recorded for an event whose schedule may have been re-planned since: a wish
   * about a pair that no longer meets (or about a participant no longer in the event) is kept as
   * history in the database but ignored here, so that re-planning never makes the event's page,
   * results or PDF unreadable. Only the pairs that meet in the current schedule can match.
   */
  public static MutualWishes resolveRecorded(Schedule schedule, Collection<Wish> wishes) {
    return resolve(schedule, wishes, false);
  }

  /** The wishes of {@code wishes} that the current schedule no longer allows (historical ones). */
  public static List<Wish> historical(Schedule schedule, Collection<Wish> wishes) {
    Set<Pair> met = schedule.pairs();
    List<Wish> out = new ArrayList<>();
    for (Wish wish : wishes) {
      if (pairMet(schedule, met, wish) == null) {
        out.add(wish);
      }
    }
    return List.copyOf(out);
  }

  private static MutualWishes resolve(Schedule schedule, Collection<Wish> wishes, boolean strict) {
    Set<Pair> met = schedule.pairs();
    Set<Pair> wishedByCompany = new HashSet<>();
    Set<Pair> wishedByAssociation = new HashSet<>();
    for (Wish wish : wishes) {
      if (strict) {
        // unknown participants are refused by name (404) before the pair is checked
        schedule.participant(wish.from());
        schedule.participant(wish.to());
      }
      Pair pair = pairMet(schedule, met, wish);
      if (pair == null) {
        if (strict) {
          throw RefusedException.refused(
              "matching.wish.not-met", "wishes", "from", wish.from(), "to", wish.to());
        }
        continue; // historical: recorded under an earlier schedule
      }
      Participant from = schedule.participant(wish.from());
      (from.side() == Side.COMPANY ? wishedByCompany : wishedByAssociation).add(pair);
    }
    Map<String, List<Participant>> contacts = new TreeMap<>();
    List<Pair> mutual = new ArrayList<>();
    for (Pair pair : met) {
      if (wishedByCompany.contains(pair) && wishedByAssociation.contains(pair)) {
        mutual.add(pair);
        Participant company = schedule.participant(pair.companyId());
        Participant association = schedule.participant(pair.associationId());
        contacts.computeIfAbsent(company.id(), id -> new ArrayList<>()).add(association);
        contacts.computeIfAbsent(association.id(), id -> new ArrayList<>()).add(company);
      }
    }
    contacts.replaceAll((id, list) -> List.copyOf(list));
    return new MutualWishes(contacts, List.copyOf(mutual));
  }

  /** The pair of the wish when both are in the schedule, on opposite sides, and met; else null. */
  private static Pair pairMet(Schedule schedule, Set<Pair> met, Wish wish) {
    Participant from = null;
    Participant to = null;
    for (Participant p : schedule.participants()) {
      if (p.id().equals(wish.from())) {
        from = p;
      }
      if (p.id().equals(wish.to())) {
        to = p;
      }
    }
    if (from == null || to == null || from.side() == to.side()) {
      return null;
    }
    Pair pair = Pair.of(from, to);
    return met.contains(pair) ? pair : null;
  }

  /** The participants whose contact this participant receives: mutual wishes only. */
  public List<Participant> contactsFor(String participantId) {
    return contacts.getOrDefault(participantId, List.of());
  }

  /** Every mutual pair, in the order the pairs met: candidates for a partnership. */
  public List<Pair> pairs() {
    return pairs;
  }
}
