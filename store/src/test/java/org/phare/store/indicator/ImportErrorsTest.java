package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.core.territory.TerritoryReferential;
import org.phare.core.testing.SharedData;

/** Corrupted files: each failure kind names file, line, column and field. */
class ImportErrorsTest {

  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.load();
  private static final TerritoryReferential REFERENTIAL = TestReferential.get();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private ImportException fail(String format, Path file, ReadOptions options) {
    try {
      SourceFormats.byName(format).read(file, options, REFERENTIAL, CATALOGUE);
    } catch (ImportException e) {
      return e;
    }
    throw new AssertionError("no error for " + file);
  }

  @Test
  void bad_number_in_a_published_file_is_located() throws IOException {
    Path source =
        SharedData.path(
            "indicators/delinquance/donnee-dep-data.gouv-2024-geographie2024-produit-le2025-01-26.csv");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    Path file = write("delinquance.csv", text.replace("\"0,0078318\"", "\"0,00x78\""));
    ImportException e = fail("delinquance", file, ReadOptions.auto());
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.field()).isEqualTo("taux_pour_mille");
    assertThat(e.getMessage()).startsWith(file + ":2:7: field 'taux_pour_mille': ");
  }

  @Test
  void missing_column_is_reported_on_the_header() throws IOException {
    Path file = write("chomage.csv", "niveau,code,periode\nregion,24,2024-T3\n");
    ImportException e = fail("chomage-localise", file, ReadOptions.auto());
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("taux_chomage");
    assertThat(e.reason()).contains("missing column");
  }

  @Test
  void duplicated_key_names_the_first_line() throws IOException {
    Path file =
        write(
            "long.csv",
            "indicator;level;code;vintage;value\n"
                + "chomage-taux;departement;45;2024-T3;6,5\n"
                + "chomage-taux;region;24;2024-T3;7\n"
                + "chomage-taux;département;45;2024-T3;6.6\n");
    ImportException e = fail("long", file, ReadOptions.auto());
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.field()).isEqualTo("value");
    assertThat(e.reason()).contains("duplicated").contains("line 2");
  }

  @Test
  void invalid_utf8_is_rejected_with_line_column_and_advice() throws IOException {
    byte[] latin1 =
        "indicator,level,code,vintage,value\nchomage-taux,région,24,2024-T3,7\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("latin1.csv");
    Files.write(file, latin1);
    ImportException e = fail("long", file, ReadOptions.auto());
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(15); // "chomage-taux,r" is 14 characters, then 'é'
    assertThat(e.reason()).contains("--encoding latin1");
  }

  @Test
  void latin1_reads_when_asked() throws Exception {
    byte[] latin1 =
        "indicator,level,code,vintage,value\nchomage-taux,région,24,2024-T3,7\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("latin1.csv");
    Files.write(file, latin1);
    SourceData data =
        SourceFormats.byName("long")
            .read(file, new ReadOptions(StandardCharsets.ISO_8859_1, null), REFERENTIAL, CATALOGUE);
    assertThat(data.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo(7));
  }

  @Test
  void unknown_indicator_in_long_format_is_located() throws IOException {
    Path file =
        write(
            "long.csv",
            "\uFEFFindicator,level,code,vintage,value\n"
                + "chomage-taux,region,24,2024-T3,7\n"
                + "chomage-inconnu,region,24,2024-T3,7\n");
    ImportException e = fail("long", file, ReadOptions.auto());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.field()).isEqualTo("indicator");
    assertThat(e.reason()).contains("chomage-inconnu");
  }

  @Test
  void unknown_territory_is_an_error_in_generic_formats() throws IOException {
    Path file = write("wide.csv", "level,code,vintage,chomage-taux\ndepartement,99,2024-T3,7\n");
    ImportException e = fail("wide", file, ReadOptions.auto());
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.field()).isEqualTo("code");
  }

  @Test
  void unknown_commune_is_located_on_its_code() throws IOException {
    // 97501 is Saint-Pierre-et-Miquelon, a collectivity outside the 18 regions of COG 2026
    Path file =
        write(
            "long.csv",
            "indicator,level,code,vintage,value\n"
                + "pauvrete-taux,commune,45234,2021,12.5\n"
                + "pauvrete-taux,commune,97501,2021,10\n");
    ImportException e = fail("long", file, ReadOptions.auto());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.field()).isEqualTo("code");
    assertThat(e.getMessage()).contains("97501");
  }

  @Test
  void wide_format_maps_old_commune_codes_and_sums_rate_parts() throws Exception {
    // 69152 (Pierre-Bénite) merged into 69149 (Oullins-Pierre-Bénite) in 2024.
    Path file =
        write(
            "long.csv",
            "indicator,level,code,vintage,value,numerator,denominator\n"
                + "pauvrete-taux,commune,69149,2016,14,3610.67,25790.5\n"
                + "pauvrete-taux,commune,69152,2016,19,1915.2,10080\n"
                + "pauvrete-taux,commune,45234,2016,,,\n");
    SourceData data =
        SourceFormats.byName("long").read(file, ReadOptions.auto(), REFERENTIAL, CATALOGUE);
    assertThat(data.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.territory().code()).isEqualTo("69149");
              assertThat(o.numerator()).isEqualTo(3610.67 + 1915.2);
              assertThat(o.denominator()).isEqualTo(25790.5 + 10080);
            });
    assertThat(data.warnings()).anyMatch(w -> w.contains("empty or secret") && w.endsWith("(1)"));
  }

  @Test
  void numbers_accept_decimal_comma_thousands_and_missing_markers() {
    assertThat(NumberCell.parse("0,0078318")).isEqualTo(0.0078318);
    assertThat(NumberCell.parse("601507,0")).isEqualTo(601507.0);
    assertThat(NumberCell.parse("1 194")).isEqualTo(1194);
    assertThat(NumberCell.parse("10\u00a0735,5")).isEqualTo(10735.5);
    assertThat(NumberCell.parse("-15.7")).isEqualTo(-15.7);
    assertThat(NumberCell.parse("s")).isNaN();
    assertThat(NumberCell.parse("nd")).isNaN();
    assertThat(NumberCell.parse("")).isNaN();
    assertThatThrownBy(() -> NumberCell.parse("1,234.5")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> NumberCell.parse("NaN")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> NumberCell.parse("12abc")).isInstanceOf(NumberFormatException.class);
  }
}
