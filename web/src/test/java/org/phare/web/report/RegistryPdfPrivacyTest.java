package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.indicator.Domain;
import org.phare.web.WebFixture;

/**
 * Issue 19, point 9: with public read off, the report PDF of an anonymous visitor carries none of
 * the registry's figures; a signed-in PDF does, is never cached, and no PDF carries a contact.
 */
class RegistryPdfPrivacyTest {

  static final String EMAIL = "jeanne.martin@entraide45.example.org";
  static final String PHONE = "02 38 12 34 56";

  @Test
  void private_registry_figures_stay_out_of_the_anonymous_pdf_and_contacts_out_of_every_pdf()
      throws Exception {
    WebFixture fixture = WebFixture.get();
    fixture.resetEcosystem();
    Actor admin = fixture.ecosystem.accounts().actor(1).orElseThrow();
    fixture
        .ecosystem
        .registry()
        .create(
            admin,
            new Organisation(
                0,
                "Entraide Orléans",
                OrganisationType.ASSOCIATION,
                null,
                null,
                true,
                "45234",
                Set.of(Domain.EMPLOYMENT),
                Set.of(),
                new Contact("Jeanne Martin", EMAIL, PHONE, ""),
                null,
                0),
            false);
    String path = "/territoire/departement/45/rapport.pdf";
    HttpClient http = HttpClient.newHttpClient();
    try {
      fixture.ecosystem.accounts().setPublicRead(admin, false);
      HttpResponse<byte[]> anonymous =
          http.send(
              HttpRequest.newBuilder(URI.create(fixture.url(path))).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(anonymous.statusCode()).isEqualTo(200);
      // pdftotext wraps lines anywhere: compare with single spaces
      String anonymousText =
          text(anonymous.body(), "loiret-prive-anonyme.pdf").replaceAll("\\s+", " ");
      assertThat(anonymousText)
          .contains("se consulte en ligne")
          .doesNotContain("Organisations enregistrées")
          .doesNotContain(EMAIL)
          .doesNotContain(PHONE);

      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(URI.create(fixture.url("/api/login")))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"login\":\"loiret1\",\"password\":\"" + WebFixture.PASSWORD + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      HttpResponse<byte[]> signedIn =
          http.send(
              HttpRequest.newBuilder(URI.create(fixture.url(path)))
                  .header("Cookie", cookie)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(signedIn.statusCode()).isEqualTo(200);
      assertThat(signedIn.headers().firstValue("Cache-Control")).hasValue("private, no-store");
      String signedInText =
          text(signedIn.body(), "loiret-prive-connecte.pdf").replaceAll("\\s+", " ");
      assertThat(signedInText)
          .contains("Organisations enregistrées : 1")
          .doesNotContain(EMAIL)
          .doesNotContain(PHONE)
          .doesNotContain("Jeanne Martin");
    } finally {
      fixture.ecosystem.accounts().setPublicRead(admin, true);
    }
  }

  /** The PDF's text by pdftotext (poppler-utils), no-break spaces made plain spaces. */
  private static String text(byte[] pdf, String name) throws Exception {
    Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
    Files.write(file, pdf);
    Process process =
        new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", "-layout", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8).replace('\u202F', ' ').replace('\u00A0', ' ');
  }
}
