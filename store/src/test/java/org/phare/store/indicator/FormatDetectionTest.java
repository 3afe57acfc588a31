package org.phare.store.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phare.core.message.Refusal;
import org.phare.core.testing.SharedData;
import org.phare.store.message.MessageCatalogue;

/**
 * The one format detection (CLI and web) recognises every open-data file by its header; the content
 * sniffer refuses what is not a text CSV; every import code has a French and an English text.
 */
class FormatDetectionTest {

  @TempDir Path dir;

  @Test
  void every_open_data_file_is_detected_as_the_format_that_loads_it() throws ImportException {
    for (OpenDataFile file : OpenDataBundle.files()) {
      Path path = SharedData.path(file.relativePath());
      assertThat(SourceFormats.detect(path, ReadOptions.auto()).name())
          .as(file.relativePath())
          .isEqualTo(file.format());
    }
  }

  @Test
  void generic_headers_are_long_or_wide_and_an_unknown_header_is_refused_with_its_columns()
      throws IOException, ImportException {
    Path longFile = write("l.csv", "indicator;level;code;vintage;value\n");
    Path wideFile = write("w.csv", "level,code,vintage,chomage-taux\n");
    Path other = write("o.csv", "nom,prénom,âge\nA,B,3\n");
    assertThat(SourceFormats.detect(longFile, ReadOptions.auto()).name()).isEqualTo("long");
    assertThat(SourceFormats.detect(wideFile, ReadOptions.auto()).name()).isEqualTo("wide");
    ImportException e =
        catchThrowableOfType(
            ImportException.class, () -> SourceFormats.detect(other, ReadOptions.auto()));
    assertThat(e.refusal().code()).isEqualTo("import.header.unknown-format");
    assertThat(e.refusal().args()).containsEntry("header", "nom, prénom, âge");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void a_zip_a_png_or_an_html_page_renamed_csv_is_refused_and_latin1_is_recognised()
      throws IOException, ImportException {
    Path zip = dir.resolve("classeur.csv");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0});
    Path png = dir.resolve("image.csv");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
    Path html = write("page.csv", "\n  <!DOCTYPE html><html><body>Erreur</body></html>");
    assertThat(sniffRefusal(zip))
        .isEqualTo(Refusal.of("import.file.binary", "(file)", "kind", "zip"));
    assertThat(sniffRefusal(png))
        .isEqualTo(Refusal.of("import.file.binary", "(file)", "kind", "png"));
    assertThat(sniffRefusal(html).code()).isEqualTo("import.file.html");
    assertThat(MessageCatalogue.get().render(sniffRefusal(png), MessageCatalogue.FRENCH))
        .startsWith("Ce fichier n’est pas un fichier texte CSV (image PNG)");

    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        "indicator;level;code;vintage;value\nchomage-taux;région;24;2024-T3;7\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Path utf8 =
        write("utf8.csv", "indicator;level;code;vintage;value\nchomage-taux;région;24;2024-T3;7\n");
    assertThat(ContentSniffer.sniff(latin1)).isEqualTo(ContentSniffer.LATIN_1);
    assertThat(ContentSniffer.sniff(utf8)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void every_import_code_used_in_the_readers_has_a_french_and_an_english_text() throws IOException {
    Set<String> used = new HashSet<>();
    Pattern code = Pattern.compile("\"(import\\.[a-z0-9.-]+)\"");
    try (var files = Files.list(Path.of("src/main/java/org/phare/store/indicator"))) {
      for (Path file : files.toList()) {
        Matcher m = code.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).contains("import.value.not-number", "import.file.binary");
    Properties fr = bundle("fr");
    Properties en = bundle("en");
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(fr.stringPropertyNames()).containsAll(used);
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageCatalogue.class.getResourceAsStream(
            "/messages/import_" + language + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private Refusal sniffRefusal(Path file) {
    return catchThrowableOfType(ImportException.class, () -> ContentSniffer.sniff(file)).refusal();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
