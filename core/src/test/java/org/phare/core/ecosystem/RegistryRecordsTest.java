package org.phare.core.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

class RegistryRecordsTest {

  @Test
  void siren_checks_its_luhn_key() {
    // 552 100 554 is a published SIREN (INSEE's own examples use it); changing a digit breaks it.
    assertThat(new Siren("552 100 554").value()).isEqualTo("552100554");
    assertThatThrownBy(() -> new Siren("552100555"))
        .hasMessageContaining("registry.siren.check-digit[siren]");
    assertThatThrownBy(() -> new Siren("12345"))
        .hasMessageContaining("registry.siren.digits[siren]");
  }

  @Test
  void a_company_needs_a_size_and_company_objectives() {
    assertThatThrownBy(
            () ->
                new Organisation(
                    0,
                    "ACME",
                    OrganisationType.COMPANY,
                    null,
                    null,
                    false,
                    "45234",
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    0))
        .hasMessageContaining("registry.size.required-for-company[size]");
    assertThatThrownBy(
            () ->
                new Organisation(
                    0,
                    "ACME",
                    OrganisationType.COMPANY,
                    CompanySize.SME,
                    EconomicStatus.CLASSIC,
                    false,
                    "45234",
                    Set.of(Domain.EMPLOYMENT),
                    Set.of(PartnershipObjective.ECONOMIC_RESOURCES),
                    null,
                    null,
                    0))
        .hasMessageContaining("registry.objective.wrong-family[objectives]")
        .hasMessageContaining("objective=ECONOMIC_RESOURCES");
    assertThatThrownBy(
            () ->
                new Organisation(
                    0,
                    "Asso",
                    OrganisationType.ASSOCIATION,
                    CompanySize.SME,
                    null,
                    false,
                    "45234",
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    0))
        .hasMessageContaining("registry.size.economic-only[size]");
  }

  @Test
  void names_are_kept_verbatim_but_bad_communes_are_refused() {
    Organisation org =
        new Organisation(
            0,
            "  <script>alert(1)</script> '; DROP TABLE x; -- ",
            OrganisationType.ASSOCIATION,
            null,
            null,
            true,
            "2A004",
            Set.of(),
            Set.of(),
            null,
            null,
            0);
    assertThat(org.name()).isEqualTo("<script>alert(1)</script> '; DROP TABLE x; --");
    assertThatThrownBy(
            () ->
                new Organisation(
                    0,
                    "X",
                    OrganisationType.MEDIA,
                    null,
                    null,
                    false,
                    "4523",
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    0))
        .hasMessageContaining("registry.commune.not-a-code[commune]{value=4523}");
  }

  @Test
  void modality_must_belong_to_the_category_and_a_partnership_needs_two_members() {
    TerritoryId loiret = TerritoryId.of(Level.DEPARTEMENT, "45");
    assertThatThrownBy(
            () ->
                new Partnership(
                    0,
                    "P",
                    List.of(1L, 2L),
                    PartnershipCategory.MECENAT,
                    Modality.JOINT_TENDER,
                    Set.of(),
                    loiret,
                    null,
                    null,
                    Set.of(),
                    null,
                    null,
                    Set.of(),
                    0))
        .hasMessageContaining("registry.modality.wrong-category[modality]")
        .hasMessageContaining("category=ECONOMIC_COOPERATION");
    assertThatThrownBy(
            () ->
                new Partnership(
                    0,
                    "P",
                    List.of(1L),
                    PartnershipCategory.MECENAT,
                    null,
                    Set.of(),
                    loiret,
                    null,
                    null,
                    Set.of(),
                    null,
                    null,
                    Set.of(),
                    0))
        .hasMessageContaining("registry.members.too-few[members]");
    assertThatThrownBy(
            () ->
                new Partnership(
                    0,
                    "P",
                    List.of(1L, 2L),
                    PartnershipCategory.MECENAT,
                    null,
                    Set.of(),
                    loiret,
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2019, 1, 1),
                    Set.of(),
                    null,
                    null,
                    Set.of(),
                    0))
        .hasMessageContaining("registry.end-before-start[end]");
    assertThatThrownBy(
            () ->
                new Partnership(
                    0,
                    "P",
                    List.of(1L, 2L),
                    PartnershipCategory.MECENAT,
                    null,
                    Set.of(),
                    loiret,
                    null,
                    null,
                    Set.of(),
                    null,
                    InnovationStage.CONCEPTION,
                    Set.of(),
                    0))
        .hasMessageContaining("registry.innovation.societal-only");
    Partnership ok =
        new Partnership(
            0,
            "P",
            List.of(1L, 2L),
            PartnershipCategory.SOCIETAL_INNOVATION,
            Modality.SCALING_UP,
            Set.of(Domain.HEALTH),
            loiret,
            null,
            null,
            Set.of(ResourceKind.SKILLS),
            null,
            InnovationStage.SPREADING,
            Set.of(SupportLever.FUNDING),
            0);
    assertThat(ok.stage()).isEqualTo(PartnershipStage.PREPARE);
  }

  @Test
  void codes_parse_case_insensitively_with_a_clear_error() {
    assertThat(Modality.parse("skills-patronage")).isEqualTo(Modality.SKILLS_PATRONAGE);
    assertThatThrownBy(() -> Family.parse("banks"))
        .hasMessageContaining("input.unknown-value[family]{value=banks}");
  }
}
