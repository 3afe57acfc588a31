package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.core.territory.Level;
import org.phare.store.PhareServices;
import org.phare.store.Progress;
import org.phare.store.TestPhare;
import org.phare.store.message.MessageCatalogue;

/**
 * A refused file reports every bad row at once, each located and coded, and nothing is stored; a
 * preview says what an import would change on the real data without writing anything.
 */
class ImportAllErrorsTest {

  @TempDir Path dir;

  final PhareServices phare = TestPhare.get();

  static final Path IMMIGRATION =
      org.phare.core.testing.SharedData.path(
          "indicators/immigration/part_immigres_departements_2021.csv");

  /** Every stored value and the import log, as one fingerprint. */
  String snapshot() {
    return phare
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select (select count(*) || ':' || coalesce(md5(string_agg(indicator || level"
                            + " || code || vintage || value, ',' order by indicator, level, code,"
                            + " vintage)), '') from indicator_value) || '/' || (select count(*)"
                            + " from indicator_import)")
                    .mapTo(String.class)
                    .one());
  }

  Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @AfterEach
  void removeTestValues() {
    phare
        .database()
        .jdbi()
        .useHandle(
            h -> {
              h.execute("delete from indicator_series where vintage like '1900%'");
              h.execute(
                  "delete from indicator_import where id not in (select distinct import_id from"
                      + " indicator_value)");
            });
  }

  @Test
  void three_different_bad_rows_are_reported_together_located_and_coded_and_nothing_is_stored()
      throws IOException {
    String before = snapshot();
    Path file =
        write(
            "trois-erreurs.csv",
            "indicator,level,code,vintage,value\n"
                + "chomage-taux,departement,45,1900-T1,7.1\n"
                + "chomage-taux,departement,18,1900-T1,sept\n"
                + "chomage-taux,departement,28,1900-T1,7.3\n"
                + "pauvrete-taux,commune,97501,1900,10\n"
                + "chomage-inconnu,departement,41,1900-T1,7\n"
                + "chomage-taux,departement,41,1900-T1,6.9\n");
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () ->
                phare
                    .indicatorImports()
                    .importFile(file, "long", ReadOptions.auto(), Progress.NONE));
    assertThat(e.total()).isEqualTo(3);
    assertThat(e.errors())
        .extracting(
            ImportError::line, ImportError::column, ImportError::field, er -> er.refusal().code())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, 5, "value", "import.value.not-number"),
            org.assertj.core.groups.Tuple.tuple(5L, 3, "code", "import.commune.unknown"),
            org.assertj.core.groups.Tuple.tuple(6L, 1, "indicator", "import.indicator.unknown"));
    assertThat(e.errors().get(0).refusal().args()).isEqualTo(Map.of("value", "sept"));
    assertThat(e.errors().get(1).refusal().args()).isEqualTo(Map.of("code", "97501"));
    assertThat(e.errors().get(2).refusal().args())
        .isEqualTo(Map.of("indicator", "chomage-inconnu"));
    MessageCatalogue messages = MessageCatalogue.get();
    assertThat(messages.render(e.errors().get(0).refusal(), MessageCatalogue.FRENCH))
        .isEqualTo("« sept » n’est pas un nombre.");
    assertThat(messages.render(e.errors().get(1).refusal(), MessageCatalogue.FRENCH))
        .isEqualTo("Aucune commune avec le code « 97501 » dans le référentiel (COG 2026).");
    assertThat(messages.render(e.errors().get(2).refusal(), MessageCatalogue.ENGLISH))
        .isEqualTo("unknown indicator 'chomage-inconnu' (not in the catalogue)");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void errors_beyond_the_bound_are_counted_not_kept() throws IOException {
    StringBuilder text = new StringBuilder("indicator,level,code,vintage,value\n");
    for (int i = 0; i < 250; i++) {
      text.append("chomage-taux,departement,45,1900-T1,x").append(i).append('\n');
    }
    Path file = write("many.csv", text.toString());
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () ->
                SourceFormats.byName("long")
                    .read(
                        file,
                        ReadOptions.auto(),
                        TestReferential.get(),
                        IndicatorCatalogue.load()));
    assertThat(e.total()).isEqualTo(250);
    assertThat(e.errors()).hasSize(ImportException.MAX_REPORTED);
    assertThat(e.errors().get(199).line()).isEqualTo(201);
    assertThat(e.getMessage()).contains("and 249 more problems");
  }

  @Test
  void a_wide_header_reports_every_unknown_indicator_column() throws IOException {
    Path file =
        write(
            "wide.csv",
            "level,code,vintage,chomage-taux,inconnu-a,inconnu-b\nregion,24,2024,1,2,3\n");
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () ->
                SourceFormats.byName("wide")
                    .read(
                        file,
                        ReadOptions.auto(),
                        TestReferential.get(),
                        IndicatorCatalogue.load()));
    assertThat(e.errors())
        .extracting(ImportError::line, ImportError::column, ImportError::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 5, "inconnu-a"),
            org.assertj.core.groups.Tuple.tuple(1L, 6, "inconnu-b"));
  }

  @Test
  void preview_of_a_real_file_with_one_value_changed_says_one_changed_and_writes_nothing()
      throws Exception {
    IndicatorImportService imports = phare.indicatorImports();
    // the bundle loaded this file already: importing it again changes nothing
    IndicatorStore.ImportResult again =
        imports.importFile(IMMIGRATION, null, ReadOptions.auto(), Progress.NONE);
    assertThat(again.changedNothing()).isTrue();
    int values = again.rows();
    assertThat(values).isEqualTo(101); // every département, overseas ones included

    List<String> lines = Files.readAllLines(IMMIGRATION, StandardCharsets.UTF_8);
    int loiret = 0;
    while (!lines.get(loiret).startsWith("45,Loiret,")) {
      loiret++;
    }
    assertThat(lines.get(loiret)).isNotEqualTo("45,Loiret,12.5");
    lines.set(loiret, "45,Loiret,12.5");
    Path changed = dir.resolve("part_immigres_departements_2021.csv");
    Files.write(changed, lines, StandardCharsets.UTF_8);

    String before = snapshot();
    ImportPreview preview = imports.preview(changed, null, ReadOptions.auto());
    assertThat(preview.format()).isEqualTo("immigration");
    assertThat(preview.rows()).isEqualTo(values);
    assertThat(preview.indicators()).containsExactly("immigres-part");
    assertThat(preview.levels()).containsExactly(Level.DEPARTEMENT);
    assertThat(preview.vintages()).containsExactly("2021");
    assertThat(preview.inserted()).isZero();
    assertThat(preview.updated()).isEqualTo(1);
    assertThat(preview.unchanged()).isEqualTo(values - 1);
    assertThat(snapshot()).as("a preview writes nothing").isEqualTo(before);
  }

  @Test
  void an_import_whose_extra_work_fails_is_rolled_back_whole() throws IOException {
    String before = snapshot();
    Path file =
        write(
            "ok.csv",
            "indicator,level,code,vintage,value\nchomage-taux,departement,45,1900-T1,7.1\n");
    try {
      phare
          .indicatorImports()
          .importFile(
              file,
              "ok.csv",
              null,
              ReadOptions.auto(),
              Progress.NONE,
              (handle, importId, result) -> {
                assertThat(importId).isPositive();
                assertThat(result.inserted()).isEqualTo(1);
                throw new IllegalStateException("audit refused");
              });
    } catch (IllegalStateException | ImportException expected) {
      assertThat(expected).hasMessageContaining("audit refused");
    }
    assertThat(snapshot()).isEqualTo(before);
  }
}
