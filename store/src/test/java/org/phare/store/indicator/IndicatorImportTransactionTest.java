package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.PhareServices;
import org.phare.store.Progress;
import org.phare.store.TestPhare;

/**
 * Imports into the shared test database are all or nothing, and re-importing changes nothing. The
 * test writes vintage 1900 values (older than any real one) and removes them afterwards.
 */
class IndicatorImportTransactionTest {

  @TempDir Path dir;

  final PhareServices phare = TestPhare.get();

  /** A fingerprint of every stored value and of the import log. */
  String snapshot() {
    return phare
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select (select count(*) || ':' || coalesce(md5(string_agg(indicator || level"
                            + " || code || vintage || value || coalesce(numerator, -1) ||"
                            + " coalesce(denominator, -1), ',' order by indicator, level, code,"
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
    phare.indicatorImports().reload();
  }

  @Test
  void a_bad_row_stops_the_import_with_its_line_and_column_and_stores_nothing() throws IOException {
    String before = snapshot();
    Path file =
        write(
            "bad.csv",
            "indicator,level,code,vintage,value\n"
                + "chomage-taux,departement,45,1900-T1,7.1\n"
                + "chomage-taux,departement,18,1900-T1,7.4\n"
                + "chomage-taux,departement,28,1900-T1,sept\n");
    assertThatThrownBy(
            () ->
                phare
                    .indicatorImports()
                    .importFile(file, "long", ReadOptions.auto(), Progress.NONE))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("bad.csv:4:5")
        .hasMessageContaining("value");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_valid_file_is_stored_then_reimporting_it_changes_nothing() throws Exception {
    String before = snapshot();
    Path file =
        write(
            "good.csv",
            "indicator;level;code;vintage;value\n"
                + "chomage-taux;departement;45;1900-T1;\"7,1\"\n"
                + "chomage-taux;departement;18;1900-T1;\"7,4\"\n");
    IndicatorStore.ImportResult first =
        phare.indicatorImports().importFile(file, "long", ReadOptions.auto(), Progress.NONE);
    assertThat(first.inserted()).isEqualTo(2);
    assertThat(
            phare
                .diagnostics()
                .dataset()
                .value("chomage-taux", "1900-T1", TerritoryId.of(Level.DEPARTEMENT, "45")))
        .isEqualTo(7.1);
    String afterFirst = snapshot();
    assertThat(afterFirst).isNotEqualTo(before);

    IndicatorStore.ImportResult second =
        phare.indicatorImports().importFile(file, "long", ReadOptions.auto(), Progress.NONE);
    assertThat(second.changedNothing()).isTrue();
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(snapshot()).isEqualTo(afterFirst);
  }

  @Test
  void a_changed_value_is_updated_in_place() throws Exception {
    Path first =
        write(
            "v1.csv",
            "indicator,level,code,vintage,value\nchomage-taux,departement,45,1900-T2,7.1\n");
    Path second =
        write(
            "v2.csv",
            "indicator,level,code,vintage,value\nchomage-taux,departement,45,1900-T2,7.3\n");
    phare.indicatorImports().importFile(first, "long", ReadOptions.auto(), Progress.NONE);
    IndicatorStore.ImportResult result =
        phare.indicatorImports().importFile(second, "long", ReadOptions.auto(), Progress.NONE);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.inserted()).isZero();
    assertThat(
            phare
                .diagnostics()
                .dataset()
                .value("chomage-taux", "1900-T2", TerritoryId.of(Level.DEPARTEMENT, "45")))
        .isEqualTo(7.3);
  }
}
