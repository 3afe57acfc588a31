package org.phare.core.ecosystem;

import java.util.Set;
import org.phare.core.text.TextFold;

/**
 * Similarity of organisation names, used to detect probable duplicates.
 *
 * <p>Names are first normalised: folded by the one text normaliser {@link TextFold#fold} (accents
 * and ligatures out, lower case, every non-alphanumeric run one space), then French articles and
 * legal-form words that carry no identity ({@code association, asso, sa, sas, sarl, eurl, scop,
 * sci, le, la, les, l, de, du, des, d, et}) dropped. Then the Jaro-Winkler similarity (Winkler
 * 1990, prefix scale 0.1, prefix length at most 4) of the two normalised strings is taken: 1 for
 * identical strings, 0 when nothing matches; two empty strings have similarity 1, one empty string
 * 0.
 */
public final class NameSimilarity {

  /**
   * Two names in the same commune are probable duplicates from this similarity on. Chosen on
   * hand-made pairs (see NameSimilarityTest): "Secours populaire français" vs "Secours Populaire
   * Francais - Orléans" scores above, "Restos du coeur" vs "Resto du cœur" too, while "Emmaüs
   * Orléans" vs "Emmaüs Tours" (0.90) stays below.
   */
  public static final double DUPLICATE_THRESHOLD = 0.92;

  private static final Set<String> NOISE =
      Set.of(
          "association",
          "asso",
          "sa",
          "sas",
          "sasu",
          "sarl",
          "eurl",
          "scop",
          "sci",
          "le",
          "la",
          "les",
          "l",
          "de",
          "du",
          "des",
          "d",
          "et");

  private NameSimilarity() {}

  /**
   * The normalised form described in the class comment: {@link TextFold#fold} then the noise words
   * dropped. Stored in {@code eco_organisation.name_normalised}.
   */
  public static String normalise(String name) {
    StringBuilder result = new StringBuilder();
    for (String word : TextFold.fold(name).split(" ")) {
      if (!word.isEmpty() && !NOISE.contains(word)) {
        result.append(result.length() == 0 ? "" : " ").append(word);
      }
    }
    return result.toString();
  }

  /** Jaro-Winkler similarity of the normalised names. */
  public static double similarity(String a, String b) {
    return jaroWinkler(normalise(a), normalise(b));
  }

  public static boolean probableDuplicate(String a, String b) {
    return similarity(a, b) >= DUPLICATE_THRESHOLD;
  }

  /**
   * Jaro-Winkler similarity of two strings as given (no normalisation). Jaro: with m matching
   * characters (within a window of max(|a|,|b|)/2 - 1) and t half the transpositions, {@code (m/|a|
   * + m/|b| + (m-t)/m) / 3}; Winkler adds {@code l * 0.1 * (1 - jaro)} for a common prefix of
   * length l ≤ 4.
   */
  public static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] matchedA = new boolean[a.length()];
    boolean[] matchedB = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(b.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < a.length(); i++) {
      if (matchedA[i]) {
        while (!matchedB[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length()))
        && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
