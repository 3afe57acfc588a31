package org.phare.store.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.account.Permissions;
import org.phare.core.account.Role;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.EconomicStatus;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipObjective;
import org.phare.core.ecosystem.PartnershipStage;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.EventFormat;
import org.phare.core.matching.MutualWishes;
import org.phare.core.matching.Pair;
import org.phare.core.matching.PartnerSuggestions;
import org.phare.core.matching.Round;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemDatabase;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.store.message.Rendered;

class MatchingServiceTest {

  static final TerritoryId LOIRET = TerritoryId.of(Level.DEPARTEMENT, "45");
  static final Actor EDITOR =
      new Actor(0, "editeur-loiret", new Permissions(Role.EDITOR, List.of(LOIRET)));
  static final Actor VIEWER = new Actor(0, "lecteur", new Permissions(Role.VIEWER, List.of()));

  final EcosystemDatabase db = EcosystemDatabase.get();
  final EcosystemStore registry = db.services.registry();
  final MatchingService matching =
      new MatchingService(registry, t -> t.equals(LOIRET) ? List.of(Domain.EMPLOYMENT) : List.of());
  final SpeedDatingEvents events = new SpeedDatingEvents(db.jdbi, registry, matching);

  @BeforeEach
  void reset() {
    db.reset();
    db.jdbi.useHandle(h -> h.execute("TRUNCATE match_event CASCADE"));
  }

  long company(String name, String commune, Domain... domains) {
    return registry
        .create(
            Actor.SYSTEM,
            new Organisation(
                0,
                name,
                OrganisationType.COMPANY,
                CompanySize.SME,
                EconomicStatus.CLASSIC,
                false,
                commune,
                Set.of(domains),
                Set.of(PartnershipObjective.HR_AND_MANAGEMENT),
                new Contact(
                    "Jeanne Martin",
                    name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org",
                    "",
                    ""),
                null,
                0),
            true)
        .id();
  }

  long association(String name, String commune, Domain... domains) {
    return registry
        .create(
            Actor.SYSTEM,
            new Organisation(
                0,
                name,
                OrganisationType.ASSOCIATION,
                null,
                null,
                true,
                commune,
                Set.of(domains),
                Set.of(PartnershipObjective.PEOPLE_AND_SKILLS),
                new Contact("Paul Durand", "contact@" + name.length() + ".example.org", "", ""),
                null,
                0),
            true)
        .id();
  }

  SpeedDatingEvents.Event plan(int rounds, int tables, List<Long> organisations) {
    return events.create(
        EDITOR,
        new SpeedDatingEvents.NewEvent(
            null,
            LOIRET,
            LocalDate.of(2026, 12, 3),
            new EventFormat(rounds, tables, 8),
            organisations));
  }

  @Test
  void suggestions_come_from_the_same_departement_and_leave_out_existing_partnerships() {
    long company = company("Boulangerie Loire", "45234", Domain.EMPLOYMENT);
    long close = association("Emploi Olivet", "45232", Domain.EMPLOYMENT);
    long other = association("Solidarité Orléans", "45234", Domain.POVERTY);
    long cher = association("Emploi Bourges", "18033", Domain.EMPLOYMENT);
    registry.create(
        Actor.SYSTEM,
        new Organisation(
            0,
            "Mairie d'Orléans",
            OrganisationType.LOCAL_AUTHORITY,
            null,
            null,
            false,
            "45234",
            Set.of(Domain.EMPLOYMENT),
            Set.of(),
            Contact.NONE,
            null,
            0),
        true);

    MatchingService.OrganisationSuggestions before = matching.suggestionsFor(company, 10);
    assertThat(before.territory()).isEqualTo(LOIRET);
    assertThat(before.context().priorities()).containsExactly(Domain.EMPLOYMENT);
    List<String> ids = before.suggestions().stream().map(s -> s.partner().id()).toList();
    // Shared priority domain and complementary objectives rank the Olivet association first; the
    // Cher association and the local authority are never candidates.
    assertThat(ids).startsWith(Long.toString(close)).doesNotContain(Long.toString(cher));
    assertThat(ids)
        .allMatch(id -> id.equals(Long.toString(close)) || id.equals(Long.toString(other)));
    assertThat(before.suggestions().get(0).affinity().reasons()).isNotEmpty();

    registry.create(Actor.SYSTEM, partnership(company, close));
    List<String> after =
        matching.suggestionsFor(company, 10).suggestions().stream()
            .map(s -> s.partner().id())
            .toList();
    assertThat(after).doesNotContain(Long.toString(close));

    List<PartnerSuggestions.PairSuggestion> pairs = matching.bestPairs(LOIRET, 5).pairs();
    assertThat(pairs)
        .extracting(PartnerSuggestions.PairSuggestion::pair)
        .doesNotContain(new Pair(Long.toString(company), Long.toString(close)));
  }

  @Test
  void a_local_authority_gets_a_clear_refusal() {
    long mairie =
        registry
            .create(
                Actor.SYSTEM,
                new Organisation(
                    0,
                    "Mairie d'Olivet",
                    OrganisationType.LOCAL_AUTHORITY,
                    null,
                    null,
                    false,
                    "45232",
                    Set.of(),
                    Set.of(),
                    Contact.NONE,
                    null,
                    0),
                true)
            .id();
    assertThatThrownBy(() -> matching.suggestionsFor(mairie, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> assertThat(Rendered.french(e)).contains("ni une entreprise ni une association"));
  }

  @Test
  void a_planned_event_reloads_as_planned_and_mutual_wishes_only_reveal_contacts() {
    long c1 = company("Garage Loire", "45234", Domain.EMPLOYMENT);
    long c2 = company("Imprimerie Olivet", "45232", Domain.POVERTY);
    long a1 = association("Insertion Orléans", "45234", Domain.EMPLOYMENT);
    long a2 = association("Resto Olivet", "45232", Domain.POVERTY);
    SpeedDatingEvents.Event event =
        events.create(
            EDITOR,
            new SpeedDatingEvents.NewEvent(
                "Rencontres du Loiret",
                LOIRET,
                LocalDate.of(2026, 12, 3),
                new EventFormat(2, 2, 8),
                List.of(c1, c2, a1, a2)));
    // 2 rounds x 2 tables with 2 companies and 2 associations: everyone meets everyone once.
    assertThat(event.schedule().pairs()).hasSize(4);
    assertThat(events.event(event.id()).schedule()).isEqualTo(event.schedule());

    events.wish(EDITOR, event.id(), c1, a1);
    events.wish(EDITOR, event.id(), a1, c1);
    events.wish(EDITOR, event.id(), c2, a2); // one-sided
    events.wish(EDITOR, event.id(), c2, a2); // repeated: counts once

    MutualWishes results = events.results(event.id());
    assertThat(results.pairs()).containsExactly(new Pair(Long.toString(c1), Long.toString(a1)));
    assertThat(events.contactsFor(EDITOR, event.id(), c1).matches())
        .extracting(o -> o.contact().email())
        .containsExactly("contact@17.example.org");
    assertThat(events.contactsFor(EDITOR, event.id(), c2).matches()).isEmpty();
    assertThat(events.contactsFor(EDITOR, event.id(), a2).matches()).isEmpty();

    assertThatThrownBy(
            () -> events.createPartnership(EDITOR, event.id(), c2, a2, PartnershipCategory.MECENAT))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(Rendered.french(e)).contains("Pas de souhait réciproque"));
    assertThatThrownBy(
            () -> events.createPartnership(VIEWER, event.id(), c1, a1, PartnershipCategory.MECENAT))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    Partnership opened =
        events.createPartnership(EDITOR, event.id(), c1, a1, PartnershipCategory.MECENAT);
    assertThat(opened.stage()).isEqualTo(PartnershipStage.PREPARE);
    assertThat(opened.memberIds()).containsExactly(c1, a1);
    assertThat(registry.partnership(opened.id())).isPresent();
  }

  @Test
  void replanning_after_mutual_wishes_keeps_the_results_readable_and_ignores_pairs_no_longer_met() {
    long c1 = company("Garage Loire", "45234", Domain.EMPLOYMENT);
    long c2 = company("Imprimerie Olivet", "45232", Domain.POVERTY);
    long a1 = association("Insertion Orléans", "45234", Domain.EMPLOYMENT);
    long a2 = association("Resto Olivet", "45232", Domain.POVERTY);
    SpeedDatingEvents.Event event = plan(2, 2, List.of(c1, c2, a1, a2));
    events.wish(EDITOR, event.id(), c1, a1);
    events.wish(EDITOR, event.id(), a1, c1);
    events.wish(EDITOR, event.id(), c2, a2);
    events.wish(EDITOR, event.id(), a2, c2);
    assertThat(events.results(event.id()).pairs()).hasSize(2);

    // a1 is absent: re-planned from round 0, c1 and a1 no longer meet
    SpeedDatingEvents.Event replanned = events.replan(EDITOR, event.id(), 0, Set.of(a1), Set.of());
    assertThat(replanned.schedule().pairs())
        .doesNotContain(new Pair(Long.toString(c1), Long.toString(a1)));

    MutualWishes results = events.results(event.id());
    assertThat(results.pairs())
        .allSatisfy(pair -> assertThat(replanned.schedule().pairs()).contains(pair))
        .doesNotContain(new Pair(Long.toString(c1), Long.toString(a1)));
    assertThat(events.contactsFor(EDITOR, event.id(), c1).matches()).isEmpty();
    // the wish recorded under the first schedule is kept as history, not replayed
    assertThat(
            MutualWishes.historical(
                replanned.schedule(),
                List.of(new MutualWishes.Wish(Long.toString(c1), Long.toString(a1)))))
        .hasSize(1);
  }

  @Test
  void a_wish_about_someone_not_met_or_from_a_viewer_is_refused() {
    long c1 = company("Garage Loire", "45234", Domain.EMPLOYMENT);
    long a1 = association("Insertion Orléans", "45234", Domain.EMPLOYMENT);
    long c2 = company("Imprimerie Olivet", "45232", Domain.POVERTY);
    SpeedDatingEvents.Event event = plan(1, 1, List.of(c1, c2, a1));
    long other =
        event.schedule().pairs().iterator().next().companyId().equals(Long.toString(c1)) ? c2 : c1;
    assertThatThrownBy(() -> events.wish(EDITOR, event.id(), other, a1))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(Rendered.french(e)).contains("ne se sont pas rencontrés"));
    assertThatThrownBy(
            () ->
                events.create(
                    VIEWER,
                    new SpeedDatingEvents.NewEvent(
                        null,
                        LOIRET,
                        LocalDate.of(2026, 12, 3),
                        new EventFormat(1, 1, 8),
                        List.of(c1, a1))))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
  }

  @Test
  void replanning_after_an_absence_keeps_the_rounds_played() {
    long c1 = company("Garage Loire", "45234", Domain.EMPLOYMENT);
    long c2 = company("Imprimerie Olivet", "45232", Domain.POVERTY);
    long c3 = company("Menuiserie Orléans", "45234", Domain.ISOLATION);
    long a1 = association("Insertion Orléans", "45234", Domain.EMPLOYMENT);
    long a2 = association("Resto Olivet", "45232", Domain.POVERTY);
    long a3 = association("Voisins Orléans", "45234", Domain.ISOLATION);
    SpeedDatingEvents.Event event = plan(3, 3, List.of(c1, c2, c3, a1, a2, a3));
    Round first = event.schedule().rounds().get(0);
    long late = association("Sport Olivet", "45232", Domain.ISOLATION);

    SpeedDatingEvents.Event replanned =
        events.replan(EDITOR, event.id(), 1, Set.of(a2), Set.of(late));

    assertThat(replanned.roundsPlayed()).isEqualTo(1);
    assertThat(replanned.schedule().rounds().get(0)).isEqualTo(first);
    String absent = Long.toString(a2);
    for (Round round : replanned.schedule().rounds().subList(1, 3)) {
      assertThat(round.meetings()).noneMatch(m -> m.involves(absent));
    }
    assertThat(replanned.schedule().forParticipant(Long.toString(late)).get(0).status())
        .isEqualTo(org.phare.core.matching.Schedule.Status.ABSENT);
    assertThat(replanned.schedule().forParticipant(Long.toString(late)).subList(1, 3))
        .anyMatch(s -> s.status() == org.phare.core.matching.Schedule.Status.MEETING);
    // No pair meets twice across kept and re-planned rounds.
    long meetings =
        replanned.schedule().rounds().stream().mapToLong(r -> r.meetings().size()).sum();
    assertThat(replanned.schedule().pairs()).hasSize((int) meetings);
    assertThat(replanned.present()).doesNotContain(absent).contains(Long.toString(late));
    assertThatThrownBy(() -> events.replan(EDITOR, event.id(), 0, Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chosen_priorities_replace_the_diagnosed_ones_and_stay_with_the_event() {
    long c = company("Garage Loire", "45234", Domain.POVERTY);
    long a = association("Resto Olivet", "45232", Domain.POVERTY);
    SpeedDatingEvents.Event event =
        events.create(
            EDITOR,
            new SpeedDatingEvents.NewEvent(
                null,
                LOIRET,
                LocalDate.of(2026, 12, 3),
                new EventFormat(1, 1, 8),
                List.of(c, a),
                Set.of(Domain.POVERTY)));
    // The Loiret's diagnosed priority is EMPLOYMENT (see the service above); the organiser's wins.
    assertThat(events.event(event.id()).context().priorities()).containsExactly(Domain.POVERTY);
    assertThat(plan(1, 1, List.of(c, a)).context().priorities()).containsExactly(Domain.EMPLOYMENT);
  }

  @Test
  void quality_compares_the_stored_plan_with_its_upper_bound_before_and_after_a_replan() {
    long c1 = company("Garage Loire", "45234", Domain.EMPLOYMENT);
    long c2 = company("Imprimerie Olivet", "45232", Domain.POVERTY);
    long a1 = association("Insertion Orléans", "45234", Domain.EMPLOYMENT);
    long a2 = association("Resto Olivet", "45232", Domain.POVERTY);
    SpeedDatingEvents.Event event = plan(2, 2, List.of(c1, c2, a1, a2));
    org.phare.core.matching.AffinityModel model = matching.model();
    java.util.Map<String, org.phare.core.matching.Participant> byId = new java.util.HashMap<>();
    event.schedule().participants().forEach(p -> byId.put(p.id(), p));
    java.util.function.ToDoubleBiFunction<Long, Long> affinity =
        (c, a) ->
            model.score(byId.get(c.toString()), byId.get(a.toString()), event.context()).total();

    // Hand computation: 2 x 2 participants, 2 rounds of 2 tables, so every one of the 4 pairs
    // meets and no plan can do better than their sum. Tolerance 1e-4: the bound adds half a
    // scaled unit (1e-7 of the largest affinity) per pair.
    double all =
        affinity.applyAsDouble(c1, a1)
            + affinity.applyAsDouble(c1, a2)
            + affinity.applyAsDouble(c2, a1)
            + affinity.applyAsDouble(c2, a2);
    org.phare.core.matching.SpeedDatingPlan quality = events.quality(event);
    assertThat(quality.totalAffinity()).isCloseTo(all, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(quality.upperBound()).isCloseTo(all, org.assertj.core.data.Offset.offset(1e-4));

    // a2 leaves after round 1: round 2 can only seat a1 with the company it has not met yet.
    SpeedDatingEvents.Event replanned = events.replan(EDITOR, event.id(), 1, Set.of(a2), Set.of());
    Round first = replanned.schedule().rounds().get(0);
    long partnerOfA1InRound1 =
        first.meetings().stream()
            .filter(m -> m.involves(Long.toString(a1)))
            .mapToLong(m -> Long.parseLong(m.company().id()))
            .findFirst()
            .orElseThrow();
    long other = partnerOfA1InRound1 == c1 ? c2 : c1;
    double expected = first.totalAffinity() + affinity.applyAsDouble(other, a1);
    org.phare.core.matching.SpeedDatingPlan after = events.quality(replanned);
    assertThat(after.upperBound()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(after.totalAffinity())
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void candidates_are_the_companies_and_associations_of_the_territory_by_name() {
    long garage = company("Garage Loire", "45234", Domain.EMPLOYMENT);
    long aide = association("Aide Olivet", "45232", Domain.POVERTY);
    association("Emploi Bourges", "18033", Domain.EMPLOYMENT);
    registry.create(
        Actor.SYSTEM,
        new Organisation(
            0,
            "Mairie d'Olivet",
            OrganisationType.LOCAL_AUTHORITY,
            null,
            null,
            false,
            "45232",
            Set.of(),
            Set.of(),
            Contact.NONE,
            null,
            0),
        true);
    assertThat(events.candidates(LOIRET, 100))
        .extracting(Organisation::id)
        .containsExactly(aide, garage);
    assertThat(events.candidates(LOIRET, 1)).extracting(Organisation::id).containsExactly(aide);
    assertThatThrownBy(() -> plan(1, 1, List.of(garage)))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(Rendered.french(e)).contains("aucune association"));
    // A commune offers its département's organisations.
    assertThat(events.candidates(TerritoryId.of(Level.COMMUNE, "45234"), 100))
        .extracting(Organisation::id)
        .containsExactly(aide, garage);
  }

  static Partnership partnership(long a, long b) {
    return new Partnership(
        0,
        "Parrainage",
        List.of(a, b),
        PartnershipCategory.MECENAT,
        null,
        Set.of(),
        LOIRET,
        null,
        null,
        Set.of(),
        PartnershipStage.LAUNCH_AND_STEER,
        null,
        Set.of(),
        0);
  }

  @Test
  void
      an_editor_cannot_invite_an_organisation_of_another_territory_and_only_organisers_get_contacts() {
    long c1 = company("Garage Loire", "45234", Domain.EMPLOYMENT);
    long a1 = association("Insertion Orléans", "45234", Domain.EMPLOYMENT);
    long cher = association("Emploi Bourges", "18033", Domain.EMPLOYMENT);
    assertThatThrownBy(
            () ->
                events.create(
                    EDITOR,
                    new SpeedDatingEvents.NewEvent(
                        "Rencontres",
                        LOIRET,
                        LocalDate.of(2026, 12, 3),
                        new EventFormat(1, 1, 8),
                        List.of(c1, a1, cher))))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RefusalKind.REFUSED);
              assertThat(e.first().code()).isEqualTo("registry.link.other-territory");
              assertThat(Rendered.french(e)).contains("« Emploi Bourges »", "située à Bourges");
            });
    SpeedDatingEvents.Event event =
        events.create(
            EDITOR,
            new SpeedDatingEvents.NewEvent(
                "Rencontres",
                LOIRET,
                LocalDate.of(2026, 12, 3),
                new EventFormat(1, 1, 8),
                List.of(c1, a1)));
    // A late arrival from the Cher is refused the same way.
    assertThatThrownBy(() -> events.replan(EDITOR, event.id(), 0, Set.of(), Set.of(cher)))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.first().code()).isEqualTo("registry.link.other-territory"));
    // Contacts go to organisers only: a viewer is refused.
    assertThatThrownBy(() -> events.contactsFor(VIEWER, event.id(), c1))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
  }
}
