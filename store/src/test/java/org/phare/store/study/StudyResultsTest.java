package org.phare.store.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Domain;
import org.phare.core.message.RefusedException;
import org.phare.core.study.Weighting;
import org.phare.core.survey.BaseStatus;
import org.phare.core.testing.SharedData;
import org.phare.store.ecosystem.EcosystemDatabase;
import org.phare.store.perception.Actor;
import org.phare.store.perception.LayeredPerception;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.Provenance;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;

/**
 * Weighting of a study's answers and the study as a perception layer, on the embedded PostgreSQL
 * with the test referential (Loiret 45: Orléans 45234, Olivet 45232) and the bundled INSEE
 * population estimates.
 */
class StudyResultsTest {

  static final Path POPULATION =
      SharedData.path("indicators/population-estimations")
          .resolve("estim_pop_dep_sexe_age_1975_2023.csv");

  final EcosystemDatabase db = EcosystemDatabase.get();
  final StudyStore store =
      new StudyStore(
          db.jdbi,
          db.referential,
          Clock.fixed(
              LocalDate.of(2026, 12, 6).atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
              ZoneId.of("Europe/Paris")));
  final StudyResults results =
      new StudyResults(db.jdbi, db.referential, () -> PopulationMargins.read(POPULATION));

  @BeforeEach
  void reset() {
    db.jdbi.useHandle(h -> h.execute("TRUNCATE study, study_rate RESTART IDENTITY CASCADE"));
  }

  /** The 2023 row of a département, column name → count, read here independently of the code. */
  static Map<String, Double> row(String departement) throws Exception {
    List<String> lines = Files.readAllLines(POPULATION, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",");
    for (String line : lines) {
      String[] cells = line.split(",");
      if (cells[0].equals("2023") && cells[1].equals(departement)) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 3; i < header.length; i++) {
          m.put(header[i], Double.parseDouble(cells[i]));
        }
        return m;
      }
    }
    throw new AssertionError("no 2023 row for " + departement);
  }

  static double sum(Map<String, Double> row, String sex, String... bands) {
    double s = 0;
    for (String b : bands) {
      s += row.get(sex + "_" + b);
    }
    return s;
  }

  static final String[] OLD = {"65_69", "70_74", "75_79", "80_84", "85_89", "90_94", "95_plus"};

  @Test
  void loiretCitizensAreRakedToTheInseeAdultsOf2023() throws Exception {
    Map<String, Double> loiret = row("45");
    // margins summed here from the file: 18-24 = 2/5 of 15-19 (18 and 19 of the five years) + 20-24
    Map<String, Double> age = new LinkedHashMap<>();
    for (String sex : List.of("hommes", "femmes")) {
      age.merge(
          "A18_24", 0.4 * loiret.get(sex + "_15_19") + loiret.get(sex + "_20_24"), Double::sum);
      age.merge("A25_34", sum(loiret, sex, "25_29", "30_34"), Double::sum);
      age.merge("A35_49", sum(loiret, sex, "35_39", "40_44", "45_49"), Double::sum);
      age.merge("A50_64", sum(loiret, sex, "50_54", "55_59", "60_64"), Double::sum);
      age.merge("A65_PLUS", sum(loiret, sex, OLD), Double::sum);
    }
    double adults = age.values().stream().mapToDouble(Double::doubleValue).sum();
    double women =
        loiret.get("femmes_total")
            - sum(loiret, "femmes", "0_4", "5_9", "10_14")
            - 0.6 * loiret.get("femmes_15_19");
    double men = adults - women;
    assertThat(women).isCloseTo(278_256.2, within(1e-6));
    // the Loiret's 686,615 inhabitants at 1 January 2023, of whom 534,405.4 adults (18+; Python
    // over the file: 278,256.2 women)
    assertThat(loiret.get("ensemble_total")).isEqualTo(686_615);
    assertThat(adults).isCloseTo(534_405.4, within(1e-6));

    PopulationMargins margins = PopulationMargins.read(POPULATION);
    assertThat(margins.year()).isEqualTo(2023);
    List<Weighting.Target> targets = margins.citizens(List.of("45"));
    assertThat(targets.get(0).totals().get("FEMALE")).isCloseTo(women, within(1e-6));
    assertThat(targets.get(0).totals().get("MALE")).isCloseTo(men, within(1e-6));
    age.forEach(
        (band, total) ->
            assertThat(targets.get(1).totals().get(band)).isCloseTo(total, within(1e-6)));
    assertThat(targets.get(2).totals()).containsOnlyKeys("45");
    assertThat(targets.get(2).totals().get("45")).isCloseTo(adults, within(1e-6));

    // one respondent per sex × age cell: raking reaches the independence table,
    // weight = sex total × age total / adults
    List<Map<String, String>> rows = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    for (String sex : List.of("FEMALE", "MALE")) {
      for (String band : age.keySet()) {
        rows.add(Map.of("sex", sex, "age", band, "departement", "45"));
        expected.add((sex.equals("FEMALE") ? women : men) * age.get(band) / adults);
      }
    }
    Weighting.Result result = Weighting.rake(rows, targets);
    assertThat(result.status()).isEqualTo(Weighting.Status.RAKED);
    double[] w = result.weights();
    for (int i = 0; i < w.length; i++) {
      assertThat(w[i]).as("respondent %d", i + 1).isCloseTo(expected.get(i), within(1e-4));
    }
    // e.g. women aged 65 or more: the largest cell
    assertThat(w[4]).isCloseTo(women * age.get("A65_PLUS") / adults, within(1e-4));
  }

  static Map<String, List<String>> citizen(String sex, String age, int rating) {
    Map<String, List<String>> a = new LinkedHashMap<>();
    a.put("sex", List.of(sex));
    a.put("age", List.of(age));
    a.put("commune", List.of("45234"));
    for (Domain d : Domain.values()) {
      a.put("fragility." + d.name(), List.of(Integer.toString(rating)));
    }
    a.put("priorities", List.of("HOUSING", "EMPLOYMENT", "DIGITAL"));
    a.put("innovation", List.of("AGREE"));
    return a;
  }

  StudyStore.Study publishedLoiretStudy() {
    StudyStore.Study s =
        store.create(
            StudyStoreTest.ORGANISER,
            new StudyStore.NewStudy(
                "Perceptions du Loiret 2026",
                StudyStoreTest.LOIRET,
                EnumSet.of(Actor.CITIZENS, Actor.COMPANIES),
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                "Conseil départemental du Loiret",
                "Anonyme."));
    return store.publish(StudyStoreTest.ORGANISER, s.id());
  }

  void answer(String token, Map<String, List<String>> answers) {
    StudyStore.Draft d = store.startDraft(token);
    store.submit(token, d.key(), d.nonce(), answers);
  }

  @Test
  void aStudyWithAnswersReplacesTheSimulationForItsTerritoryOnly() {
    StudyPerception studies = new StudyPerception(db.jdbi, store, results);
    LayeredPerception layered = LayeredPerception.standard(db.referential, List.of(studies));
    long before = layered.version();
    StudyStore.Study s = publishedLoiretStudy();
    // published without answers: nothing replaced yet
    assertThat(studies.regions()).isEmpty();
    answer(s.links().get(Actor.CITIZENS), citizen("FEMALE", "A25_34", 8));
    answer(s.links().get(Actor.CITIZENS), citizen("MALE", "A65_PLUS", 6));
    answer(s.links().get(Actor.CITIZENS), citizen("FEMALE", "A50_64", 4));
    // the next request sees the answers: the layered version follows the studies' data version
    assertThat(layered.version()).isNotEqualTo(before);
    assertThat(layered.regions()).contains("departement:45");

    Measure health = Measure.meanRating(Domain.HEALTH);
    PerceptionFigure citizens = layered.figure(Actor.CITIZENS, health, "departement:45");
    assertThat(citizens.estimate().n()).isEqualTo(3);
    // base < 30: hidden by the small-base rule
    assertThat(citizens.estimate().status()).isEqualTo(BaseStatus.HIDDEN);
    Provenance p = citizens.provenance();
    assertThat(p.territorial()).isTrue();
    assertThat(p.simulated()).isFalse();
    assertThat(p.name()).isEqualTo("Perceptions du Loiret 2026");
    assertThat(p.vintage()).isEqualTo("01/12/2026 – 31/12/2026");
    assertThat(p.n()).isEqualTo(3);
    assertThat(p.provisional()).isTrue();
    // three citizens leave age bands empty: unweighted, and why
    assertThat(p.weighting()).isEqualTo("unweighted");
    StudyResults.ActorWeighting w =
        studies.layer("departement:45").orElseThrow().weighted().weighting().get(Actor.CITIZENS);
    assertThat(w.result().reason().code()).isEqualTo("study.weighting.empty-category");
    assertThat(w.result().reason().args())
        .containsEntry("variable", "age")
        .containsEntry("category", "A18_24");
    // companies surveyed, nobody answered: the study's empty figure, not the simulation's
    PerceptionFigure companies =
        layered.figure(Actor.COMPANIES, Measure.meanRating(Domain.HEALTH), "departement:45");
    assertThat(companies.estimate().n()).isZero();
    assertThat(companies.provenance().territorial()).isTrue();
    // associations not surveyed: the region's figure (simulated, and labelled so)
    assertThat(
            layered.figure(Actor.ASSOCIATIONS, health, "departement:45").provenance().simulated())
        .isTrue();
    // the region and another département keep the simulated figures
    assertThat(layered.figure(Actor.CITIZENS, health, "24").provenance().simulated()).isTrue();
    assertThat(layered.regions()).doesNotContain("departement:18");

    // closing: no longer provisional
    store.close(StudyStoreTest.ORGANISER, s.id());
    layered.version();
    assertThat(layered.figure(Actor.CITIZENS, health, "departement:45").provenance().provisional())
        .isFalse();
  }

  @Test
  void theExportCarriesTheWeightsAndTheDesignFileSaysHow() {
    StudyStore.Study s = publishedLoiretStudy();
    answer(s.links().get(Actor.CITIZENS), citizen("FEMALE", "A25_34", 8));
    org.phare.core.study.MicrodataExport.Export export =
        results.export(store, StudyStoreTest.ORGANISER, s.id());
    assertThat(export.rows()).extracting(r -> r.weight()).containsExactly(1.0);
    String design = export.format().designYaml(export.weighting());
    assertThat(design)
        .contains("weight: weight")
        .contains("# CITIZENS : non redressé, le calage a échoué (study.weighting.empty-category")
        .contains("# COMPANIES : non redressé (aucune marge)");
  }

  @Test
  void uploadedMarginsWeightTheCompanies() {
    StudyStore.Study s = publishedLoiretStudy();
    Map<String, List<String>> small = companyAnswer("S1_9");
    Map<String, List<String>> large = companyAnswer("S10_49");
    answer(s.links().get(Actor.COMPANIES), small);
    answer(s.links().get(Actor.COMPANIES), small);
    answer(s.links().get(Actor.COMPANIES), large);
    String sizes =
        String.join(
            ", ",
            StudyResults.allowedVariables(s.questionnaire(), Actor.COMPANIES).get("company_size"));
    assertThat(sizes).contains("S1_9").contains("S10_49");
    StringBuilder file = new StringBuilder("variable;category;total\n");
    for (String code :
        StudyResults.allowedVariables(s.questionnaire(), Actor.COMPANIES).get("company_size")) {
      file.append("company_size;")
          .append(code)
          .append(';')
          .append(code.equals("S1_9") ? "900" : code.equals("S10_49") ? "100" : "0")
          .append('\n');
    }
    results.saveMargins(store, StudyStoreTest.ORGANISER, s.id(), Actor.COMPANIES, file.toString());
    StudyResults.ActorWeighting w =
        results.weighting(s, Actor.COMPANIES, results.answers(s.id(), Actor.COMPANIES));
    assertThat(w.basis()).isEqualTo(StudyResults.Basis.UPLOADED);
    // one margin: 900 small companies shared by 2 respondents, 100 larger ones by 1
    assertThat(w.result().weights()).containsExactly(new double[] {450, 450, 100}, within(1e-9));
    // a bad file is refused with its line and column; a citizen margin is not the organiser's
    assertThatThrownBy(
            () ->
                results.saveMargins(
                    store,
                    StudyStoreTest.ORGANISER,
                    s.id(),
                    Actor.COMPANIES,
                    "variable;category;total\ncompany_size;XL;12\n"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                assertThat(org.phare.store.message.Rendered.french(e))
                    .startsWith(
                        "Ligne 2, colonne 2 : « XL » n’est pas une catégorie de « company_size »"));
    assertThatThrownBy(
            () -> results.saveMargins(store, StudyStoreTest.ORGANISER, s.id(), Actor.CITIZENS, ""))
        .isInstanceOf(RefusedException.class);
    assertThatThrownBy(
            () ->
                results.saveMargins(store, StudyStoreTest.CHER_EDITOR, s.id(), Actor.COMPANIES, ""))
        .isInstanceOf(RefusedException.class);
    long version = DataVersions.read(db.jdbi).of(DataKind.STUDIES);
    results.saveMargins(store, StudyStoreTest.ORGANISER, s.id(), Actor.COMPANIES, "");
    assertThat(DataVersions.read(db.jdbi).of(DataKind.STUDIES)).isGreaterThan(version);
    assertThat(results.margins(s.id(), Actor.COMPANIES)).isEmpty();
  }

  @Test
  void anOrganiserDeletesOneRespondentsAnswersAuditedWithoutTheAnswers() {
    StudyStore.Study s = publishedLoiretStudy();
    answer(s.links().get(Actor.CITIZENS), citizen("FEMALE", "A25_34", 8));
    answer(s.links().get(Actor.CITIZENS), citizen("MALE", "A65_PLUS", 6));
    answer(s.links().get(Actor.COMPANIES), companyAnswer("S1_9"));
    // export numbering: citizens 1-2, then the company 3
    StudyStore.ResponseSummary second = store.response(StudyStoreTest.ORGANISER, s.id(), 2);
    assertThat(second.actor()).isEqualTo(Actor.CITIZENS);
    assertThat(second.commune()).isEqualTo("45234");
    assertThat(store.response(StudyStoreTest.ORGANISER, s.id(), 3).actor())
        .isEqualTo(Actor.COMPANIES);
    // a confirmation shown for another answer deletes nothing
    StudyStore.ResponseSummary first = store.response(StudyStoreTest.ORGANISER, s.id(), 1);
    assertThatThrownBy(
            () -> store.deleteResponse(StudyStoreTest.ORGANISER, s.id(), 2, first.submitted()))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.refusals().get(0).code()).isEqualTo("study.response.changed"));
    assertThatThrownBy(
            () -> store.deleteResponse(StudyStoreTest.CHER_EDITOR, s.id(), 2, second.submitted()))
        .isInstanceOf(RefusedException.class);
    long version = DataVersions.read(db.jdbi).of(DataKind.STUDIES);
    store.deleteResponse(StudyStoreTest.ORGANISER, s.id(), 2, second.submitted());
    assertThat(store.answers(s.id(), Actor.CITIZENS)).hasSize(1);
    assertThat(store.answers(s.id(), Actor.COMPANIES)).hasSize(1);
    // the figures follow at once: the studies' data version moved
    assertThat(DataVersions.read(db.jdbi).of(DataKind.STUDIES)).isGreaterThan(version);
    String audit =
        db.jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT login || ' ' || action || ' ' || entity || ' ' || entity_id || ' '"
                            + " || before_json::text FROM audit_log WHERE action ="
                            + " 'delete-response'")
                    .mapTo(String.class)
                    .one());
    assertThat(audit)
        .startsWith("editeur-loiret delete-response study " + s.id() + " ")
        .contains("\"actor\": \"CITIZENS\"")
        .contains("\"number\": 2")
        .doesNotContain("fragility")
        .doesNotContain("A65_PLUS");
    assertThatThrownBy(() -> store.response(StudyStoreTest.ORGANISER, s.id(), 3))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                assertThat(org.phare.store.message.Rendered.french(e))
                    .isEqualTo(
                        "Il n’y a pas de répondant n° 3 : l’étude a 2 réponses (numéros de la"
                            + " colonne respondent de l’export)."));
  }

  Map<String, List<String>> companyAnswer(String size) {
    Map<String, List<String>> a = new LinkedHashMap<>();
    a.put("commune", List.of("45234"));
    a.put("company_size", List.of(size));
    a.put(
        "company_sector",
        List.of(
            StudyResults.allowedVariables(Questionnaires.CURRENT, Actor.COMPANIES)
                .get("company_sector")
                .get(0)));
    for (Domain d : Domain.values()) {
      a.put("fragility." + d.name(), List.of("5"));
    }
    a.put("priorities", List.of("HOUSING", "EMPLOYMENT", "DIGITAL"));
    a.put("practice", List.of("NO"));
    a.put("innovation", List.of("AGREE"));
    return a;
  }
}
