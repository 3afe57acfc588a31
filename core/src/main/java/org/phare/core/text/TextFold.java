package org.phare.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one text normaliser: the form under which two spellings of a name are the same, used to
 * search territories by name, to look communes up by name, and to key organisation names for
 * duplicate detection (stored in {@code eco_organisation.name_normalised} through {@code
 * NameSimilarity.normalise}).
 *
 * <p>{@link #fold} applies, in this order:
 *
 * <ol>
 *   <li>canonical decomposition (NFD), then every non-spacing mark (Unicode category Mn: accents,
 *       cedillas, diaereses) dropped: "Orléans" → "Orleans", "Çà" → "Ca";
 *   <li>the ligatures users type either way spelled out: œ → oe, æ → ae ("Vœuil" = "Voeuil");
 *   <li>letters and digits lower-cased with {@link Locale#ROOT} rules (so "I" is "i" under a
 *       Turkish default locale too); every other character (hyphen, apostrophe straight or curly,
 *       punctuation, any space) becomes a space;
 *   <li>runs of spaces collapsed to one, none at either end.
 * </ol>
 *
 * So "Saint-Jean-d’Angély", "SAINT JEAN D'ANGELY" and " saint jean d angely " all fold to "saint
 * jean d angely". The result contains only lower-case letters, digits and single inner spaces, and
 * folding twice changes nothing.
 *
 * <p>This form is stored: changing it means migrating {@code eco_organisation.name_normalised}.
 * TextFoldTest compares it with the normaliser that wrote the existing rows on real names.
 */
public final class TextFold {

  private TextFold() {}

  /** The folded form described in the class comment; "" for null. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder plain = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'œ' || c == 'Œ') {
        plain.append("oe");
      } else if (c == 'æ' || c == 'Æ') {
        plain.append("ae");
      } else {
        plain.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
      }
    }
    String lower = plain.toString().toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(lower.length());
    boolean pendingSpace = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ') {
        pendingSpace = folded.length() > 0;
      } else {
        if (pendingSpace) {
          folded.append(' ');
          pendingSpace = false;
        }
        folded.append(c);
      }
    }
    return folded.toString();
  }
}
