package org.phare.core.territory;

import java.util.Locale;

/**
 * A territory's name in a French sentence, with its article and prepositions: « le Loiret », « du
 * Loiret », « au Loiret », « dans le Loiret »; « la Savoie », « en Savoie »; « l’Ain », « dans
 * l’Ain »; « les Landes », « aux Landes »; « en Centre-Val de Loire »; « à Orléans », « au Mans »,
 * « du Mans »; « la France », « en France ». The one place that decides it (the web's {@code
 * Lang.place…} methods call it).
 *
 * <p>The article comes from the COG's TNCC ({@link Territory#liaison}): 2 le, 3 la, 4 les, 5 l’.
 * Where the COG gives none (0, 1: « Bretagne », « Occitanie », « Seine-et-Marne ») the name is not
 * given an article the COG does not write: a region reads « la région Bretagne », a département «
 * le département de Seine-et-Marne », both idiomatic; Paris, Mayotte and La Réunion stay bare.
 * Communes carry their article in their official name (« Le Mans », « La Rochelle », « Les Lilas
 * »), which contracts after « à » and « de » (« au Mans », « des Lilas »). An EPCI's name starts
 * with its kind (« CC », « CA », « CU », « Métropole », all feminine: « la CC des Loges »); one
 * that does not (« Orléans Métropole ») stays bare.
 *
 * <p>« In »: a region takes « en » (« en Bretagne », « en Centre-Val de Loire ») except « les »
 * names (« dans les Hauts-de-France ») and the islands without article (« à La Réunion », « à
 * Mayotte »); a département takes « dans » with its article (« dans le Loiret », « dans l’Ain »)
 * except feminine ones (« en Savoie ») and the « X-et-Y » names without article (« en
 * Seine-et-Marne »); a commune « à »; an EPCI « dans ».
 */
public final class PlaceNames {

  private PlaceNames() {}

  /** With its article, lower case: « le Loiret », « la région Bretagne », « Orléans ». */
  public static String named(Territory t) {
    String name = t.name();
    return switch (t.level()) {
      case COUNTRY -> "la " + name;
      case REGION ->
          switch (t.liaison()) {
            case 2 -> "le " + name;
            case 3 -> "la " + name;
            case 4 -> "les " + name;
            case 5 -> "l’" + name;
            default -> island(name) ? name : "la région " + name;
          };
      case DEPARTEMENT ->
          switch (t.liaison()) {
            case 2 -> "le " + name;
            case 3 -> "la " + name;
            case 4 -> "les " + name;
            case 5 -> "l’" + name;
            default ->
                name.contains("-et-")
                    ? "le département " + (startsWithVowel(name) ? "d’" : "de ") + name
                    : name;
          };
      case EPCI -> epciFeminine(name) ? "la " + name : name;
      case COMMUNE -> name;
    };
  }

  /** The same at the start of a sentence: « Le Loiret », « La France ». */
  public static String subject(Territory t) {
    return capitalise(named(t));
  }

  /** After « de »: « du Loiret », « de la Savoie », « de l’Ain », « des Landes », « d’Orléans ». */
  public static String of(Territory t) {
    return contract(named(t), "du ", "des ", "de ", "d’");
  }

  /** After « à »: « au Loiret », « à la Savoie », « aux Landes », « à Orléans », « au Mans ». */
  public static String to(Territory t) {
    return to(named(t));
  }

  /** Where: « dans le Loiret », « en Savoie », « en Centre-Val de Loire », « à Orléans ». */
  public static String in(Territory t) {
    String name = t.name();
    return switch (t.level()) {
      case COUNTRY -> "en " + name;
      case REGION -> t.liaison() == 4 ? "dans les " + name : island(name) ? to(t) : "en " + name;
      case DEPARTEMENT ->
          switch (t.liaison()) {
            case 2 -> "dans le " + name;
            case 3 -> "en " + name;
            case 4 -> "dans les " + name;
            case 5 -> "dans l’" + name;
            default -> name.contains("-et-") ? "en " + name : to(t);
          };
      case EPCI -> "dans " + named(t);
      case COMMUNE -> to(t);
    };
  }

  /**
   * « à » before any named thing (« la médiane des 6 territoires pairs » → « à la médiane… », « le
   * Centre-Val de Loire » → « au Centre-Val de Loire »).
   */
  public static String to(String named) {
    return contract(named, "au ", "aux ", "à ", "à ");
  }

  /**
   * « de » before any named thing (« la France » → « de la France », « le Loiret » → « du Loiret »,
   * « les Landes » → « des Landes »).
   */
  public static String of(String named) {
    return contract(named, "du ", "des ", "de ", "d’");
  }

  /** « que » before any named thing, elided before a vowel (« qu’Orléans Métropole »). */
  public static String than(String named) {
    return (startsWithVowel(named) ? "qu’" : "que ") + named;
  }

  /** The first letter in upper case. */
  public static String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
  }

  /**
   * « de » or « à » before a named territory: « le »/« Le » contract (du, au), « les »/« Les » too
   * (des, aux); a bare name starting with a vowel elides « de » (d’Orléans).
   */
  private static String contract(
      String named, String masculine, String plural, String plain, String elided) {
    if (named.startsWith("le ") || named.startsWith("Le ")) {
      return masculine + named.substring(3);
    }
    if (named.startsWith("les ") || named.startsWith("Les ")) {
      return plural + named.substring(4);
    }
    if (named.startsWith("la ")
        || named.startsWith("La ")
        || named.startsWith("l’")
        || named.startsWith("L'")
        || named.startsWith("L’")) {
      return plain + named;
    }
    return (startsWithVowel(named) ? elided : plain) + named;
  }

  private static boolean island(String name) {
    return name.startsWith("La ") || name.equals("Mayotte");
  }

  private static boolean epciFeminine(String name) {
    return name.startsWith("CC ")
        || name.startsWith("CA ")
        || name.startsWith("CU ")
        || name.startsWith("Métropole")
        || name.startsWith("Communauté");
  }

  private static boolean startsWithVowel(String text) {
    return !text.isEmpty() && "AEIOUYÉÈÊÎÔÂÀaeiouyéèêîôâà".indexOf(text.charAt(0)) >= 0;
  }
}
