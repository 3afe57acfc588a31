package org.phare.store.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Permissions;
import org.phare.core.account.Role;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemDatabase;
import org.phare.store.message.MessageCatalogue;
import org.phare.store.message.Rendered;
import org.phare.store.perception.Actor;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;

/**
 * Studies on the embedded PostgreSQL with the test referential of {@link EcosystemDatabase} (Loiret
 * 45: Orléans 45234, Olivet 45232; Cher 18: Bourges 18033). "Today" is fixed at 2026-12-06 (Paris)
 * unless a test moves it.
 */
class StudyStoreTest {

  static final TerritoryId LOIRET = TerritoryId.of(Level.DEPARTEMENT, "45");
  static final org.phare.core.account.Actor ORGANISER =
      new org.phare.core.account.Actor(
          0, "editeur-loiret", new Permissions(Role.EDITOR, List.of(LOIRET)));
  static final org.phare.core.account.Actor CHER_EDITOR =
      new org.phare.core.account.Actor(
          0,
          "editeur-cher",
          new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.DEPARTEMENT, "18"))));

  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  final EcosystemDatabase db = EcosystemDatabase.get();
  final StudyStore store = at(TODAY);

  static String fr(org.phare.core.message.Refusal r) {
    return MessageCatalogue.get().render(r, MessageCatalogue.FRENCH);
  }

  StudyStore at(LocalDate day) {
    Clock clock =
        Clock.fixed(
            day.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
            ZoneId.of("Europe/Paris"));
    return new StudyStore(db.jdbi, db.referential, clock);
  }

  @BeforeEach
  void reset() {
    db.jdbi.useHandle(h -> h.execute("TRUNCATE study, study_rate RESTART IDENTITY CASCADE"));
  }

  StudyStore.NewStudy loiretStudy() {
    return new StudyStore.NewStudy(
        "Perceptions du Loiret 2026",
        LOIRET,
        EnumSet.of(Actor.CITIZENS, Actor.COMPANIES),
        TODAY.minusDays(1),
        TODAY.plusDays(30),
        "Conseil départemental du Loiret",
        "Les réponses sont anonymes et servent au diagnostic du territoire.");
  }

  StudyStore.Study published() {
    StudyStore.Study s = store.create(ORGANISER, loiretStudy());
    return store.publish(ORGANISER, s.id());
  }

  /** A complete citizen answer (the grid's profile, 16 ratings, 3 priorities, innovation). */
  static Map<String, List<String>> citizen(String commune) {
    Map<String, List<String>> a = new LinkedHashMap<>();
    a.put("sex", List.of("MALE"));
    a.put("age", List.of("A25_34"));
    a.put("commune", List.of(commune));
    for (Domain d : Domain.values()) {
      a.put("fragility." + d.name(), List.of(Integer.toString(d.ordinal() % 10 + 1)));
    }
    a.put("priorities", List.of("HOUSING", "EMPLOYMENT", "DIGITAL"));
    a.put("innovation", List.of("STRONGLY_AGREE"));
    a.put("comment", List.of("<script>alert(1)</script>=SUM(A1)"));
    return a;
  }

  void answer(String token, Map<String, List<String>> answers) {
    StudyStore.Draft d = store.startDraft(token);
    store.submit(token, d.key(), d.nonce(), answers);
  }

  @Test
  void aFormWithEveryProblemIsRefusedAtOnce() {
    StudyStore.NewStudy bad =
        new StudyStore.NewStudy(
            " ", LOIRET, EnumSet.noneOf(Actor.class), TODAY, TODAY.minusDays(1), "", "x");
    assertThatThrownBy(() -> store.create(ORGANISER, bad))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                assertThat(e.refusals())
                    .extracting(r -> r.code() + "@" + r.field())
                    .containsExactly(
                        "input.required@title",
                        "input.required@organiser",
                        "study.actors.none@actors",
                        "study.dates.order@closes"));
  }

  @Test
  void onlyAnEditorOfTheTerritoryOrganisesItsStudies() {
    assertThatThrownBy(() -> store.create(CHER_EDITOR, loiretStudy()))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN);
              assertThat(Rendered.french(e))
                  .isEqualTo(
                      "Vous n’avez pas le droit d’organiser une étude à Loiret (département 45).");
            });
  }

  @Test
  void publishingGivesOnePublicLinkPerActorTypeAndADraftIsNotOpen() {
    StudyStore.Study draft = store.create(ORGANISER, loiretStudy());
    assertThat(draft.status()).isEqualTo(StudyStore.Status.DRAFT);
    assertThat(draft.links()).isEmpty();
    StudyStore.Study s = store.publish(ORGANISER, draft.id());
    assertThat(s.status()).isEqualTo(StudyStore.Status.PUBLISHED);
    assertThat(s.links().keySet()).containsExactly(Actor.CITIZENS, Actor.COMPANIES);
    assertThat(s.links().get(Actor.CITIZENS))
        .hasSize(24)
        .isNotEqualTo(s.links().get(Actor.COMPANIES));
    // publishing again keeps the links
    assertThat(store.publish(ORGANISER, s.id()).links()).isEqualTo(s.links());
    assertThat(store.studies(LOIRET)).extracting(StudyStore.Study::id).containsExactly(s.id());
    assertThat(store.studies(TerritoryId.of(Level.DEPARTEMENT, "18"))).isEmpty();
    assertThat(store.studies(TerritoryId.FRANCE)).hasSize(1);
  }

  @Test
  void aSubmittedAnswerIsStoredWithoutIdentityAndItsDraftIsGone() {
    StudyStore.Study s = published();
    String token = s.links().get(Actor.CITIZENS);
    long before = DataVersions.read(db.jdbi).of(DataKind.STUDIES);
    StudyStore.Draft d = store.startDraft(token);
    store.saveDraft(token, d.key(), d.nonce(), Map.of("sex", List.of("MALE"), "x", List.of("y")));
    assertThat(store.draft(token, d.key()).answers()).isEqualTo(Map.of("sex", List.of("MALE")));
    store.submit(token, d.key(), d.nonce(), citizen("45232"));

    List<Map<String, List<String>>> stored = store.answers(s.id(), Actor.CITIZENS);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0))
        .containsEntry("commune", List.of("45232"))
        .containsEntry("priorities", List.of("HOUSING", "EMPLOYMENT", "DIGITAL"))
        .containsEntry("fragility.HEALTH", List.of("10"));
    // the text is stored as typed: escaping is the job of whatever shows it
    assertThat(stored.get(0).get("comment")).containsExactly("<script>alert(1)</script>=SUM(A1)");
    List<Map<String, Object>> rows =
        db.jdbi.withHandle(h -> h.createQuery("SELECT * FROM study_response").mapToMap().list());
    assertThat(rows.get(0).keySet())
        .containsExactlyInAnyOrder(
            "id",
            "study_id",
            "actor",
            "questionnaire",
            "commune",
            "departement",
            "answers",
            "started_at",
            "submitted_at");
    assertThat(rows.get(0)).containsEntry("departement", "45").containsEntry("commune", "45232");
    assertThatThrownBy(() -> store.draft(token, d.key()))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.NOT_FOUND));
    assertThat(DataVersions.read(db.jdbi).of(DataKind.STUDIES)).isGreaterThan(before);
  }

  @Test
  void refusedAnswersStoreNothingAndNameTheirFields() {
    StudyStore.Study s = published();
    String token = s.links().get(Actor.CITIZENS);
    StudyStore.Draft d = store.startDraft(token);
    Map<String, List<String>> a = citizen("18033"); // Bourges: outside the Loiret
    a.put("priorities", List.of("HOUSING", "HOUSING", "DIGITAL"));
    a.put("fragility.EDUCATION", List.of("11"));
    assertThatThrownBy(() -> store.submit(token, d.key(), d.nonce(), a))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.refusals())
                  .extracting(r -> r.code() + "@" + r.field())
                  .containsExactly(
                      "study.answer.unknown-commune@commune",
                      "study.answer.out-of-range@fragility.EDUCATION",
                      "study.answer.duplicate@priorities");
              assertThat(fr(e.refusals().get(1)))
                  .isEqualTo("« Éducation » : une valeur de 1 à 10 est attendue (« 11 » donné).");
              assertThat(fr(e.refusals().get(2)))
                  .isEqualTo(
                      "« Les 3 domaines sur lesquels il faut agir en priorité sur votre territoire,"
                          + " du plus au moins prioritaire » : « Mal-logement » est choisi"
                          + " plusieurs fois ; chaque choix ne compte qu’une fois.");
            });
    assertThat(store.answers(s.id(), Actor.CITIZENS)).isEmpty();
    // the draft is still there to be corrected
    assertThat(store.draft(token, d.key()).key()).isEqualTo(d.key());
  }

  @Test
  void aWrongNonceIsRefused() {
    String token = published().links().get(Actor.CITIZENS);
    StudyStore.Draft d = store.startDraft(token);
    assertThatThrownBy(() -> store.submit(token, d.key(), "forged", citizen("45234")))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.first().code()).isEqualTo("study.draft.nonce"));
  }

  @Test
  void aSingleUseInvitationTakesOneAnswerEvenWhenTwoArriveAtOnce() throws Exception {
    StudyStore.Study s = published();
    List<StudyStore.Invitation> invitations =
        store.invite(ORGANISER, s.id(), Actor.CITIZENS, List.of("a@example.org", " ", "b@x.fr"));
    assertThat(invitations)
        .extracting(StudyStore.Invitation::identifier)
        .containsExactly("a@example.org", "b@x.fr");
    String token = invitations.get(0).token();
    // two drafts opened under the same invitation (two tabs), submitted at the same time
    List<StudyStore.Draft> drafts = List.of(store.startDraft(token), store.startDraft(token));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> results = new ArrayList<>();
    for (StudyStore.Draft d : drafts) {
      Callable<String> submit =
          () -> {
            try {
              store.submit(token, d.key(), d.nonce(), citizen("45234"));
              return "ok";
            } catch (RefusedException e) {
              return e.first().code();
            }
          };
      results.add(pool.submit(submit));
    }
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : results) {
      outcomes.add(f.get());
    }
    pool.shutdown();
    assertThat(outcomes).containsExactlyInAnyOrder("ok", "study.link.used");
    assertThat(store.answers(s.id(), Actor.CITIZENS)).hasSize(1);
    assertThatThrownBy(() -> store.startDraft(token))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                assertThat(Rendered.french(e))
                    .isEqualTo(
                        "Ce lien d’invitation à l’étude « Perceptions du Loiret 2026 » a déjà servi"
                            + " à répondre : chaque invitation ne vaut qu’une réponse."));
    // identifiers are purgeable; the other invitation still works
    assertThat(store.purgeInvitations(ORGANISER, s.id())).isEqualTo(2);
    answer(invitations.get(1).token(), citizen("45234"));
    assertThat(store.answers(s.id(), Actor.CITIZENS)).hasSize(2);
  }

  @Test
  void noAnswerIsTakenAfterTheClosingDateNorOnceClosed() {
    StudyStore.Study s = published();
    String token = s.links().get(Actor.CITIZENS);
    StudyStore.Draft d = store.startDraft(token);
    StudyStore later = at(TODAY.plusDays(31));
    assertThatThrownBy(() -> later.submit(token, d.key(), d.nonce(), citizen("45234")))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                assertThat(Rendered.french(e))
                    .isEqualTo(
                        "L’étude « Perceptions du Loiret 2026 » est close depuis le 05/01/2027 :"
                            + " elle ne reçoit plus de réponses. Merci de votre intérêt."));
    store.close(ORGANISER, s.id());
    assertThatThrownBy(() -> store.submit(token, d.key(), d.nonce(), citizen("45234")))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.first().code()).isEqualTo("study.link.closed"));
    assertThat(store.answers(s.id(), Actor.CITIZENS)).isEmpty();
  }

  @Test
  void theFollowUpCountsStartedAndSubmittedAnswersAndTheMedianTime() {
    StudyStore.Study s = published();
    String token = s.links().get(Actor.CITIZENS);
    answer(token, citizen("45234"));
    answer(token, citizen("45234"));
    answer(token, citizen("45232"));
    store.startDraft(token); // abandoned
    // set the times to answer: 60 s, 120 s, 600 s -> median 120 s
    db.jdbi.useHandle(
        h ->
            h.execute(
                "UPDATE study_response SET started_at = submitted_at - make_interval(secs =>"
                    + " CASE id WHEN 1 THEN 60 WHEN 2 THEN 120 ELSE 600 END)"));
    StudyStore.FollowUp f = store.followUp(ORGANISER, s.id());
    StudyStore.ActorProgress citizens = f.byActor().get(Actor.CITIZENS);
    assertThat(citizens.started()).isEqualTo(4);
    assertThat(citizens.submitted()).isEqualTo(3);
    assertThat(citizens.completionRate()).isEqualTo(0.75);
    assertThat(citizens.medianSeconds()).isEqualTo(120.0);
    assertThat(f.byActor().get(Actor.COMPANIES).completionRate()).isNaN();
    assertThat(f.byActor().get(Actor.COMPANIES).medianSeconds()).isNaN();
    assertThat(f.byDepartement().get(Actor.CITIZENS)).isEqualTo(Map.of("45", 3L));
    assertThat(f.byCommune().get(Actor.CITIZENS)).isEqualTo(Map.of("45232", 1L, "45234", 2L));
    assertThat(f.byCommune().get(Actor.COMPANIES)).isEmpty();
    assertThatThrownBy(() -> store.followUp(CHER_EDITOR, s.id()))
        .isInstanceOf(RefusedException.class);
  }

  @Test
  void theRateLimitCountsPerAddressInTheDatabase() {
    assertThat(store.withinRate("submit", "203.0.113.7", 2)).isTrue();
    assertThat(store.withinRate("submit", "203.0.113.7", 2)).isTrue();
    assertThat(store.withinRate("submit", "203.0.113.7", 2)).isFalse();
    assertThat(store.withinRate("submit", "203.0.113.8", 2)).isTrue();
    // opening forms has its own counter
    assertThat(store.withinRate("open", "203.0.113.7", 2)).isTrue();
    // only hashes are kept
    long clear =
        db.jdbi.withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM study_rate WHERE address_hash LIKE '203%'")
                    .mapTo(Long.class)
                    .one());
    assertThat(clear).isZero();
  }

  @Test
  void anUnknownTokenIsNotFound() {
    assertThatThrownBy(() -> store.link("nope"))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.NOT_FOUND));
    assertThat(Instant.now()).isNotNull();
  }

  @Test
  void onlyAnOrganiserOfTheTerritoryExportsTheAnswers() {
    StudyStore.Study study = store.create(ORGANISER, loiretStudy());
    assertThat(store.export(ORGANISER, study.id()).rows()).isEmpty();
    assertThatThrownBy(() -> store.export(CHER_EDITOR, study.id()))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
  }
}
