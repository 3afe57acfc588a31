package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 point 1: zero axe-core violations (WCAG 2.1 A and AA, {@link Accessibility}) on every
 * page of {@link SamplePages#paths()} (the router's GET pages filled with seeded records, the
 * report at every level, the error pages), in French and in English ({@code ?lang=en}), at 1280 and
 * 390 px, anonymous and signed in as a Loiret editor. One browser, one context per role: the width
 * changes on the same page, no relaunch. Every violation is collected (rule, page, element) and the
 * test fails at the end listing them all, with the count of pages checked.
 *
 * <p>{@code -Daxe.only=<part of a path>} checks only those pages (while mending one).
 *
 * <p>In {@code mvn verify} every page is checked in two complementary settings (signed in as an
 * editor, French, 390 px; anonymous, English, 1280 px), so that each language, width and role is
 * covered on every page within the CI's time (the 8 combinations take ~40 min on a loaded 2-core
 * machine); {@code -Daxe.matrix=full} runs all 8 combinations.
 */
class AxeEveryPageBrowserTest {

  static final WebFixture WEB = WebFixture.get();
  static final int[] WIDTHS = {1280, Browsers.PHONE};
  static final String[] LANGUAGES = {"fr", "en"};

  static Browsers browsers;

  @BeforeAll
  static void seed() {
    browsers = Browsers.launch();
    SamplePages.seed(browsers);
  }

  @AfterAll
  static void stop() {
    if (browsers != null) {
      browsers.close();
    }
  }

  static final boolean FULL = "full".equals(System.getProperty("axe.matrix"));

  /** Whether this combination is checked (all of them with {@code -Daxe.matrix=full}). */
  static boolean checked(String who, int width, String lang) {
    return FULL
        || (who.equals("editor") && width == Browsers.PHONE && lang.equals("fr"))
        || (who.equals("anonymous") && width == WIDTHS[0] && lang.equals("en"));
  }

  static String inLanguage(String path, String lang) {
    return lang.equals("fr") ? path : path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
  }

  @Test
  void every_page_in_both_languages_at_both_widths_for_both_roles_has_no_axe_violation() {
    long start = System.nanoTime();
    List<String> paths = SamplePages.paths();
    assertThat(paths).hasSizeGreaterThan(40);
    String only = System.getProperty("axe.only");
    if (only != null) {
      paths = paths.stream().filter(p -> p.contains(only)).toList();
    }
    List<String> violations = new ArrayList<>();
    // rule -> number of offending elements, over every page
    Map<String, Integer> byRule = new TreeMap<>();
    int checked = 0;
    String[] roles = {"anonymous", "editor"};
    for (String who : roles) {
      Page page =
          who.equals("anonymous")
              ? browsers.page(WIDTHS[0])
              : browsers.signIn(WEB.url(""), "loiret1", WebFixture.PASSWORD, WIDTHS[0], "/compte");
      for (int width : WIDTHS) {
        page.setViewportSize(width, 900);
        for (String lang : LANGUAGES) {
          if (!checked(who, width, lang)) {
            continue;
          }
          for (String path : paths) {
            String url = inLanguage(path, lang);
            page.navigate(WEB.url(url));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            checked++;
            List<Rule> found = Accessibility.violations(page);
            // progress, for a run of several minutes
            System.out.printf(
                "axe %d %s %d %s: %d rules%n", checked, who, width, url, found.size());
            for (Rule rule : found) {
              for (CheckedNode node : rule.getNodes()) {
                byRule.merge(rule.getId(), 1, Integer::sum);
                violations.add(
                    rule.getId()
                        + " ("
                        + rule.getImpact()
                        + ") "
                        + who
                        + " "
                        + width
                        + " px "
                        + url
                        + " — "
                        + node.getTarget()
                        + " — "
                        + firstLine(node.getFailureSummary()));
              }
            }
          }
        }
      }
      page.context().close();
    }
    System.out.printf(
        "axe: %d pages checked (%d routes × %s) in %d s; %d violations %s%n",
        checked,
        paths.size(),
        FULL
            ? LANGUAGES.length
                + " languages × "
                + WIDTHS.length
                + " widths × "
                + roles.length
                + " roles"
            : "editor/French/390 px and anonymous/English/1280 px",
        (System.nanoTime() - start) / 1_000_000_000L,
        violations.size(),
        byRule);
    violations.forEach(v -> System.out.println("axe: " + v));
    assertThat(violations)
        .as("axe WCAG 2.1 AA violations (rule, role, width, page, element)")
        .isEmpty();
  }

  private static String firstLine(String summary) {
    if (summary == null) {
      return "";
    }
    String[] lines = summary.strip().split("\n");
    return lines.length > 1 ? lines[1].strip() : lines[0].strip();
  }
}
