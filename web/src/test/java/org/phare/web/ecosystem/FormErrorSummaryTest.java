package org.phare.web.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.web.ecosystem.WebFixture.Client;

/**
 * A refused form says every problem at once (issue 15 point 9, issue 20 point 3): a summary at the
 * top with one link per refused field, each field marked invalid and tied to its message, the
 * user's input kept; the same markup for every form (error-summary.jte, field-error.jte and the
 * {@code FieldErrors} attribute helpers).
 */
class FormErrorSummaryTest {

  static final WebFixture WEB = EcosystemPagesTest.WEB;

  @BeforeEach
  void reset() {
    WEB.reset();
  }

  static List<String> all(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  static final Pattern MESSAGE = Pattern.compile("<p class=\"field-error\" id=\"error-(\\w+)\">");
  static final Pattern LINK = Pattern.compile("<li><a href=\"#(\\w+)\">");

  @Test
  void an_organisation_with_three_bad_fields_gets_three_messages_a_summary_and_tied_fields() {
    Client editor = WEB.login("loiret1");
    Map<String, Object> form = new LinkedHashMap<>(EcosystemPagesTest.association("", "45234"));
    form.put("commune", "Atlantide-sur-Loire");
    form.put("email", "pas une adresse");
    form.put("person", "Marie Curie");

    HttpResponse<String> refused =
        EcosystemPagesTest.submit(editor, "/organisations/nouvelle", form);

    assertThat(refused.statusCode()).isEqualTo(422);
    String body = refused.body();
    // Three messages, one under each field, in the form's order of checks.
    assertThat(all(MESSAGE, body)).containsExactlyInAnyOrder("name", "commune", "email");
    // The summary: an alert with the count and one link per field.
    assertThat(body)
        .contains("role=\"alert\" id=\"form-errors\"")
        .contains("<h2 id=\"form-errors-title\">Le formulaire contient 3 erreurs</h2>");
    assertThat(all(LINK, body)).containsExactlyInAnyOrder("name", "commune", "email");
    // Each field marked invalid and described by its message; the input kept.
    assertThat(body)
        .containsPattern(
            "<input id=\"name\" name=\"name\" value=\"\"[^>]*aria-invalid=\"true\""
                + " aria-describedby=\"error-name\">")
        .containsPattern(
            "<input id=\"commune\" name=\"commune\" value=\"Atlantide-sur-Loire\"[^>]*"
                + "aria-invalid=\"true\" aria-describedby=\"commune-help error-commune\"")
        .containsPattern(
            "<input id=\"email\" name=\"email\" type=\"email\" value=\"pas une adresse\"[^>]*"
                + "aria-invalid=\"true\" aria-describedby=\"error-email\">")
        .contains("value=\"Marie Curie\"");
    // A field that is fine carries neither attribute.
    assertThat(body).containsPattern("<input id=\"person\" name=\"person\" value=\"Marie Curie\">");
    assertThat(EcosystemPagesTest.organisations()).isZero();
  }

  @Test
  void the_summary_is_english_with_lang_en_and_singular_for_one_error() {
    Client editor = WEB.login("loiret1");
    Map<String, Object> form = new LinkedHashMap<>(EcosystemPagesTest.association("Asso", "45234"));
    form.put("email", "nope");
    HttpResponse<String> fr = EcosystemPagesTest.submit(editor, "/organisations/nouvelle", form);
    assertThat(fr.body()).contains(">Le formulaire contient 1 erreur</h2>");
    HttpResponse<String> en =
        EcosystemPagesTest.submit(editor, "/organisations/nouvelle?lang=en", form);
    assertThat(en.body()).contains(">The form has 1 error</h2>");
  }

  @Test
  void a_partnership_reports_its_title_members_and_dates_together() {
    Client editor = WEB.login("loiret1");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", "");
    p.put("members", List.of(EcosystemPagesTest.stored("Alpha", "45234").id()));
    p.put("category", "MECENAT");
    p.put("territory", "departement:45");
    p.put("start", "2025-01-01");
    p.put("end", "2024-01-01");
    HttpResponse<String> refused = EcosystemPagesTest.submit(editor, "/partenariats/nouveau", p);
    assertThat(refused.statusCode()).isEqualTo(422);
    List<String> fields = all(MESSAGE, refused.body());
    assertThat(all(LINK, refused.body())).containsExactlyElementsOf(fields);
    assertThat(fields).contains("members");
    assertThat(refused.body())
        .contains("Le formulaire contient " + fields.size() + " erreur")
        .containsPattern(
            "<select id=\"members\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"error-members\"");
  }
}
