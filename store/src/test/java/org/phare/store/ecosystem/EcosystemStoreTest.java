package org.phare.store.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.phare.store.ecosystem.Samples.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.InitiativeStage;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.ResourceKind;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.account.AuditEntry;
import org.phare.store.message.Rendered;

class EcosystemStoreTest {

  static final EcosystemDatabase DB = EcosystemDatabase.get();
  final EcosystemStore store = DB.services.registry();

  @BeforeEach
  void reset() {
    DB.reset();
  }

  @Test
  void an_organisation_is_saved_located_and_listed_in_its_departement_and_region_only() {
    Organisation saved =
        store.create(LOIRET_EDITOR, company("Boulangerie Dupont", "45234", "552100554"), false);
    assertThat(saved.id()).isPositive();
    assertThat(saved.version()).isEqualTo(1);
    assertThat(store.organisation(saved.id())).contains(saved);
    assertThat(store.organisations(LOIRET, null, null, 100, 0)).containsExactly(saved);
    assertThat(store.organisations(CENTRE, null, null, 100, 0)).containsExactly(saved);
    assertThat(store.organisations(TerritoryId.FRANCE, null, "boulangerie", 100, 0))
        .containsExactly(saved);
    assertThat(store.organisations(CHER, null, null, 100, 0)).isEmpty();
  }

  @Test
  void same_siren_or_a_similar_name_in_the_same_commune_is_a_probable_duplicate() {
    Organisation first =
        store.create(LOIRET_EDITOR, association("Les Restos du Cœur", "45234"), false);
    assertThatThrownBy(
            () -> store.create(LOIRET_EDITOR, association("Restos du coeur", "45234"), false))
        .isInstanceOfSatisfying(
            DuplicateException.class,
            e -> {
              assertThat(e.candidates()).hasSize(1);
              assertThat(e.candidates().get(0).existing().id()).isEqualTo(first.id());
              assertThat(e.candidates().get(0).reason()).isEqualTo("SIMILAR_NAME_SAME_COMMUNE");
            });
    // The same name in another commune is another local branch: not a duplicate.
    store.create(LOIRET_EDITOR, association("Restos du coeur", "45232"), false);
    store.create(LOIRET_EDITOR, company("ACME", "45234", "552100554"), false);
    assertThatThrownBy(
            () ->
                store.create(
                    LOIRET_EDITOR,
                    company("Société totalement autre", "45232", "552100554"),
                    false))
        .isInstanceOfSatisfying(
            DuplicateException.class,
            e -> assertThat(e.candidates().get(0).reason()).isEqualTo("SAME_SIREN"));
    // Confirmed by the user: saved.
    Organisation confirmed =
        store.create(LOIRET_EDITOR, association("Restos du coeur", "45234"), true);
    assertThat(confirmed.id()).isPositive();
  }

  @Test
  void a_stale_version_is_refused_with_a_french_message_and_nothing_changes() {
    Organisation saved =
        store.create(LOIRET_EDITOR, association("Secours populaire", "45234"), false);
    Organisation first = rename(saved, "Secours populaire français");
    Organisation second = rename(saved, "Secours populaire du Loiret");
    Organisation updated = store.update(LOIRET_EDITOR, first, false);
    assertThat(updated.version()).isEqualTo(2);
    assertThatThrownBy(() -> store.update(LOIRET_EDITOR, second, false))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(Rendered.french(e))
                  .contains("a été modifiée par quelqu’un d’autre")
                  .contains("ne sont pas perdues");
              assertThat(((Organisation) e.current()).name())
                  .isEqualTo("Secours populaire français");
            });
    assertThat(store.organisation(saved.id()).orElseThrow().name())
        .isEqualTo("Secours populaire français");
    List<AuditEntry> audit = DB.services.audit().of("organisation", saved.id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
    assertThat(audit.get(1).before()).contains("\"Secours populaire\"");
    assertThat(audit.get(1).after()).contains("Secours populaire français");
    assertThat(audit.get(1).login()).isEqualTo("editeur-loiret");
  }

  @Test
  void editors_change_only_their_territories_and_viewers_nothing() {
    assertThatThrownBy(
            () -> store.create(CHER_EDITOR, association("Asso d'Orléans", "45234"), false))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("Orléans"));
    assertThatThrownBy(() -> store.create(VIEWER, association("Asso", "18033"), false))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    Organisation inLoiret =
        store.create(LOIRET_EDITOR, association("Asso d'Orléans", "45234"), false);
    // Moving it to the Cher is as much an edit of the Cher as of the Loiret.
    Organisation moved =
        new Organisation(
            inLoiret.id(),
            inLoiret.name(),
            inLoiret.type(),
            null,
            null,
            true,
            "18033",
            inLoiret.domains(),
            inLoiret.objectives(),
            inLoiret.contact(),
            null,
            inLoiret.version());
    assertThatThrownBy(() -> store.update(LOIRET_EDITOR, moved, false))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    assertThatThrownBy(() -> store.update(CHER_EDITOR, moved, false))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    assertThat(store.organisation(inLoiret.id()).orElseThrow().communeCode()).isEqualTo("45234");
  }

  @Test
  void sql_metacharacters_and_markup_are_stored_verbatim() {
    String nasty = "Robert'); DROP TABLE eco_organisation; -- <script>alert(\"x\")</script> % _ \\";
    Organisation saved = store.create(LOIRET_EDITOR, association(nasty, "45234"), false);
    assertThat(store.organisation(saved.id()).orElseThrow().name()).isEqualTo(nasty);
    assertThat(store.organisations(LOIRET, null, "drop table", 10, 0)).hasSize(1);
    assertThat(store.organisations(LOIRET, null, "%", 10, 0)).hasSize(1);
    assertThat(store.organisations(LOIRET, null, "zzz' OR '1'='1", 10, 0)).isEmpty();
  }

  @Test
  void an_old_commune_code_is_stored_as_the_current_commune() {
    Organisation saved = store.create(LOIRET_EDITOR, association("Foyer rural", "45999"), false);
    assertThat(saved.communeCode()).isEqualTo("45234");
    assertThatThrownBy(() -> store.create(LOIRET_EDITOR, association("X", "99999"), false))
        .satisfies(
            e ->
                assertThat(Rendered.french(e))
                    .contains("Commune « 99999 » introuvable dans le référentiel des territoires"));
  }

  @Test
  void partnerships_link_existing_organisations_and_protect_them_from_deletion() {
    Organisation company = store.create(LOIRET_EDITOR, company("ACME", "45234", null), false);
    Organisation asso = store.create(LOIRET_EDITOR, association("Entraide", "45232"), false);
    Partnership p =
        store.create(
            LOIRET_EDITOR,
            new Partnership(
                0,
                "Mécénat de compétences ACME",
                List.of(company.id(), asso.id()),
                PartnershipCategory.MECENAT,
                Modality.SKILLS_PATRONAGE,
                Set.of(Domain.EMPLOYMENT),
                TerritoryId.of(Level.EPCI, "244500468"),
                null,
                null,
                Set.of(ResourceKind.SKILLS),
                null,
                null,
                Set.of(),
                0));
    assertThat(store.partnership(p.id())).contains(p);
    assertThat(store.partnerships(LOIRET, 10, 0)).containsExactly(p);
    assertThat(store.partnerships(CHER, 10, 0)).isEmpty();
    assertThatThrownBy(() -> store.deleteOrganisation(LOIRET_EDITOR, asso.id(), asso.version()))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("participe encore"));
    assertThatThrownBy(
            () ->
                store.create(
                    LOIRET_EDITOR,
                    new Partnership(
                        0,
                        "X",
                        List.of(company.id(), 999_999L),
                        PartnershipCategory.MECENAT,
                        null,
                        Set.of(),
                        LOIRET,
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        Set.of(),
                        0)))
        .satisfies(
            e -> assertThat(Rendered.french(e)).contains("L’organisation n° 999999 n’existe pas"));
    Partnership stale = p;
    store.update(
        LOIRET_EDITOR,
        new Partnership(
            p.id(),
            "Nouveau titre",
            p.memberIds(),
            p.category(),
            p.modality(),
            p.domains(),
            p.territory(),
            p.start(),
            p.end(),
            p.resources(),
            p.stage(),
            null,
            Set.of(),
            p.version()));
    assertThatThrownBy(() -> store.update(LOIRET_EDITOR, stale))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void system_actor_is_recorded_as_system() {
    Organisation saved = store.create(Actor.SYSTEM, association("Asso", "18033"), false);
    assertThat(DB.services.audit().of("organisation", saved.id()).get(0).login())
        .isEqualTo("system");
  }

  @Test
  void an_initiative_update_refuses_a_stale_version_keeps_the_first_save_and_audits_it() {
    Organisation a = store.create(LOIRET_EDITOR, association("Entraide", "45234"), false);
    Organisation b = store.create(LOIRET_EDITOR, association("Foyer rural", "45232"), false);
    Initiative saved = store.create(LOIRET_EDITOR, initiative("Dialogue emploi", LOIRET, a));
    Initiative first =
        edit(
            saved,
            "Dialogue emploi et mobilité",
            InitiativeStage.CO_BUILD,
            List.of(b.id(), a.id()));
    Initiative second = edit(saved, "Dialogue emploi 2025", InitiativeStage.EVALUATE, List.of());
    Initiative updated = store.update(LOIRET_EDITOR, first);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(store.initiative(saved.id())).contains(updated);
    assertThatThrownBy(() -> store.update(LOIRET_EDITOR, second))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(Rendered.french(e))
                  .startsWith("L’initiative « Dialogue emploi et mobilité »")
                  .contains("votre version : 1, version enregistrée : 2")
                  .contains("ne sont pas perdues");
              assertThat(e.current()).isEqualTo(updated);
            });
    // Nothing of the refused save was written: title, stage and participants are the first's.
    Initiative stored = store.initiative(saved.id()).orElseThrow();
    assertThat(stored.title()).isEqualTo("Dialogue emploi et mobilité");
    assertThat(stored.stage()).isEqualTo(InitiativeStage.CO_BUILD);
    assertThat(stored.participantIds()).containsExactly(b.id(), a.id());
    List<AuditEntry> audit = DB.services.audit().of("initiative", saved.id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
    assertThat(audit.get(1).login()).isEqualTo("editeur-loiret");
    assertThat(audit.get(1).before())
        .contains("\"Dialogue emploi\"")
        .contains("SURFACE_NEEDS")
        .containsPattern("\"participantIds\": ?\\[" + a.id() + "\\]");
    assertThat(audit.get(1).after())
        .contains("Dialogue emploi et mobilité")
        .contains("CO_BUILD")
        .containsPattern("\"participantIds\": ?\\[" + b.id() + ", ?" + a.id() + "\\]");
  }

  @Test
  void two_simultaneous_initiative_updates_one_wins_whole_and_the_other_is_refused()
      throws Exception {
    Organisation a = store.create(LOIRET_EDITOR, association("Entraide", "45234"), false);
    Organisation b = store.create(LOIRET_EDITOR, association("Foyer rural", "45232"), false);
    Organisation c = store.create(LOIRET_EDITOR, association("Club sportif", "45232"), false);
    Initiative saved = store.create(LOIRET_EDITOR, initiative("Expérimentation", LOIRET, a));
    List<Initiative> edits =
        List.of(
            edit(saved, "Version A", InitiativeStage.CO_BUILD, List.of(a.id(), b.id())),
            edit(saved, "Version B", InitiativeStage.EVALUATE, List.of(c.id())));
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
      for (Initiative edit : edits) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return store.update(LOIRET_EDITOR, edit);
                  } catch (StaleVersionException e) {
                    return e;
                  }
                }));
      }
      List<Object> outcomes = new java.util.ArrayList<>();
      for (var r : results) {
        outcomes.add(r.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(outcomes).filteredOn(Initiative.class::isInstance).hasSize(1);
      assertThat(outcomes).filteredOn(StaleVersionException.class::isInstance).hasSize(1);
      Initiative winner =
          (Initiative) outcomes.stream().filter(Initiative.class::isInstance).findFirst().get();
      // The stored initiative is the winner's whole: no mix of titles and participant lists.
      assertThat(store.initiative(saved.id())).contains(winner);
      assertThat(DB.services.audit().of("initiative", saved.id()))
          .extracting(AuditEntry::action)
          .containsExactly("CREATE", "UPDATE");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void initiatives_are_updated_by_editors_of_their_territory_only() {
    Organisation a = store.create(LOIRET_EDITOR, association("Entraide", "45234"), false);
    Initiative saved = store.create(LOIRET_EDITOR, initiative("Dialogue", LOIRET, a));
    Initiative renamed = edit(saved, "Autre titre", null, saved.participantIds());
    assertThatThrownBy(() -> store.update(VIEWER, renamed))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("modifier les initiatives de"));
    assertThatThrownBy(() -> store.update(CHER_EDITOR, renamed))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("Loiret"));
    // Moving it to the Cher is as much an edit of the Cher as of the Loiret.
    Initiative moved =
        new Initiative(
            saved.id(),
            saved.kind(),
            saved.title(),
            CHER,
            saved.participantIds(),
            saved.stage(),
            saved.domains(),
            null,
            null,
            null,
            Set.of(),
            saved.version());
    assertThatThrownBy(() -> store.update(LOIRET_EDITOR, moved))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("Cher"));
    assertThatThrownBy(() -> store.update(CHER_EDITOR, moved))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    assertThat(store.initiative(saved.id())).contains(saved);
    assertThat(DB.services.audit().of("initiative", saved.id()))
        .extracting(AuditEntry::action)
        .containsExactly("CREATE");
    assertThatThrownBy(() -> store.update(LOIRET_EDITOR, edit(saved, "X", null, List.of(999L))))
        .satisfies(
            e -> assertThat(Rendered.french(e)).contains("L’organisation n° 999 n’existe pas"));
  }

  @Test
  void every_registry_write_bumps_the_registry_data_version_once_and_a_read_does_not() {
    long empty = registryVersion();
    Organisation a = store.create(LOIRET_EDITOR, association("Entraide", "45234"), false);
    long afterCreate = registryVersion();
    assertThat(afterCreate).isEqualTo(empty + 1);
    store.organisation(a.id());
    assertThat(registryVersion()).isEqualTo(afterCreate);
    Initiative i = store.create(LOIRET_EDITOR, initiative("Dialogue", LOIRET, a));
    long afterInitiative = registryVersion();
    assertThat(afterInitiative).isEqualTo(afterCreate + 1);
    store.update(LOIRET_EDITOR, edit(i, "Dialogue renommé", null, i.participantIds()));
    assertThat(registryVersion()).isEqualTo(afterInitiative + 1);
  }

  /** The registry's data version (migration V22's triggers bump it in each writing transaction). */
  static long registryVersion() {
    return org.phare.store.version.DataVersions.read(DB.jdbi)
        .of(org.phare.store.version.DataKind.REGISTRY);
  }

  static Initiative initiative(String title, TerritoryId where, Organisation participant) {
    return new Initiative(
        0,
        InitiativeKind.TERRITORIAL_DIALOGUE,
        title,
        where,
        List.of(participant.id()),
        null,
        Set.of(Domain.EMPLOYMENT),
        null,
        null,
        null,
        Set.of(),
        0);
  }

  static Initiative edit(
      Initiative i, String title, InitiativeStage stage, List<Long> participants) {
    return new Initiative(
        i.id(),
        i.kind(),
        title,
        i.territory(),
        participants,
        stage == null ? i.stage() : stage,
        i.domains(),
        i.start(),
        i.end(),
        i.innovationStage(),
        i.levers(),
        i.version());
  }

  static Organisation rename(Organisation o, String name) {
    return new Organisation(
        o.id(),
        name,
        o.type(),
        o.size(),
        o.status(),
        o.ess(),
        o.communeCode(),
        o.domains(),
        o.objectives(),
        o.contact(),
        o.siren(),
        o.version());
  }
}
