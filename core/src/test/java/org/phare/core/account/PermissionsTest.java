package org.phare.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;

class PermissionsTest {

  // Orléans: commune 45234, EPCI Orléans Métropole 244500468, Loiret (45), Centre-Val de Loire
  // (24).
  static final Territory ORLEANS =
      new Territory(
          TerritoryId.of(Level.COMMUNE, "45234"),
          "Orléans",
          116_000,
          Map.of(
              Level.EPCI, "244500468",
              Level.DEPARTEMENT, "45",
              Level.REGION, "24",
              Level.COUNTRY, "FR"),
          "metro");

  @Test
  void an_editor_of_a_departement_edits_its_communes_only() {
    Permissions loiret =
        new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.DEPARTEMENT, "45")));
    Permissions cher =
        new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.DEPARTEMENT, "18")));
    assertThat(loiret.canEdit(ORLEANS)).isTrue();
    assertThat(cher.canEdit(ORLEANS)).isFalse();
  }

  @Test
  void viewers_edit_nothing_and_administrators_everything() {
    assertThat(new Permissions(Role.VIEWER, List.of(TerritoryId.FRANCE)).canEdit(ORLEANS))
        .isFalse();
    assertThat(new Permissions(Role.ADMINISTRATOR, List.of()).canEdit(ORLEANS)).isTrue();
    assertThat(new Permissions(Role.EDITOR, List.of(TerritoryId.FRANCE)).canEdit(ORLEANS)).isTrue();
  }

  @Test
  void a_refused_edit_names_the_place_its_level_and_code_on_the_given_field() {
    Permissions cher =
        new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.DEPARTEMENT, "18")));
    Refusal refusal =
        cher.editRefusal(ORLEANS, "registry.forbidden.organisation", "commune").orElseThrow();
    assertThat(refusal.code()).isEqualTo("registry.forbidden.organisation");
    assertThat(refusal.field()).isEqualTo("commune");
    assertThat(refusal.args())
        .containsEntry("place", "Orléans")
        .containsEntry("level", Level.COMMUNE)
        .containsEntry("code", "45234");
    assertThatThrownBy(() -> cher.requireEdit(ORLEANS, "matching.event.forbidden"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN);
              assertThat(e.refusals())
                  .singleElement()
                  .extracting(Refusal::field)
                  .isEqualTo("territory");
            });
  }

  @Test
  void an_allowed_edit_has_no_refusal() {
    Permissions loiret =
        new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.DEPARTEMENT, "45")));
    assertThat(loiret.editRefusal(ORLEANS, "registry.forbidden.organisation", "commune")).isEmpty();
    loiret.requireEdit(ORLEANS, "matching.event.forbidden");
  }
}
