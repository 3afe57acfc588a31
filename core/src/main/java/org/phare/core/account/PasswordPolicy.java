package org.phare.core.account;

import java.util.ArrayList;
import java.util.List;
import org.phare.core.message.RefusedException;
import org.phare.core.text.TextFold;

/**
 * The rules a new password follows that need no estimator (OWASP ASVS 4.0.3 V2.1): at least {@value
 * #MIN_LENGTH} characters, at most {@value #MAX_LENGTH} (Argon2 hashes any length, but an unbounded
 * password lets one request burn memory and time; 128 is the bound ASVS 2.1.2 allows), counted in
 * code points so that accents and emoji count once; and not built on the user's own login or name.
 * The strength estimate (zxcvbn) is applied by {@code org.phare.store.account.Passwords}.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** Parts of a name shorter than this are too common to refuse in a password ("de", "le"). */
  private static final int MIN_PERSONAL_PART = 4;

  private PasswordPolicy() {}

  /** Refuses a password outside the length bounds; {@code field} names the form field. */
  public static void checkLength(String password, String field) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw RefusedException.refused("account.password.too-short", field, "min", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw RefusedException.refused("account.password.too-long", field, "max", MAX_LENGTH);
    }
  }

  /**
   * The user's own words a password must not contain: the login and each part of the display name
   * of at least four letters, folded (case, accents).
   */
  public static List<String> personalWords(String login, String displayName) {
    List<String> words = new ArrayList<>();
    if (login != null && login.length() >= 3) {
      words.add(TextFold.fold(login));
      for (String part : login.split("[._@-]+")) {
        if (part.length() >= MIN_PERSONAL_PART) {
          words.add(TextFold.fold(part));
        }
      }
    }
    if (displayName != null) {
      for (String part : displayName.split("[\\s'’.-]+")) {
        if (part.length() >= MIN_PERSONAL_PART) {
          words.add(TextFold.fold(part));
        }
      }
    }
    return words;
  }

  /** Refuses a password containing the user's login or name. */
  public static void checkNotPersonal(
      String password, String login, String displayName, String field) {
    String folded = TextFold.fold(password == null ? "" : password).replace(" ", "");
    for (String word : personalWords(login, displayName)) {
      String w = word.replace(" ", "");
      if (!w.isEmpty() && folded.contains(w)) {
        throw RefusedException.refused("account.password.personal", field);
      }
    }
  }
}
