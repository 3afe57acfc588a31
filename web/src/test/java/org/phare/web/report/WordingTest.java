package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.phare.core.territory.Level;
import org.phare.core.territory.PlaceNames;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.web.WebFixture;

/**
 * The French of the report as a reader sees it (issue 15 point 3): the report of every level for a
 * sample of territories (a region, départements with « le », « la », « l’ », « les », an EPCI, a
 * commune with « Le »), and the home, rendered; their visible text must not hold a territory name
 * missing its article after « à », « de », « en », « que » (« par rapport à France », « plus
 * fragile que Centre-Val de Loire », « à Loiret »), a bare name opening a sentence (« Loiret compte
 * »), « (s) », « vs », raw codes (« departement:45 », « pays FR »). The right forms come from the
 * COG's article ({@link PlaceNames}). The English version must not keep French words.
 */
class WordingTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final WebFixture FIXTURE = WebFixture.get();

  /** The sample, one per case (COG 2026 typeLiaison in brackets). */
  static final Map<String, TerritoryId> SAMPLE = new LinkedHashMap<>();

  static {
    SAMPLE.put("France", TerritoryId.FRANCE);
    SAMPLE.put("Centre-Val de Loire [le]", TerritoryId.of(Level.REGION, "24"));
    SAMPLE.put("Bretagne [none]", TerritoryId.of(Level.REGION, "53"));
    SAMPLE.put("Loiret [le]", TerritoryId.of(Level.DEPARTEMENT, "45"));
    SAMPLE.put("Savoie [la]", TerritoryId.of(Level.DEPARTEMENT, "73"));
    SAMPLE.put("Ain [l’]", TerritoryId.of(Level.DEPARTEMENT, "01"));
    SAMPLE.put("Landes [les]", TerritoryId.of(Level.DEPARTEMENT, "40"));
    SAMPLE.put("CC des Loges", TerritoryId.of(Level.EPCI, "244500427"));
    SAMPLE.put("Le Mans", TerritoryId.of(Level.COMMUNE, "72181"));
  }

  static String get(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(FIXTURE.url(path))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  /** What a reader reads: the text of the page, tags, scripts and styles removed, entities read. */
  static String visible(String html) {
    String text =
        html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
            .replaceAll("(?s)<[^>]+>", " ")
            .replace("&nbsp;", " ")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    return text.replaceAll("[\\s\\u00a0\\u202f]+", " ");
  }

  static List<String> frenchProblems(String where, String text, List<Territory> names) {
    List<String> problems = new ArrayList<>();
    for (String bad : List.of(" vs ", "vs.", "pays FR", "(niveau:code)")) {
      find(problems, where, text, Pattern.quote(bad));
    }
    // a plural left to the reader; the fund « Solidaire à fond(s) » is a proper name
    find(problems, where, text, "(?<!fond)\\(s\\)");
    find(problems, where, text, "\\b(region|departement|epci|commune|pays|country):[0-9A-Za-z]+");
    find(problems, where, text, "à médiane|à moyenne");
    // agreement: régions, intercommunalités and communes are feminine
    find(problems, where, text, "\\bquels (régions|intercommunalités|communes)\\b");
    for (Territory t : names) {
      String name = Pattern.quote(t.name());
      List<String> right =
          List.of(
              PlaceNames.to(t),
              PlaceNames.of(t),
              PlaceNames.in(t),
              PlaceNames.named(t),
              "que " + PlaceNames.named(t));
      for (String preposition : List.of("à", "de", "en", "que", "dans")) {
        Matcher m = Pattern.compile("\\b" + preposition + " " + name + "\\b").matcher(text);
        while (m.find()) {
          String found = m.group();
          // inside a proper name (« Musées de France », « CC Coeur de Savoie »): not a sentence
          String before = text.substring(Math.max(0, m.start() - 30), m.start()).strip();
          String previous = before.substring(before.lastIndexOf(' ') + 1);
          boolean inName = !previous.isEmpty() && Character.isUpperCase(previous.charAt(0));
          if (!inName && !right.contains(found)) {
            problems.add(where + ": « " + context(text, m.start()) + " » (want " + right + ")");
          }
        }
      }
      if (!PlaceNames.named(t).equals(t.name())) {
        // a name that takes an article must not open a sentence bare: « Loiret compte »
        find(problems, where, text, "(^|[.!?:] )" + name + " (compte|est|a|se)\\b");
      }
    }
    return problems;
  }

  static void find(List<String> problems, String where, String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      problems.add(where + ": « " + context(text, m.start()) + " »");
    }
  }

  static String context(String text, int at) {
    return text.substring(Math.max(0, at - 50), Math.min(text.length(), at + 70)).strip();
  }

  List<Territory> sampleTerritories() {
    List<Territory> all = new ArrayList<>();
    SAMPLE.values().forEach(id -> all.add(FIXTURE.data.referential().require(id)));
    // the parents and peers named on these reports
    all.add(FIXTURE.data.referential().require(TerritoryId.of(Level.REGION, "84")));
    all.add(FIXTURE.data.referential().require(TerritoryId.of(Level.REGION, "75")));
    all.add(FIXTURE.data.referential().require(TerritoryId.of(Level.REGION, "52")));
    all.add(FIXTURE.data.referential().require(TerritoryId.of(Level.DEPARTEMENT, "72")));
    return all;
  }

  @Test
  void the_french_of_every_level_s_report_and_of_the_home_reads_right() throws Exception {
    List<Territory> names = sampleTerritories();
    List<String> problems = new ArrayList<>();
    problems.addAll(frenchProblems("/", visible(get("/")), names));
    for (var e : SAMPLE.entrySet()) {
      TerritoryId id = e.getValue();
      String path = "/territoire/" + id.level().code() + "/" + id.code();
      problems.addAll(frenchProblems(e.getKey(), visible(get(path)), names));
      if (id.level() != Level.COUNTRY) {
        problems.addAll(
            frenchProblems(e.getKey() + " pairs", visible(get(path + "?ref=peers")), names));
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  /** French words a reader of the English version should never meet (regular expressions). */
  static final List<String> FRENCH =
      List.of(
          // units, after their number (a French source title may say « habitants »)
          "\\d habitants(?! ou plus)",
          "\\d entrées",
          "logements par an",
          "\\d hab\\.",
          "données simulées",
          "par rapport",
          "trait :",
          "contexte",
          "Score objectif",
          "Fragilité perçue",
          "agrégé",
          "depuis",
          "note moyenne",
          "pas de donnée",
          "médiane");

  @Test
  void the_english_version_keeps_no_french_word() throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/", "/?lang=en");
    for (var e : SAMPLE.entrySet()) {
      TerritoryId id = e.getValue();
      pages.put(e.getKey(), "/territoire/" + id.level().code() + "/" + id.code() + "?lang=en");
    }
    for (var p : pages.entrySet()) {
      String text = visible(get(p.getValue()));
      for (String word : FRENCH) {
        Matcher m = Pattern.compile(word).matcher(text);
        if (m.find()) {
          problems.add(p.getKey() + ": « " + context(text, m.start()) + " »");
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }
}
