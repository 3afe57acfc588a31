package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 point 5: on a 390 px phone no page scrolls sideways. The pages are {@link
 * SamplePages#paths()} (the router's GET pages, filled with seeded records). Each page is opened
 * anonymous and signed in as a Loiret editor, at 390 × 900, after htmx's deferred parts have
 * loaded, and must hold:
 *
 * <ul>
 *   <li>{@code document.documentElement.scrollWidth <= window.innerWidth};
 *   <li>every chart or map text drawn at 11 px or more on screen (its computed font size times the
 *       scale of its SVG, {@code getScreenCTM()}; texts of closed sections are not drawn).
 * </ul>
 *
 * Screenshots of the Loiret's report, the organisations and a speed-dating at 390 px:
 * target/screenshots/phone-*.png.
 */
class PhoneWidthBrowserTest {

  static final WebFixture WEB = WebFixture.get();
  static final int PHONE = 390;

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

  /** What overflows: the page's width and the first elements reaching past the screen's edge. */
  static final String WIDE =
      "() => { const w = window.innerWidth; const out = [];"
          + " const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) {"
          + "   if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };"
          + " for (const e of document.querySelectorAll('body *')) {"
          + "   const r = e.getBoundingClientRect();"
          + "   if (r.right > w + 0.5 && !clipped(e)) {"
          + "     out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "       + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')"
          + "       + ' ' + Math.round(r.right));"
          + "     if (out.length >= 6) break; } }"
          + " const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + " for (let n = walk.nextNode(); n && out.length < 8; n = walk.nextNode()) {"
          + "   const range = document.createRange(); range.selectNodeContents(n);"
          + "   const r = range.getBoundingClientRect();"
          + "   if (r.right > w + 0.5 && n.parentElement && !clipped(n.parentElement)"
          + "       && !n.parentElement.closest('svg'))"
          + "     out.push('text «' + n.textContent.trim().slice(0, 30) + '» ' + Math.round(r.right)); }"
          + " return document.documentElement.scrollWidth + ' px; ' + out.join(' | '); }";

  /** Chart texts drawn under 11 px: their text, computed size and rendered size. */
  static final String SMALL_TEXT =
      "() => { const out = [];"
          + " for (const t of document.querySelectorAll('svg text')) {"
          + "   const r = t.getBoundingClientRect(); if (r.width === 0 && r.height === 0) continue;"
          + "   const m = t.getScreenCTM(); if (!m) continue;"
          + "   const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);"
          + "   if (size < 10.95) out.push((t.closest('svg').getAttribute('aria-labelledby') || '?')"
          + "     + ' «' + t.textContent.slice(0, 20) + '» ' + size.toFixed(1) + ' px'); }"
          + " return out; }";

  @Test
  void no_page_scrolls_sideways_at_390_px_and_no_chart_text_is_under_11_px() {
    List<String> paths = SamplePages.paths();
    assertThat(paths).hasSizeGreaterThan(40);
    // -Dphone.only=<part of a path>: check only those pages (while mending one)
    String only = System.getProperty("phone.only");
    if (only != null) {
      paths = paths.stream().filter(p -> p.contains(only)).toList();
    }
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String who : new String[] {"anonymous", "editor"}) {
      Page page =
          who.equals("anonymous")
              ? browsers.page(PHONE)
              : browsers.signIn(WEB.url(""), "loiret1", WebFixture.PASSWORD, PHONE, "/compte");
      for (String path : paths) {
        page.navigate(WEB.url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        checked++;
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        if (!Boolean.TRUE.equals(fits)) {
          failures.add(who + " " + path + ": " + page.evaluate(WIDE));
        }
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate(SMALL_TEXT);
        if (!small.isEmpty()) {
          failures.add(
              who
                  + " "
                  + path
                  + ": "
                  + small.size()
                  + " chart texts under 11 px, "
                  + small.subList(0, Math.min(4, small.size())));
        }
      }
      if (who.equals("anonymous")) {
        shot(page, "/territoire/departement/45", "phone-report-loiret");
        // the full page is 14,000 px high: the screen at a few places too
        for (String part :
            new String[] {"#identity", "#priorities", "#domain-EMPLOYMENT", "#crossing", "#p3"}) {
          page.locator(part).first().scrollIntoViewIfNeeded();
          page.screenshot(
              new Page.ScreenshotOptions()
                  .setPath(
                      Browsers.SHOTS.resolve("phone-report-loiret-" + part.substring(1) + ".png")));
        }
        shot(page, "/organisations", "phone-organisations");
        shot(
            page,
            "/?domaine=EMPLOYMENT&niveau=departement&pairs=45,18,41",
            "phone-dashboard-peers");
        Accessibility.assertNoViolations(page);
        shot(
            page,
            "/mise-en-relation/speed-dating/" + SamplePages.ids.get("event"),
            "phone-speed-dating");
      }
      page.context().close();
    }
    System.out.println("phone width: " + checked + " pages checked at " + PHONE + " px");
    assertThat(failures).as("pages wider than 390 px or chart texts under 11 px").isEmpty();
  }

  static void shot(Page page, String path, String name) {
    page.navigate(WEB.url(path));
    page.waitForLoadState(LoadState.NETWORKIDLE);
    Browsers.shot(page, name);
  }
}
