package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The commune picker's fragments (commune-picker.jte, /recherche/communes): what the user typed is
 * compared folded by the one text normaliser (accents, case, hyphens do not matter), only communes
 * are suggested, and choosing one puts back the field with "Name (code)", which the registry reads.
 * Names and codes from the COG 2026 referential in ../shared/data.
 */
class CommunePickerTest {

  /** The full application over the real referential (about 35,000 communes). */
  static final org.phare.web.WebFixture WEB = org.phare.web.WebFixture.get();

  static String get(String path) {
    try {
      HttpResponse<String> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(WEB.url(path))).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return response.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void typing_orl_suggests_orleans_as_a_button_that_picks_it() {
    String body = get("/recherche/communes?champ=commune&commune=orl");
    assertThat(body)
        .contains(
            "<button type=\"button\" hx-get=\"/recherche/communes/choix?champ=commune&code=45234\""
                + " hx-target=\"#commune-picker\" hx-swap=\"outerHTML\">Orléans (45234)</button>")
        .containsPattern("<p class=\"picker-count\">\\d+ communes trouvées\\.</p>");
    // Communes only: the region "Orléanais" or a département never appears.
    assertThat(body).doesNotContain("(45)<").doesNotContain("Centre-Val de Loire");
  }

  @Test
  void accents_case_and_hyphens_are_folded_like_everywhere_else() {
    assertThat(get("/recherche/communes?champ=commune&commune=ORLEANS"))
        .contains(">Orléans (45234)</button>");
    assertThat(get("/recherche/communes?champ=commune&commune=saint%20jean%20de%20braye"))
        .contains(">Saint-Jean-de-Braye (45284)</button>")
        .contains("1 commune trouvée.");
  }

  @Test
  void nothing_found_is_said_in_french_and_english_and_blank_says_nothing() {
    assertThat(get("/recherche/communes?champ=commune&commune=zzzq"))
        .contains("Aucune commune ne correspond.")
        .doesNotContain("<button");
    assertThat(get("/recherche/communes?champ=commune&commune=zzzq&lang=en"))
        .contains("No commune matches.");
    assertThat(get("/recherche/communes?champ=commune&commune=").strip()).isEmpty();
  }

  @Test
  void choosing_puts_back_the_field_with_name_and_code_announced_and_focused() {
    String body = get("/recherche/communes/choix?champ=commune&code=45234");
    assertThat(body)
        .contains("id=\"commune-picker\"")
        .contains("<input id=\"commune\" name=\"commune\" value=\"Orléans (45234)\"")
        .contains("autofocus")
        .contains(
            "aria-live=\"polite\"><p class=\"picker-count\">Commune choisie : Orléans (45234)</p>");
    assertThat(WEB.ecosystem.registry().communeByCodeOrName("Orléans (45234)").code())
        .isEqualTo("45234");
  }

  @Test
  void a_field_name_that_is_not_plain_falls_back_to_commune() {
    assertThat(get("/recherche/communes?champ=%22%3E%3Cscript%3E&commune=orl"))
        .contains("champ=commune&code=45234")
        .doesNotContain("<script>");
  }
}
