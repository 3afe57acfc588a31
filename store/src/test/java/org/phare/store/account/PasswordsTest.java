package org.phare.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  @Test
  void argon2id_matches_the_reference_implementation() {
    // Reference: the argon2 command of the Debian package "argon2" (the RFC 9106 reference code):
    // echo -n "correct horse battery" | argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32
    byte[] hash =
        Passwords.compute(
            "correct horse battery",
            "saltsaltsaltsalt".getBytes(StandardCharsets.UTF_8),
            19_456,
            2,
            1,
            32);
    assertThat(HexFormat.of().formatHex(hash))
        .isEqualTo("88f390e5fd8edb516c8e706fa3502215c0ee4977220a7294ad714efb27e03683");
  }

  @Test
  void reads_a_standard_phc_string_written_by_the_reference_tool_under_a_turkish_locale() {
    // Tests run under tr_TR: the variant must still be "argon2id" with a dotted i.
    String reference = REFERENCE;
    assertThat(Passwords.matches("correct horse battery", reference)).isTrue();
    assertThat(Passwords.matches("correct horse batterY", reference)).isFalse();
    String mine = Passwords.hash("correct horse battery");
    assertThat(mine).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(Passwords.matches("correct horse battery", mine)).isTrue();
    assertThat(Passwords.matches("correct horse battery", "$argon2ıd$garbage")).isFalse();
  }

  // argon2 saltsaltsaltsalt -id -t 2 -k 19456 -p 1 -l 32 -e
  static final String REFERENCE =
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$iPOQ5f2O21FsjnBvo1AiFcDuSXciCnKUrXFO+yfgNoM";
}
