package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.CompanySize;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.EconomicStatus;
import org.phare.core.ecosystem.Modality;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.web.WebFixture;

class ReportPdfTest {

  @Test
  void the_pdf_holds_the_territory_name_and_its_identity_card() throws Exception {
    WebFixture fixture = WebFixture.get();
    HttpResponse<byte[]> response = getPdf(fixture);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/pdf");
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Path pdf = dir.resolve("centre-val-de-loire.pdf");
    Files.write(pdf, response.body());
    Process process =
        new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
            .redirectErrorStream(true)
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    // Expected figures counted by hand in decoupage-administratif/communes_actuelles.csv: the
    // current communes whose column 4 (region) is 24, and the sum of their column 7 (population).
    long population = 0;
    long communes = 0;
    List<String> lines =
        Files.readAllLines(
            org.phare.core.testing.SharedData.path(
                "decoupage-administratif/communes_actuelles.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[3].equals("24")) {
        communes++;
        population += Long.parseLong(f[6]);
      }
    }
    assertThat(text).contains("Centre-Val de Loire");
    // pdftotext may render the narrow no-break space as a plain space: compare with plain spaces
    String plain = text.replace('\u202F', ' ');
    assertThat(plain).contains(ReportPageTest.frenchThousands(population).replace('\u202F', ' '));
    assertThat(plain).contains(ReportPageTest.frenchThousands(communes).replace('\u202F', ' '));
    // the provenance line of the perception part lists every source and may wrap anywhere
    assertThat(text.replaceAll("\\s+", " "))
        .contains("données simulées".toUpperCase(java.util.Locale.ROOT));
    assertThat(text).contains("5. Synthèse");
    // the bundled DejaVu Sans (jasperreports-fonts) is embedded, whatever fonts the machine has
    Process fonts = new ProcessBuilder("/usr/bin/pdffonts", pdf.toString()).start();
    String fontList = new String(fonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(fonts.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(fontList).containsPattern("\\+DejaVuSans +CID TrueType .* yes +yes");
    assertThat(fontList).contains("+DejaVuSans-Bold");
    // the second request is served from the PDF cache: the same bytes
    HttpResponse<byte[]> again = getPdf(fixture);
    assertThat(again.body()).isEqualTo(response.body());
  }

  private static HttpResponse<byte[]> getPdf(WebFixture fixture) throws Exception {
    return getPdf(fixture, "/territoire/region/24/rapport.pdf");
  }

  private static HttpResponse<byte[]> getPdf(WebFixture fixture, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(fixture.url(path))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The PDF's text by pdftotext (poppler-utils), narrow no-break spaces made plain spaces. */
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

  static Organisation organisation(String name, OrganisationType type, String commune) {
    return new Organisation(
        0,
        name,
        type,
        type == OrganisationType.COMPANY ? CompanySize.SME : null,
        type == OrganisationType.COMPANY ? EconomicStatus.CLASSIC : null,
        type == OrganisationType.ASSOCIATION,
        commune,
        Set.of(Domain.EMPLOYMENT),
        Set.of(),
        Contact.NONE,
        null,
        0);
  }

  @Test
  void the_pdf_shows_the_registry_figures_of_parts_3_and_4_and_the_next_pdf_shows_an_edit()
      throws Exception {
    WebFixture fixture = WebFixture.get();
    fixture.resetEcosystem();
    var registry = fixture.ecosystem.registry();
    Actor admin = fixture.ecosystem.accounts().actor(1).orElseThrow();
    Organisation acme =
        registry.create(admin, organisation("ACME", OrganisationType.COMPANY, "45234"), false);
    Organisation entraide =
        registry.create(
            admin, organisation("Entraide", OrganisationType.ASSOCIATION, "45232"), false);
    registry.create(
        admin, organisation("Mairie", OrganisationType.LOCAL_AUTHORITY, "45234"), false);
    Partnership p =
        registry.create(
            admin,
            new Partnership(
                0,
                "Mécénat de compétences",
                List.of(acme.id(), entraide.id()),
                PartnershipCategory.MECENAT,
                Modality.SKILLS_PATRONAGE,
                Set.of(Domain.EMPLOYMENT),
                TerritoryId.of(Level.DEPARTEMENT, "45"),
                null,
                null,
                Set.of(),
                null,
                null,
                Set.of(),
                0));
    String path = "/territoire/departement/45/rapport.pdf";
    HttpResponse<byte[]> first = getPdf(fixture, path);
    assertThat(first.statusCode()).isEqualTo(200);
    String before = text(first.body(), "loiret-registre.pdf");
    // Part 3: 3 organisations, 1 in the social and solidarity economy, one per family row below.
    assertThat(before)
        .contains("Organisations enregistrées : 3, dont 1 de l’économie sociale et solidaire.")
        .containsPattern("Acteurs économiques +1 +Entreprise : 1")
        .containsPattern("Structures d’intérêt général +1 +Association : 1")
        .contains("Réseau de partenariats :");
    // Part 4: one partnership, a mécénat of skills; no initiative yet.
    assertThat(before)
        .contains("Partenariats ayant au moins un membre dans le territoire : 1.")
        .containsPattern("Mécénat +1 +Mécénat de compétences : 1")
        .containsPattern("Coopération économique +0")
        .contains("Organisations ayant au moins un partenariat")
        .contains("Initiatives situées dans le territoire :")
        .contains("Aucune évaluation pour l’instant.");
    assertThat(before).doesNotContain("se consulte en ligne");
    // The part-4 fragment comes after the part-4 heading, the part-3 one before it.
    assertThat(before.indexOf("Partenariats enregistrés"))
        .isGreaterThan(before.indexOf("4. Les pratiques partenariales"));
    assertThat(before.indexOf("Organisations enregistrées"))
        .isBetween(before.indexOf("3. Le panorama"), before.indexOf("4. Les pratiques"));

    // An edit (the category) shows in the very next PDF: the cache is keyed by the registry.
    registry.update(
        admin,
        new Partnership(
            p.id(),
            p.title(),
            p.memberIds(),
            PartnershipCategory.ECONOMIC_COOPERATION,
            null,
            p.domains(),
            p.territory(),
            null,
            null,
            Set.of(),
            null,
            null,
            Set.of(),
            p.version()));
    String after = text(getPdf(fixture, path).body(), "loiret-registre-modifie.pdf");
    assertThat(after)
        .containsPattern("Mécénat +0")
        .containsPattern("Coopération économique +1")
        .doesNotContain("Mécénat de compétences : 1");
    // Unchanged registry: the cached bytes.
    assertThat(getPdf(fixture, path).body()).isEqualTo(getPdf(fixture, path).body());
  }

  @Test
  void a_missing_font_resource_is_named_in_the_error() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ReportPdf.resource("/net/sf/jasperreports/fonts/dejavu/Missing.ttf"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Missing.ttf")
        .hasMessageContaining("jasperreports-fonts");
  }
}
