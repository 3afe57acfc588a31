package org.phare.store.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.message.Refusal;
import org.phare.core.territory.Level;

/**
 * The catalogue is complete and well-formed: every code the main code of any module uses has a
 * French and an English text, every pattern parses with ICU and renders with its arguments, French
 * and English differ, French uses typographic apostrophes.
 */
class MessageCatalogueTest {

  private static final Path BUNDLES = Path.of("src/main/resources/messages");

  /** Modules whose main sources may refuse (the test runs in store/). */
  private static final List<Path> SOURCES =
      List.of(
          Path.of("../core/src/main/java"),
          Path.of("src/main/java"),
          Path.of("../web/src/main/java"),
          Path.of("../cli/src/main/java"));

  /** A string literal shaped like a code: feature.segment[.segment...], lower case. */
  private static final Pattern CODE_LITERAL =
      Pattern.compile("\"([a-z]+)((?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+)\"");

  /** Texts that are the same word in both languages. */
  /** Texts made only of their arguments: the same in both languages by nature. */
  private static final Set<String> SAME_IN_BOTH = Set.of("perception.provenance.study");

  private static final MessageCatalogue CATALOGUE = MessageCatalogue.get();

  @Test
  void every_code_used_in_main_code_has_a_french_and_an_english_text() throws IOException {
    Set<String> features = features();
    Map<String, String> used = new TreeMap<>();
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = CODE_LITERAL.matcher(Files.readString(file));
          while (m.find()) {
            if (features.contains(m.group(1))) {
              used.putIfAbsent(m.group(1) + m.group(2), file.getFileName().toString());
            }
          }
        }
      }
    }
    // A sample the conversion must have found, so that the scan itself is known to work.
    assertThat(used)
        .containsKeys("registry.commune.unknown", "input.required", "matching.event.side-missing");
    List<String> missing = new ArrayList<>();
    used.forEach(
        (code, file) -> {
          if (CATALOGUE.pattern(code, MessageCatalogue.FRENCH) == null) {
            missing.add(code + " (fr, used in " + file + ")");
          }
          if (CATALOGUE.pattern(code, MessageCatalogue.ENGLISH) == null) {
            missing.add(code + " (en, used in " + file + ")");
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void french_and_english_bundles_have_the_same_codes() throws IOException {
    for (String feature : features()) {
      Properties fr = bundle(feature, "fr");
      Properties en = bundle(feature, "en");
      assertThat(new TreeSet<>(en.stringPropertyNames()))
          .as("codes of %s", feature)
          .isEqualTo(new TreeSet<>(fr.stringPropertyNames()));
      for (String code : fr.stringPropertyNames()) {
        assertThat(code).as("a code starts with its feature").startsWith(feature + ".");
      }
    }
  }

  @Test
  void every_pattern_parses_and_renders_with_its_arguments() throws IOException {
    for (String feature : features()) {
      for (String language : List.of("fr", "en")) {
        Properties texts = bundle(feature, language);
        for (String code : texts.stringPropertyNames()) {
          String pattern = texts.getProperty(code);
          MessageFormat format = new MessageFormat(pattern, Locale.forLanguageTag(language));
          String rendered = format.format(sampleArguments(pattern));
          assertThat(rendered).as("%s (%s)", code, language).isNotBlank().doesNotContain("{");
        }
      }
    }
  }

  @Test
  void french_texts_differ_from_english_and_use_typographic_apostrophes() throws IOException {
    for (String feature : features()) {
      Properties fr = bundle(feature, "fr");
      Properties en = bundle(feature, "en");
      for (String code : fr.stringPropertyNames()) {
        if (!SAME_IN_BOTH.contains(code)) {
          assertThat(fr.getProperty(code)).as(code).isNotEqualTo(en.getProperty(code));
        }
        assertThat(fr.getProperty(code)).as(code).doesNotContain("'");
      }
    }
  }

  @Test
  void plurals_follow_the_count() {
    Refusal one = Refusal.of("registry.duplicate", "name", "count", 1);
    Refusal three = Refusal.of("registry.duplicate", "name", "count", 3);
    assertThat(CATALOGUE.render(one, MessageCatalogue.FRENCH))
        .startsWith("Doublon probable : 1 organisation existante ressemble à celle-ci.");
    assertThat(CATALOGUE.render(three, MessageCatalogue.FRENCH))
        .startsWith("Doublon probable : 3 organisations existantes ressemblent à celle-ci.");
    assertThat(CATALOGUE.render(three, MessageCatalogue.ENGLISH))
        .startsWith("Probable duplicate: 3 existing organisations look like this one.");
    // French "one" covers 0 and 1; English 0 is "other".
    assertThat(
            CATALOGUE.render(
                Refusal.of("account.password.too-short", "password", "min", 12),
                MessageCatalogue.FRENCH))
        .isEqualTo("Le mot de passe doit comporter au moins 12 caractères.");
  }

  @Test
  void labelled_arguments_are_written_in_the_language_and_ids_without_grouping() {
    Refusal refusal =
        Refusal.of(
            "registry.modality.wrong-category",
            "modality",
            "modality",
            Modality.SKILLS_PATRONAGE,
            "category",
            PartnershipCategory.MECENAT,
            "chosen",
            PartnershipCategory.ECONOMIC_COOPERATION);
    assertThat(CATALOGUE.render(refusal, MessageCatalogue.FRENCH))
        .isEqualTo(
            "La modalité « Mécénat de compétences » relève de la catégorie « Mécénat », pas de"
                + " « Coopération économique ».");
    assertThat(CATALOGUE.render(refusal, MessageCatalogue.ENGLISH))
        .isEqualTo(
            "Modality “Skills patronage” belongs to category “Sponsorship (mécénat)”, not"
                + " “Economic cooperation”.");
    assertThat(
            CATALOGUE.render(
                Refusal.of(
                    "territory.unknown", "territory", "level", Level.DEPARTEMENT, "code", "99"),
                MessageCatalogue.ENGLISH))
        .isEqualTo(
            "No " + Level.DEPARTEMENT.labelEn() + " with code “99” in the territory referential.");
    assertThat(
            CATALOGUE.render(
                Refusal.of("registry.not-found.organisation", "id", "id", 123456L),
                MessageCatalogue.FRENCH))
        .isEqualTo("L’organisation n° 123456 n’existe pas (ou a été supprimée).");
  }

  @Test
  void a_code_without_text_renders_as_itself() {
    assertThat(CATALOGUE.render(Refusal.of("registry.no-such-code", ""), MessageCatalogue.FRENCH))
        .isEqualTo("registry.no-such-code");
  }

  /**
   * Values for every argument a pattern names: a number where it is counted or formatted, a
   * vocabulary code where it is selected on, a text elsewhere.
   */
  private static Map<String, Object> sampleArguments(String pattern) {
    Map<String, Object> args = new HashMap<>();
    Matcher typed = Pattern.compile("\\{\\s*(\\w+)\\s*,\\s*(\\w+)").matcher(pattern);
    while (typed.find()) {
      args.put(typed.group(1), "select".equals(typed.group(2)) ? "COMPANY" : (Object) 2);
    }
    Matcher plain = Pattern.compile("\\{\\s*(\\w+)\\s*}").matcher(pattern);
    while (plain.find()) {
      args.putIfAbsent(plain.group(1), "Orléans");
    }
    return args;
  }

  private static Set<String> features() throws IOException {
    Set<String> features = new TreeSet<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith("_fr.properties"))
          .forEach(n -> features.add(n.substring(0, n.length() - "_fr.properties".length())));
    }
    assertThat(features).contains("registry", "input", "matching", "account", "evaluation");
    return features;
  }

  private static Properties bundle(String feature, String language) {
    Properties properties = new Properties();
    String resource = "/messages/" + feature + "_" + language + ".properties";
    try (InputStream in = MessageCatalogue.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
