package org.phare.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.phare.core.ecosystem.NameSimilarity;
import org.phare.core.testing.SharedData;

/**
 * The one text normaliser against the four it replaced (kept below, verbatim as of commit 6714134,
 * as the oracle) on real names: the 34,969 current communes, 1,255 EPCI, 109 départements, 26
 * regions (decoupage-administratif, COG 2026) and the Musées de France names
 * (culture-frequentation-musees), which look like the organisation names users type.
 */
class TextFoldTest {

  /** The normalisers that existed before TextFold, copied unchanged: the oracle. */
  static final class Before {

    /** NameSimilarity.normalise: wrote eco_organisation.name_normalised. */
    static String nameSimilarity(String name) {
      String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
      StringBuilder plain = new StringBuilder(decomposed.length());
      for (int i = 0; i < decomposed.length(); i++) {
        char c = decomposed.charAt(i);
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        if (c == 'œ' || c == 'Œ') {
          plain.append("oe");
        } else if (c == 'æ' || c == 'Æ') {
          plain.append("ae");
        } else {
          plain.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
      }
      StringBuilder result = new StringBuilder();
      for (String word : plain.toString().toLowerCase(Locale.ROOT).split(" +")) {
        if (!word.isEmpty() && !NOISE.contains(word)) {
          result.append(result.length() == 0 ? "" : " ").append(word);
        }
      }
      return result.toString();
    }

    static final Set<String> NOISE =
        Set.of(
            "association",
            "asso",
            "sa",
            "sas",
            "sasu",
            "sarl",
            "eurl",
            "scop",
            "sci",
            "le",
            "la",
            "les",
            "l",
            "de",
            "du",
            "des",
            "d",
            "et");

    /** EcosystemStore.nameKey: commune look-up by name. */
    static String nameKey(String name) {
      String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
      return decomposed
          .replaceAll("\\p{M}", "")
          .toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N}]+", " ")
          .strip();
    }

    /** TerritoryService.fold: territory search with a database. */
    static String territorySearch(String text) {
      String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
      return decomposed
          .replaceAll("\\p{M}", "")
          .toLowerCase(Locale.ROOT)
          .replace('-', ' ')
          .replace('’', '\'');
    }
  }

  static List<String> column(String relative, String header) {
    try {
      List<String> lines = Files.readAllLines(SharedData.path(relative), StandardCharsets.UTF_8);
      int index = fields(lines.get(0)).indexOf(header);
      assertThat(index).as(header + " in " + relative).isNotNegative();
      List<String> values = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        List<String> fields = fields(line);
        if (fields.size() > index) { // a few museum notes hold a line break: their tail is skipped
          values.add(fields.get(index));
        }
      }
      return values;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One CSV line (RFC 4180 quotes). */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  static final List<String> COMMUNES =
      column("decoupage-administratif/communes_actuelles.csv", "nom");

  static List<String> realNames() {
    Set<String> names = new LinkedHashSet<>(COMMUNES);
    names.addAll(column("decoupage-administratif/epci.csv", "nom"));
    names.addAll(column("decoupage-administratif/departements.csv", "nom"));
    names.addAll(column("decoupage-administratif/regions.csv", "nom"));
    names.addAll(
        column(
            "indicators/culture-frequentation-musees/frequentation_musees_de_france_2001_2021.csv",
            "nom_du_musee"));
    return List.copyOf(names);
  }

  @Example
  void the_stored_organisation_key_is_unchanged_on_every_real_name() {
    List<String> names = realNames();
    assertThat(names).as("distinct real names").hasSizeGreaterThan(35_000);
    List<String> differing = new ArrayList<>();
    for (String name : names) {
      if (!NameSimilarity.normalise(name).equals(Before.nameSimilarity(name))) {
        differing.add(name);
      }
    }
    // identical, so eco_organisation.name_normalised needs no migration
    assertThat(differing).isEmpty();
  }

  @Property(tries = 3000)
  void the_stored_organisation_key_is_unchanged_on_any_text(@ForAll("text") String text) {
    assertThat(NameSimilarity.normalise(text)).isEqualTo(Before.nameSimilarity(text));
  }

  @Property(tries = 3000)
  void the_stored_organisation_key_is_unchanged_on_any_unicode_string(@ForAll String text) {
    assertThat(NameSimilarity.normalise(text)).isEqualTo(Before.nameSimilarity(text));
  }

  @Example
  void commune_names_group_the_same_communes_as_before() {
    // A look-up by name finds the communes sharing the name's key: the same groups, so the same
    // answers (found, ambiguous, unknown) for every real name.
    Map<String, Set<Integer>> before = new HashMap<>();
    Map<String, Set<Integer>> after = new HashMap<>();
    for (int i = 0; i < COMMUNES.size(); i++) {
      before.computeIfAbsent(Before.nameKey(COMMUNES.get(i)), k -> new TreeSet<>()).add(i);
      after.computeIfAbsent(TextFold.fold(COMMUNES.get(i)), k -> new TreeSet<>()).add(i);
    }
    assertThat(COMMUNES).hasSize(34_969);
    assertThat(new HashSet<>(after.values())).isEqualTo(new HashSet<>(before.values()));
    // "Saint-Denis" is the name of several communes: still ambiguous
    assertThat(after.get("saint denis")).hasSizeGreaterThan(1);
  }

  @Example
  void a_search_that_matched_before_still_matches() {
    // every real name is found by itself and by each of its words, as with the old search fold
    for (String name : realNames()) {
      String folded = TextFold.fold(name);
      for (String word : name.split("[\\s-]+")) {
        if (Before.territorySearch(name).contains(Before.territorySearch(word))) {
          assertThat(folded).as(name + " / " + word).contains(TextFold.fold(word));
        }
      }
    }
  }

  @Example
  void spellings_users_type_fold_to_the_same_text() {
    String expected = "saint jean d angely";
    for (String typed :
        List.of(
            "Saint-Jean-d’Angély",
            "Saint-Jean-d'Angély",
            "SAINT JEAN D'ANGELY",
            "  saint jean  d angely ",
            "saint-jean-d-angely")) {
      assertThat(TextFold.fold(typed)).as(typed).isEqualTo(expected);
    }
    assertThat(TextFold.fold("Œuilly")).isEqualTo(TextFold.fold("Oeuilly")).isEqualTo("oeuilly");
    assertThat(TextFold.fold("Cœuvres-et-Valsery")).isEqualTo("coeuvres et valsery");
    assertThat(TextFold.fold("ISTRES")).isEqualTo("istres"); // dotless ı never, under tr_TR too
    assertThat(TextFold.fold("İstanbul")).isEqualTo("istanbul");
    assertThat(TextFold.fold(null)).isEmpty();
    assertThat(TextFold.fold(" -'’ ")).isEmpty();
  }

  @Property(tries = 2000)
  void folding_is_idempotent_and_leaves_lower_case_words_separated_by_one_space(
      @ForAll("text") String text) {
    String folded = TextFold.fold(text);
    assertThat(TextFold.fold(folded)).isEqualTo(folded);
    assertThat(folded).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    assertThat(folded.codePoints())
        .allMatch(c -> c == ' ' || Character.isDigit(c) || Character.isLowerCase(c));
  }

  @Property(tries = 2000)
  void case_accents_and_punctuation_do_not_matter(@ForAll("text") String text) {
    String folded = TextFold.fold(text);
    assertThat(TextFold.fold(text.toUpperCase(Locale.ROOT))).isEqualTo(folded);
    assertThat(TextFold.fold(Before.nameKey(text))).isEqualTo(folded);
    assertThat(TextFold.fold(text.replace('-', '\'').replace(' ', '’'))).isEqualTo(folded);
  }

  /**
   * Text in the alphabet of French names, with the traps: ligatures, curly quotes, İ, combining.
   */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("abcdeéèêëiîïoôöuùûüçyœæAÉÈÇÎÔŒÆIİ0123456789")
        .withChars(" -'’.,()/&\u00A0\u202F\t\u0301\u0327")
        .ofMaxLength(40);
  }
}
