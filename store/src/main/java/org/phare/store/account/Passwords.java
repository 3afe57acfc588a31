package org.phare.store.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id (password4j), with the OWASP 2023 minimum parameters: 19 MiB of
 * memory, 2 iterations, parallelism 1, 32-byte output, 16-byte random salt. The encoded hash
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$...}) carries its parameters, so raising them later keeps
 * old hashes verifiable.
 */
public final class Passwords {

  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

  /** A hash of a password nobody has, checked when the login is unknown to keep timing even. */
  private static final String DUMMY = hash("phare-dummy-password-for-timing");

  public static final int MIN_LENGTH = 12;

  private Passwords() {}

  public static String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  public static boolean matches(String password, String encoded) {
    if (password == null || encoded == null) {
      return false;
    }
    try {
      return Argon2Function.getInstanceFromHash(encoded).check(password, encoded);
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /** Spends the time of one verification, for unknown logins. */
  static void burn(String password) {
    matches(password == null ? "" : password, DUMMY);
  }

  /** Refuses passwords that are too short, with a French message. */
  public static void checkStrength(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "Le mot de passe doit comporter au moins " + MIN_LENGTH + " caractères.");
    }
  }
}
