package org.phare.store.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.AffinityContext;
import org.phare.core.matching.AffinityModel;
import org.phare.core.matching.Pair;
import org.phare.core.matching.Participant;
import org.phare.core.matching.PartnerSuggestions;
import org.phare.core.matching.Side;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemStore;

/**
 * Partner suggestions from the registry: the best partners of the other side for one organisation
 * in its département, and the best pairs of a territory not yet in partnership, each with the
 * affinity reasons of {@link AffinityModel}. Priorities are the territory's diagnosed priority
 * fragilities (given by the caller, so that the registry can be matched without indicator data).
 */
public final class MatchingService {

  /**
   * Most organisations read for one territory; beyond it suggestions use the first ones by name.
   */
  static final int MAX_ORGANISATIONS = 10_000;

  private final EcosystemStore registry;
  private final Participants participants;
  private final Function<TerritoryId, List<Domain>> priorities;
  private final AffinityModel model;

  /**
   * @param priorities the diagnosed priority domains of a territory (empty when it has no
   *     diagnosis), e.g. {@code diagnostics.diagnose(t, Reference.NATIONAL, null).priorities()}
   */
  public MatchingService(EcosystemStore registry, Function<TerritoryId, List<Domain>> priorities) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.participants = new Participants(registry);
    this.priorities = Objects.requireNonNull(priorities, "priorities");
    this.model = AffinityModel.withDefaults();
  }

  /**
   * Over the application: priorities are the territory's priority fragilities diagnosed against the
   * national reference with the latest vintage; a territory without indicator data gets none.
   */
  public static MatchingService of(
      org.phare.store.PhareServices phare, org.phare.store.ecosystem.EcosystemServices ecosystem) {
    return new MatchingService(
        ecosystem.registry(),
        territory -> {
          try {
            return phare
                .diagnostics()
                .diagnose(territory, org.phare.core.diagnostic.Reference.NATIONAL, null)
                .priorities();
          } catch (RuntimeException noDiagnosis) {
            return List.of();
          }
        });
  }

  public Participants participants() {
    return participants;
  }

  public AffinityModel model() {
    return model;
  }

  /** The matching context of a territory: its diagnosed priority domains. */
  public AffinityContext context(TerritoryId territory) {
    List<Domain> domains = priorities.apply(territory);
    return new AffinityContext(
        domains == null || domains.isEmpty()
            ? EnumSet.noneOf(Domain.class)
            : EnumSet.copyOf(domains));
  }

  /** Suggestions for one organisation, with the territory they were sought in. */
  public record OrganisationSuggestions(
      Organisation organisation,
      TerritoryId territory,
      AffinityContext context,
      List<PartnerSuggestions.Suggestion> suggestions) {}

  /** Best pairs of a territory, with its context. */
  public record TerritoryPairs(
      TerritoryId territory,
      AffinityContext context,
      List<PartnerSuggestions.PairSuggestion> pairs) {}

  /**
   * The k best partners of the other side for an organisation, among the organisations of its
   * département (its region when the commune has no département), partnerships already in place
   * left out.
   *
   * @throws RefusedException (not found) when the organisation does not exist
   * @throws RefusedException when it is neither a company nor an association
   */
  public OrganisationSuggestions suggestionsFor(long organisationId, int k) {
    Organisation organisation =
        registry
            .organisation(organisationId)
            .orElseThrow(
                () ->
                    RefusedException.notFound(
                        "registry.not-found.organisation", "id", "id", organisationId));
    Participant self = participants.require(organisation);
    TerritoryId territory = departementOf(organisation);
    Family other = self.side() == Side.COMPANY ? Family.GENERAL_INTEREST : Family.ECONOMIC_ACTOR;
    List<Participant> candidates = new ArrayList<>();
    for (Organisation candidate :
        registry.organisations(territory, other, null, MAX_ORGANISATIONS, 0)) {
      participants.of(candidate).ifPresent(candidates::add);
    }
    AffinityContext context = context(territory);
    return new OrganisationSuggestions(
        organisation,
        territory,
        context,
        new PartnerSuggestions(model, context)
            .bestPartners(self, candidates, existingPairs(territory), k));
  }

  /** The k best company-association pairs of a territory not yet in partnership. */
  public TerritoryPairs bestPairs(TerritoryId territory, int k) {
    registry.territory(territory);
    List<Participant> all = new ArrayList<>();
    for (Organisation o : registry.organisations(territory, null, null, MAX_ORGANISATIONS, 0)) {
      participants.of(o).ifPresent(all::add);
    }
    AffinityContext context = context(territory);
    return new TerritoryPairs(
        territory,
        context,
        new PartnerSuggestions(model, context).bestPairs(all, existingPairs(territory), k));
  }

  /**
   * Company-association pairs that already work together in a partnership touching the territory
   * (any two members of a partnership, one of each side).
   */
  Set<Pair> existingPairs(TerritoryId territory) {
    Set<Pair> pairs = new HashSet<>();
    Map<Long, Side> sides = new java.util.HashMap<>();
    for (Partnership partnership : registry.partnerships(territory, MAX_ORGANISATIONS, 0)) {
      for (long a : partnership.memberIds()) {
        for (long b : partnership.memberIds()) {
          Side sa = sides.computeIfAbsent(a, this::sideOf);
          Side sb = sides.computeIfAbsent(b, this::sideOf);
          if (sa == Side.COMPANY && sb == Side.ASSOCIATION) {
            pairs.add(new Pair(Long.toString(a), Long.toString(b)));
          }
        }
      }
    }
    return pairs;
  }

  private Side sideOf(long organisationId) {
    return registry.organisation(organisationId).flatMap(Participants::side).orElse(null);
  }

  private TerritoryId departementOf(Organisation organisation) {
    Territory commune = registry.commune(organisation.communeCode());
    return commune
        .ancestor(Level.DEPARTEMENT)
        .or(() -> commune.ancestor(Level.REGION))
        .orElse(commune.id());
  }
}
