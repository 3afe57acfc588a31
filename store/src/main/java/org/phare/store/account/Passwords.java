package org.phare.store.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phare.core.account.PasswordPolicy;
import org.phare.core.message.RefusedException;

/**
 * Password hashing with Argon2id (password4j computes the hash), with the OWASP minimum parameters:
 * 19 MiB of memory, 2 iterations, parallelism 1, 32-byte output, 16-byte random salt.
 *
 * <p>The stored form is the standard PHC string {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}
 * (unpadded base64), written and parsed here rather than by password4j: password4j 1.8.4
 * lower-cases the variant name with the default locale, so under a Turkish locale it writes {@code
 * $argon2ıd$} and cannot read a standard hash back (see ADR 0041). Parameters are read from each
 * stored hash, so raising them later keeps old hashes verifiable.
 */
public final class Passwords {

  private static final int MEMORY_KIB = 19_456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int OUTPUT_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  /** A hash of a password nobody has, checked when the login is unknown to keep timing even. */
  private static final String DUMMY = hash("phare-dummy-password-for-timing");

  public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

  /** zxcvbn scores 0 (guessable in under 10^3 tries) to 4 (over 10^10); below 3 is refused. */
  public static final int MIN_SCORE = 3;

  private static final Zxcvbn ESTIMATOR = new Zxcvbn();

  /**
   * A bundle whose text for each feedback key is the key itself, so that the estimator's warning
   * comes back as its stable key and is translated by our catalogue, not by zxcvbn's own texts.
   */
  private static final ResourceBundle KEYS =
      new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
          return key;
        }

        @Override
        public Enumeration<String> getKeys() {
          return Collections.emptyEnumeration();
        }
      };

  private Passwords() {}

  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = compute(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, OUTPUT_BYTES);
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  public static boolean matches(String password, String encoded) {
    if (password == null || encoded == null) {
      return false;
    }
    Matcher m = PHC.matcher(encoded);
    if (!m.matches()) {
      return false;
    }
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual =
        compute(
            password,
            B64D.decode(m.group(4)),
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  static byte[] compute(
      String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
    return Argon2Function.getInstance(memory, iterations, parallelism, length, Argon2.ID)
        .hash(password.getBytes(StandardCharsets.UTF_8), salt)
        .getBytes();
  }

  /** Spends the time of one verification, for unknown logins. */
  static void burn(String password) {
    matches(password == null ? "" : password, DUMMY);
  }

  /** {@link #checkStrength(String, String, String, String)} for an account without a name yet. */
  public static void checkStrength(String password) {
    checkStrength(password, "admin", "", "password");
  }

  /**
   * Refuses a new password that breaks {@link PasswordPolicy} (12 to 128 characters, not the user's
   * login or name) or that zxcvbn scores below {@link #MIN_SCORE}; the refusal carries the
   * estimator's warning as a {@code hint} the catalogue writes in French or English.
   */
  public static void checkStrength(
      String password, String login, String displayName, String field) {
    PasswordPolicy.checkLength(password, field);
    PasswordPolicy.checkNotPersonal(password, login, displayName, field);
    List<String> personal = new ArrayList<>(PasswordPolicy.personalWords(login, displayName));
    personal.addAll(List.of("phare", "observatoire", "partenariat", "partenariats"));
    Strength strength = ESTIMATOR.measure(password, personal);
    if (strength.getScore() < MIN_SCORE) {
      String warning = strength.getFeedback().withResourceBundle(KEYS).getWarning();
      throw RefusedException.refused("account.password.weak", field, "hint", hint(warning));
    }
  }

  /**
   * Our name for a zxcvbn warning key (one of the {@code select} cases of account.password.weak).
   */
  static String hint(String warningKey) {
    if (warningKey == null || warningKey.isEmpty()) {
      return "other";
    }
    if (warningKey.startsWith("feedback.dictionary.warning.passwords.similar")) {
      return "similar";
    }
    if (warningKey.startsWith("feedback.dictionary.warning.passwords")) {
      return "common";
    }
    if (warningKey.startsWith("feedback.dictionary.warning.etc.names")) {
      return "names";
    }
    if (warningKey.startsWith("feedback.dictionary")) {
      return "word";
    }
    if (warningKey.startsWith("feedback.spatial")) {
      return "keyboard";
    }
    if (warningKey.startsWith("feedback.repeat")) {
      return "repeat";
    }
    if (warningKey.startsWith("feedback.sequence")) {
      return "sequence";
    }
    if (warningKey.startsWith("feedback.regex") || warningKey.startsWith("feedback.date")) {
      return "dates";
    }
    return "other";
  }
}
