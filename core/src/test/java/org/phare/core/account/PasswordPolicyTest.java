package org.phare.core.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.phare.core.message.RefusedException;

class PasswordPolicyTest {

  @Test
  void length_is_counted_in_characters_between_12_and_128() {
    assertThatThrownBy(() -> PasswordPolicy.checkLength("a".repeat(11), "password"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.first().code())
                    .isEqualTo("account.password.too-short"));
    assertThatCode(() -> PasswordPolicy.checkLength("é".repeat(12), "password"))
        .doesNotThrowAnyException();
    // 128 emoji are 256 UTF-16 units but 128 characters.
    assertThatCode(() -> PasswordPolicy.checkLength("🙂".repeat(128), "password"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PasswordPolicy.checkLength("a".repeat(129), "password"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.first().code())
                    .isEqualTo("account.password.too-long"));
  }

  @Test
  void the_login_and_the_name_are_refused_whatever_the_case_accents_and_punctuation() {
    assertThatThrownBy(
            () ->
                PasswordPolicy.checkNotPersonal(
                    "Élodie-Martin 2024!", "emartin", "Élodie Martin", "password"))
        .isInstanceOf(RefusedException.class);
    assertThatThrownBy(
            () ->
                PasswordPolicy.checkNotPersonal("xx-E.MARTIN-xx-long", "e.martin", "", "password"))
        .isInstanceOf(RefusedException.class);
    assertThatCode(
            () ->
                PasswordPolicy.checkNotPersonal(
                    "girafe orbite cannelle", "emartin", "Élodie Martin", "password"))
        .doesNotThrowAnyException();
  }
}
