package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as the browser shows it (Deque's axe-core for
 * Playwright, the reference implementation of automated accessibility checks). A test calls it on
 * every page it touches; a violation fails with the rule, its help text and the offending elements.
 */
public final class Accessibility {

  /** The rule sets of WCAG 2.0 and 2.1, levels A and AA (RGAA 4.1 builds on them). */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  /** axe's WCAG 2.1 AA violations on the page as it is now, each with its offending elements. */
  public static List<Rule> violations(Page page) {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
    return results.getViolations();
  }

  /** Fails when axe finds a WCAG 2.1 AA violation on the page. */
  public static void assertNoViolations(Page page) {
    List<Rule> violations = violations(page);
    assertThat(violations)
        .as(
            "axe WCAG 2.1 AA violations on %s:%n%s",
            page.url(),
            violations.stream()
                .map(
                    v ->
                        v.getId()
                            + " ("
                            + v.getImpact()
                            + "): "
                            + v.getHelp()
                            + " — "
                            + v.getNodes().stream()
                                .limit(5)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
