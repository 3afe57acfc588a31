package org.phare.core.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.phare.core.ecosystem.PartnershipCategory;
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
      double points = proximityPoints(level);
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

  /**
   * The affinity totals of every company (rows) with every association (columns), without the
   * reasons: the same formula as {@link #score}, computed on bit masks so that a planner can fill a
   * 100 x 100 matrix in well under a millisecond. Totals agree with {@link #score} up to the order
   * of floating-point additions.
   */
  public double[][] totals(
      List<Participant> companies, List<Participant> associations, AffinityContext context) {
    int priorities = mask(context.priorities());
    int counted = Math.min(Integer.bitCount(priorities), PRIORITIES_COUNTED);
    long[] companyMasks = new long[companies.size()];
    long[] associationMasks = new long[associations.size()];
    for (int c = 0; c < companies.size(); c++) {
      companyMasks[c] = masks(companies.get(c), Side.COMPANY);
    }
    for (int a = 0; a < associations.size(); a++) {
      associationMasks[a] = masks(associations.get(a), Side.ASSOCIATION);
    }
    double[][] totals = new double[companies.size()][associations.size()];
    for (int c = 0; c < companies.size(); c++) {
      long cm = companyMasks[c];
      Location cl = companies.get(c).location();
      for (int a = 0; a < associations.size(); a++) {
        long am = associationMasks[a];
        double total = 0;
        total += ratioPoints(weights.sharedDomains(), cm & DOMAINS, am & DOMAINS);
        if (counted > 0) {
          int onPriorities = Long.bitCount(cm & am & DOMAINS & priorities);
          total += weights.priorityFragilities() * Math.min(onPriorities, counted) / counted;
        }
        total += ratioPoints(weights.complementaryObjectives(), cm & OBJECTIVES, am & OBJECTIVES);
        total += ratioPoints(weights.commonCategories(), cm & CATEGORIES, am & CATEGORIES);
        Level level = cl.sharedLevel(associations.get(a).location());
        if (level != null) {
          total += proximityPoints(level);
        }
        totals[c][a] = total;
      }
    }
    return totals;
  }

  // Bit layout of a profile: domains 0-15, objectives 16-19 (association objectives at the bit
  // of the company objective they complement), categories 20-23.
  private static final long DOMAINS = 0xFFFFL;
  private static final long OBJECTIVES = 0xFL << 16;
  private static final long CATEGORIES = 0xFL << 20;

  private static long masks(Participant participant, Side expected) {
    if (participant.side() != expected) {
      throw new IllegalArgumentException(
          participant.id() + " is not a " + expected.labelEn().toLowerCase(java.util.Locale.ROOT));
    }
    long mask = mask(participant.domains());
    for (Objective objective : participant.objectives()) {
      CompanyObjective key =
          objective instanceof AssociationObjective association
              ? association.complement()
              : (CompanyObjective) objective;
      mask |= 1L << (16 + key.ordinal());
    }
    for (PartnershipCategory category : participant.categories()) {
      mask |= 1L << (20 + category.ordinal());
    }
    return mask;
  }

  private static int mask(Set<Domain> domains) {
    int mask = 0;
    for (Domain domain : domains) {
      mask |= 1 << domain.ordinal();
    }
    return mask;
  }

  /** weight x |x ∩ y| / min(|x|, |y|), 0 when the intersection is empty. */
  private static double ratioPoints(double weight, long x, long y) {
    int shared = Long.bitCount(x & y);
    if (shared == 0) {
      return 0;
    }
    return weight * shared / Math.min(Long.bitCount(x), Long.bitCount(y));
  }

  private double proximityPoints(Level level) {
    return switch (level) {
      case COMMUNE -> weights.sameCommune();
      case EPCI -> weights.sameEpci();
      case DEPARTEMENT -> weights.sameDepartement();
      case REGION -> weights.sameRegion();
      case COUNTRY -> 0;
    };
  }
}
