package org.phare.cli.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.core.study.Choice;
import org.phare.core.study.MicrodataExport;
import org.phare.core.study.Question;
import org.phare.core.study.Questionnaire;
import org.phare.store.study.Questionnaires;

/**
 * The study export read back by the estimator (issue 11 point 6): 40 citizens' answers to the PHARE
 * grid drawn from a seeded random, exported, then {@code phare survey estimate --data --design} run
 * in-process; the means must equal the hand computation on the same answers (1e-9). The Java
 * estimator itself is checked against R {@code survey} in {@code ReferenceEstimatesTest} (core) and
 * {@code SurveyCommandTest} (this package), so this test checks only the export's columns, codes
 * and design file.
 */
class StudyExportEstimateTest {

  @TempDir Path dir;

  @Test
  void the_estimator_reads_the_export_and_finds_the_hand_computed_mean_and_priority_share()
      throws IOException {
    Questionnaire grid = Questionnaires.phareGrid();
    Question fragility = grid.find("fragility").orElseThrow();
    Question priorities = grid.find("priorities").orElseThrow();
    Question sex = grid.find("sex").orElseThrow();
    Random random = new Random(20261206L);
    List<MicrodataExport.Row> rows = new ArrayList<>();
    for (int r = 0; r < 40; r++) {
      Map<String, List<String>> a = new LinkedHashMap<>();
      a.put("sex", List.of(sex.choices().get(random.nextInt(sex.choices().size())).code()));
      for (Choice item : fragility.items()) {
        a.put(fragility.field(item), List.of(Integer.toString(1 + random.nextInt(10))));
      }
      List<String> codes =
          new ArrayList<>(priorities.choices().stream().map(Choice::code).toList());
      Collections.shuffle(codes, random);
      a.put("priorities", List.copyOf(codes.subList(0, 3)));
      rows.add(new MicrodataExport.Row("CITIZENS", a));
    }
    String domain = fragility.items().get(0).code();
    String named = priorities.choices().get(2).code();
    // hand computation on the generated answers
    double sum = 0;
    int naming = 0;
    for (MicrodataExport.Row row : rows) {
      sum += Double.parseDouble(row.answers().get("fragility." + domain).get(0));
      naming += row.answers().get("priorities").contains(named) ? 1 : 0;
    }
    double mean = sum / rows.size();
    double share = naming / (double) rows.size();

    MicrodataExport export = new MicrodataExport(grid);
    String csv = export.csv(rows);
    assertThat(csv).startsWith("\uFEFFrespondent;actor;weight;");
    assertThat(csv)
        .contains(";rating_" + domain + ";")
        .contains(";priority_1;priority_2;priority_3;");
    Path data = dir.resolve("reponses.csv");
    Path design = dir.resolve("plan.yaml");
    Files.writeString(data, csv, StandardCharsets.UTF_8);
    Files.writeString(design, export.designYaml(), StandardCharsets.UTF_8);

    JsonNode out =
        SurveyCommandTest.json(
            SurveyCommandTest.run(
                "survey",
                "estimate",
                "--data",
                data.toString(),
                "--design",
                design.toString(),
                "--mean",
                "rating_" + domain + ",priority_" + named,
                "--format",
                "json"));
    assertThat(out.toString()).contains("rating_" + domain);
    assertThat(out.get(0).get("estimate").asDouble()).isCloseTo(mean, within(1e-9));
    assertThat(out.get(1).get("estimate").asDouble()).isCloseTo(share, within(1e-9));
    assertThat(export.codebook()).contains("priority_" + named).contains("rating_" + domain);
  }
}
