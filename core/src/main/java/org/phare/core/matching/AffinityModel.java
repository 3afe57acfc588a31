package org.phare.core.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;

/**
 * Scores how well a company and an association could work together, and says why.
 *
 * <p>With C the company, A the association, D(x) the domains of action, O(x) the objectives, K(x)
 * the partnership categories, P the territory's priority fragilities and w the {@link
 * AffinityWeights}:
 *
 * <pre>
 * affinity = w.sharedDomains           x |D(C) ∩ D(A)| / min(|D(C)|, |D(A)|)
 *          + w.priorityFragilities     x |D(C) ∩ D(A) ∩ P| / min(|P|, 3)
 *          + w.complementaryObjectives x |{o in O(C) : complement(o) in O(A)}| / min(|O(C)|, |O(A)|)
 *          + proximity points of the most local shared level (commune, EPCI, département, region)
 *          + w.commonCategories        x |K(C) ∩ K(A)| / min(|K(C)|, |K(A)|)
 * </pre>
 *
 * Each ratio is an overlap coefficient (shared part of the smaller profile), so a focused
 * association that shares its only domain with a broad company gets the full points, and declaring
 * many domains does not inflate scores. A ratio whose denominator is empty (no domain, no
 * objective, no category, no priority given) counts 0 and gives no reason. Priorities count at most
 * three, the number of priority domains PHARE perception studies ask for. The affinity lies in [0,
 * {@link AffinityWeights#maximum()}]; it is symmetric in its two arguments and has no NaN case
 * (inputs are sets, weights are checked finite).
 */
public final class AffinityModel {

  /** Priority fragilities counted at most (PHARE asks actors for 3 priority domains). */
  public static final int PRIORITIES_COUNTED = 3;

  private final AffinityWeights weights;

  public AffinityModel(AffinityWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** A model with {@link AffinityWeights#DEFAULTS}. */
  public static AffinityModel withDefaults() {
    return new AffinityModel(AffinityWeights.DEFAULTS);
  }

  public AffinityWeights weights() {
    return weights;
  }

  /**
   * The affinity between a company and an association, in either order.
   *
   * @throws IllegalArgumentException when both are of the same side
   */
  public Affinity score(Participant a, Participant b, AffinityContext context) {
    if (a.side() == b.side()) {
      throw new IllegalArgumentException(
          "affinity is between a company and an association, but "
              + a.id()
              + " and "
              + b.id()
              + " are both "
              + a.side().labelEn().toLowerCase(java.util.Locale.ROOT)
              + " participants");
    }
    Participant company = a.side() == Side.COMPANY ? a : b;
    Participant association = company == a ? b : a;
    List<Reason> reasons = new ArrayList<>(5);

    Set<Domain> shared = EnumSet.noneOf(Domain.class);
    shared.addAll(company.domains());
    shared.retainAll(association.domains());
    if (!shared.isEmpty() && weights.sharedDomains() > 0) {
      int smaller = Math.min(company.domains().size(), association.domains().size());
      reasons.add(
          new Reason.SharedDomains(
              List.copyOf(shared), weights.sharedDomains() * shared.size() / smaller));
    }

    Set<Domain> priorities = context.priorities();
    if (!priorities.isEmpty() && weights.priorityFragilities() > 0) {
      Set<Domain> onPriorities = EnumSet.noneOf(Domain.class);
      onPriorities.addAll(shared);
      onPriorities.retainAll(priorities);
      if (!onPriorities.isEmpty()) {
        int counted = Math.min(priorities.size(), PRIORITIES_COUNTED);
        int addressed = Math.min(onPriorities.size(), counted);
        reasons.add(
            new Reason.PriorityFragilities(
                List.copyOf(onPriorities), weights.priorityFragilities() * addressed / counted));
      }
    }

    List<CompanyObjective> complementary = new ArrayList<>();
    for (CompanyObjective objective : CompanyObjective.values()) {
      if (company.objectives().contains(objective)
          && association.objectives().contains(objective.complement())) {
        complementary.add(objective);
      }
    }
    if (!complementary.isEmpty() && weights.complementaryObjectives() > 0) {
      int smaller = Math.min(company.objectives().size(), association.objectives().size());
      reasons.add(
          new Reason.ComplementaryObjectives(
              complementary, weights.complementaryObjectives() * complementary.size() / smaller));
    }

    Level level = company.location().sharedLevel(association.location());
    if (level != null) {
      double points =
          switch (level) {
            case COMMUNE -> weights.sameCommune();
            case EPCI -> weights.sameEpci();
            case DEPARTEMENT -> weights.sameDepartement();
            case REGION -> weights.sameRegion();
            case COUNTRY -> 0;
          };
      if (points > 0) {
        reasons.add(new Reason.Proximity(level, company.location().code(level), points));
      }
    }

    Set<PartnershipCategory> categories = EnumSet.noneOf(PartnershipCategory.class);
    categories.addAll(company.categories());
    categories.retainAll(association.categories());
    if (!categories.isEmpty() && weights.commonCategories() > 0) {
      int smaller = Math.min(company.categories().size(), association.categories().size());
      reasons.add(
          new Reason.CommonCategories(
              List.copyOf(categories), weights.commonCategories() * categories.size() / smaller));
    }
    return Affinity.of(reasons);
  }
}
