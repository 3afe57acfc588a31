package org.phare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check catches what it must (so that a page passing it means something): a
 * picture without text alternative, unreadable contrast, a field without label; and passes a page
 * that has none of them.
 */
class AccessibilityTest {

  @Test
  void the_check_fails_on_known_violations_and_passes_a_clean_page() {
    try (Browsers browsers = Browsers.launch()) {
      Page page = browsers.page(1280);
      page.setContent(
          "<!doctype html><html lang=fr><head><title>Essai</title></head><body><main>"
              + "<h1>Essai</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
              + "<p style='color:#bbb;background:#fff'>Texte pâle</p>"
              + "<input type=text name=nom></main></body></html>");
      assertThatThrownBy(() -> Accessibility.assertNoViolations(page))
          .hasMessageContaining("image-alt")
          .hasMessageContaining("color-contrast")
          .hasMessageContaining("label");
      page.setContent(
          "<!doctype html><html lang=fr><head><title>Essai</title></head><body><main>"
              + "<h1>Essai</h1><p>Texte lisible</p><label for=nom>Nom</label>"
              + "<input id=nom type=text name=nom></main></body></html>");
      Accessibility.assertNoViolations(page);
      assertThat(page.title()).isEqualTo("Essai");
    }
  }
}
