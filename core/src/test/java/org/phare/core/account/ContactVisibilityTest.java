package org.phare.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.OrganisationType;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

class ContactVisibilityTest {

  static final Permissions ADMIN = new Permissions(Role.ADMINISTRATOR, List.of());
  static final Permissions LOIRET =
      new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.DEPARTEMENT, "45")));
  static final Permissions REGION =
      new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.REGION, "24")));
  static final Permissions CHER =
      new Permissions(Role.EDITOR, List.of(TerritoryId.of(Level.DEPARTEMENT, "18")));
  static final Permissions VIEWER = new Permissions(Role.VIEWER, List.of(TerritoryId.FRANCE));

  static final Organisation ENTRAIDE =
      new Organisation(
          7,
          "Entraide Orléans",
          OrganisationType.ASSOCIATION,
          null,
          null,
          true,
          "45234",
          Set.of(),
          Set.of(),
          new Contact("Jeanne Martin", "jeanne@example.org", "02 38 12 34 56", "https://e.example"),
          null,
          3);

  @Test
  void administrators_and_editors_of_the_commune_see_the_contact_person() {
    assertThat(ContactVisibility.maySee(ADMIN, PermissionsTest.ORLEANS)).isTrue();
    assertThat(ContactVisibility.maySee(LOIRET, PermissionsTest.ORLEANS)).isTrue();
    assertThat(ContactVisibility.maySee(REGION, PermissionsTest.ORLEANS)).isTrue();
    assertThat(ContactVisibility.shown(LOIRET, ENTRAIDE, PermissionsTest.ORLEANS))
        .isSameAs(ENTRAIDE);
  }

  @Test
  void anonymous_visitors_viewers_and_editors_elsewhere_never_do() {
    assertThat(ContactVisibility.maySee(null, PermissionsTest.ORLEANS)).isFalse();
    assertThat(ContactVisibility.maySee(VIEWER, PermissionsTest.ORLEANS)).isFalse();
    assertThat(ContactVisibility.maySee(CHER, PermissionsTest.ORLEANS)).isFalse();
    // A commune that left the referential: only administrators.
    assertThat(ContactVisibility.maySee(LOIRET, null)).isFalse();
    assertThat(ContactVisibility.maySee(ADMIN, null)).isTrue();
  }

  @Test
  void a_hidden_contact_keeps_only_the_website_and_every_other_field() {
    Organisation shown = ContactVisibility.shown(CHER, ENTRAIDE, PermissionsTest.ORLEANS);
    assertThat(shown.contact()).isEqualTo(new Contact("", "", "", "https://e.example"));
    assertThat(shown.id()).isEqualTo(7);
    assertThat(shown.name()).isEqualTo("Entraide Orléans");
    assertThat(shown.version()).isEqualTo(3);
    assertThat(shown.communeCode()).isEqualTo("45234");
  }
}
