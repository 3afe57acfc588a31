package org.phare.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.phare.core.indicator.Domain.EDUCATION;
import static org.phare.core.indicator.Domain.EMPLOYMENT;
import static org.phare.core.indicator.Domain.HEALTH;
import static org.phare.core.indicator.Domain.HOUSING;
import static org.phare.core.indicator.Domain.MOBILITY;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.territory.Level;
import org.phare.core.testing.RandomEvents;

class AffinityModelTest {

  private final AffinityModel model = AffinityModel.withDefaults();

  static Participant company() {
    return new Participant(
        "C1",
        "Boulangerie du Nord",
        Side.COMPANY,
        Set.of(EMPLOYMENT, HEALTH, EDUCATION),
        new Location("59350", "200093201", "59", "32"),
        Set.of(CompanyObjective.HR_MANAGEMENT, CompanyObjective.INNOVATION),
        Set.of(PartnershipCategory.MECENAT));
  }

  static Participant association() {
    return new Participant(
        "A1",
        "Les Amis du quartier",
        Side.ASSOCIATION,
        Set.of(HEALTH, EDUCATION),
        new Location("59599", "200093201", "59", "32"),
        Set.of(
            AssociationObjective.PEOPLE_AND_SKILLS,
            AssociationObjective.ECONOMIC_RESOURCES,
            AssociationObjective.INNOVATION),
        Set.of(PartnershipCategory.MECENAT, PartnershipCategory.SOCIETAL_INNOVATION));
  }

  @Test
  void affinity_adds_the_explained_criteria_computed_by_hand() {
    Affinity affinity =
        model.score(
            company(), association(), new AffinityContext(Set.of(HEALTH, HOUSING, MOBILITY)));

    // Hand computation with the default weights (30, 25, 20, 15/12/8/4, 10):
    //  shared domains {HEALTH, EDUCATION}: 30 x 2 / min(3, 2)          = 30
    //  on priorities {HEALTH}: 25 x 1 / min(3 priorities, 3)            = 8.3333
    //  objectives HR<->people and skills, innovation<->innovation: 20 x 2 / min(2, 3) = 20
    //  same EPCI 200093201, different communes                          = 12
    //  categories {MECENAT}: 10 x 1 / min(1, 2)                         = 10
    assertThat(affinity.total()).isCloseTo(30 + 25.0 / 3 + 20 + 12 + 10, within(1e-12));
    assertThat(affinity.reasons())
        .extracting(Reason::code)
        .containsExactly(
            "SHARED_DOMAINS",
            "COMPLEMENTARY_OBJECTIVES",
            "PROXIMITY",
            "COMMON_CATEGORIES",
            "PRIORITY_FRAGILITIES");
    assertThat(affinity.reasons())
        .extracting(Reason::points)
        .containsExactly(30.0, 20.0, 12.0, 10.0, 25.0 / 3);
  }

  @Test
  void reasons_read_in_french_and_in_english() {
    Affinity affinity =
        model.score(
            company(), association(), new AffinityContext(Set.of(HEALTH, HOUSING, MOBILITY)));

    assertThat(affinity.reasons())
        .extracting(Reason::fr)
        .containsExactly(
            "Domaines d’action en commun : Éducation ; Santé",
            "Objectifs complémentaires : optimiser la gestion des ressources humaines (RH,"
                + " management) ↔ mobiliser des ressources humaines et des compétences ; participer"
                + " à une innovation sociale et sociétale ↔ innover",
            "Même intercommunalité (EPCI 200093201)",
            "Ouverts tous deux à : mécénat",
            "Peuvent agir ensemble sur une fragilité prioritaire du territoire : Santé");
    assertThat(affinity.reasons())
        .extracting(Reason::en)
        .containsExactly(
            "Shared domains of action: Education ; Health",
            "Complementary objectives: human resources and management ↔ people and skills ;"
                + " social and societal innovation ↔ innovation",
            "Same intercommunality (EPCI 200093201)",
            "Both open to: sponsorship (mécénat)",
            "Can act together on a priority fragility of the territory: Health");
    Reason.SharedDomains shared = (Reason.SharedDomains) affinity.reasons().get(0);
    assertThat(shared.domains()).containsExactly(EDUCATION, HEALTH);
  }

  @Test
  void only_the_most_local_shared_level_counts() {
    Participant company = company();
    Participant sameCommune = withLocation(association(), new Location("59350", null, null, null));
    Participant sameDepartement =
        withLocation(association(), new Location("59001", "200000001", "59", "32"));
    Participant sameRegion =
        withLocation(association(), new Location("62001", "200000002", "62", "32"));
    Participant elsewhere =
        withLocation(association(), new Location("75056", "200054781", "75", "11"));

    assertThat(proximity(company, sameCommune))
        .isEqualTo(new Reason.Proximity(Level.COMMUNE, "59350", 15));
    assertThat(proximity(company, sameDepartement))
        .isEqualTo(new Reason.Proximity(Level.DEPARTEMENT, "59", 8));
    assertThat(proximity(company, sameRegion))
        .isEqualTo(new Reason.Proximity(Level.REGION, "32", 4));
    assertThat(proximity(company, elsewhere)).isNull();
  }

  @Test
  void empty_profiles_have_no_affinity_and_no_reason() {
    Participant bareCompany =
        new Participant(
            "C", null, Side.COMPANY, Set.of(), Location.ofCommune("1"), Set.of(), Set.of());
    Participant bareAssociation =
        new Participant(
            "A", null, Side.ASSOCIATION, Set.of(), Location.ofCommune("2"), Set.of(), Set.of());

    Affinity affinity =
        model.score(bareCompany, bareAssociation, new AffinityContext(Set.of(HEALTH)));

    assertThat(affinity).isEqualTo(Affinity.NONE);
    assertThat(bareCompany.name()).isEqualTo("C");
  }

  @Test
  void priorities_count_at_most_three() {
    Participant company = company();
    Participant association = association();
    // Both act on HEALTH and EDUCATION; 5 priorities are given, 3 are counted: 25 x 2 / 3.
    Affinity affinity =
        model.score(
            company,
            association,
            new AffinityContext(Set.of(HEALTH, EDUCATION, HOUSING, MOBILITY, EMPLOYMENT)));
    assertThat(affinity.reasons())
        .filteredOn(r -> r instanceof Reason.PriorityFragilities)
        .extracting(Reason::points)
        .containsExactly(25.0 * 2 / 3);
  }

  @Test
  void weights_are_configurable_and_a_zero_weight_hides_its_reason() {
    AffinityModel domainsOnly = new AffinityModel(new AffinityWeights(1, 0, 0, 0, 0, 0, 0, 0));

    Affinity affinity = domainsOnly.score(company(), association(), AffinityContext.NONE);

    assertThat(affinity.total()).isEqualTo(1.0);
    assertThat(affinity.reasons()).extracting(Reason::code).containsExactly("SHARED_DOMAINS");
    assertThat(AffinityWeights.DEFAULTS.maximum()).isEqualTo(100.0);
    assertThatThrownBy(() -> new AffinityWeights(-1, 0, 0, 0, 0, 0, 0, 0))
        .hasMessageContaining("sharedDomains");
    assertThatThrownBy(() -> new AffinityWeights(Double.NaN, 0, 0, 0, 0, 0, 0, 0))
        .hasMessageContaining("sharedDomains");
  }

  @Test
  void two_organisations_of_the_same_side_have_no_affinity() {
    Participant other =
        new Participant(
            "C2", null, Side.COMPANY, Set.of(HEALTH), Location.ofCommune("1"), Set.of(), Set.of());
    assertThatThrownBy(() -> model.score(company(), other, AffinityContext.NONE))
        .hasMessageContaining("C1 and C2 are both company");
  }

  @Test
  void a_participant_cannot_hold_objectives_of_the_other_side() {
    assertThatThrownBy(
            () ->
                new Participant(
                    "C9",
                    null,
                    Side.COMPANY,
                    Set.of(),
                    Location.ofCommune("1"),
                    Set.of(AssociationObjective.INNOVATION),
                    Set.of()))
        .hasMessageContaining("matching.objective.wrong-side")
        .hasMessageContaining("participant=C9, side=COMPANY, objective=INNOVATION");
  }

  @Test
  void every_company_objective_has_a_distinct_complement() {
    assertThat(List.of(CompanyObjective.values()))
        .extracting(CompanyObjective::complement)
        .containsExactlyInAnyOrder(AssociationObjective.values());
    for (AssociationObjective objective : AssociationObjective.values()) {
      assertThat(objective.complement().complement()).isEqualTo(objective);
    }
  }

  @Property(tries = 200)
  void affinity_is_symmetric_bounded_and_the_sum_of_its_reasons(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 16) int priorityCount) {
    List<Participant> pair = RandomEvents.participants(seed, 1, 1);
    java.util.Set<org.phare.core.indicator.Domain> priorities =
        java.util.EnumSet.noneOf(org.phare.core.indicator.Domain.class);
    for (int i = 0; i < priorityCount; i++) {
      priorities.add(
          org.phare.core.indicator.Domain.values()[(int) Math.floorMod(seed + 7L * i, 16)]);
    }
    AffinityContext context = new AffinityContext(priorities);

    Affinity ab = model.score(pair.get(0), pair.get(1), context);
    Affinity ba = model.score(pair.get(1), pair.get(0), context);

    assertThat(ab).isEqualTo(ba);
    assertThat(ab.total()).isBetween(0.0, AffinityWeights.DEFAULTS.maximum() + 1e-9);
    assertThat(ab.total())
        .isCloseTo(ab.reasons().stream().mapToDouble(Reason::points).sum(), within(1e-12));
    assertThat(ab.reasons()).allSatisfy(r -> assertThat(r.points()).isPositive());
  }

  @Property(tries = 50)
  void the_fast_matrix_agrees_with_the_explained_score(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int priorityCount) {
    List<Participant> participants = RandomEvents.participants(seed, 6, 7);
    List<Participant> companies = participants.subList(0, 6);
    List<Participant> associations = participants.subList(6, 13);
    AffinityContext context =
        new AffinityContext(
            java.util.EnumSet.copyOf(
                List.of(org.phare.core.indicator.Domain.values()).subList(0, priorityCount + 1)));

    double[][] totals = model.totals(companies, associations, context);

    for (int c = 0; c < 6; c++) {
      for (int a = 0; a < 7; a++) {
        assertThat(totals[c][a])
            .isCloseTo(
                model.score(companies.get(c), associations.get(a), context).total(), within(1e-9));
      }
    }
  }

  private Reason proximity(Participant a, Participant b) {
    return model.score(a, b, AffinityContext.NONE).reasons().stream()
        .filter(r -> r instanceof Reason.Proximity)
        .findFirst()
        .orElse(null);
  }

  private static Participant withLocation(Participant p, Location location) {
    return new Participant(
        p.id(), p.name(), p.side(), p.domains(), location, p.objectives(), p.categories());
  }
}
