package org.phare.web.i18n;

import java.util.Locale;
import org.phare.core.territory.PlaceNames;
import org.phare.core.territory.Territory;
import org.phare.core.text.Numbers;

/** The languages of the user interface: French first, English second. */
public enum Lang {
  FR,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the {@code lang} query parameter; anything but {@code en} means French. */
  public static Lang of(String parameter) {
    return parameter != null && parameter.trim().equalsIgnoreCase("en") ? EN : FR;
  }

  /** A date for people: "1 septembre 2024" / "1 September 2024". */
  public String date(java.time.LocalDate date) {
    return date.format(
        java.time.format.DateTimeFormatter.ofPattern(
            "d MMMM yyyy", this == FR ? Locale.FRENCH : Locale.UK));
  }

  /** A clock time for people: "14 h 08" (French typography) / "14:08". */
  public String time(java.time.LocalTime time) {
    return this == FR
        ? time.getHour() + "\u00a0h\u00a0" + String.format(Locale.ROOT, "%02d", time.getMinute())
        : String.format(Locale.ROOT, "%d:%02d", time.getHour(), time.getMinute());
  }

  /**
   * A territory named for people: "France" for the country, else its name with its level and code,
   * "Loiret (département 45)" / "Loiret (département 45)".
   */
  public String place(Territory t) {
    if (t.level() == org.phare.core.territory.Level.COUNTRY) {
      return "France";
    }
    return t.name() + " (" + pick(t.level().labelFr(), t.level().labelEn()) + " " + t.code() + ")";
  }

  /**
   * A territory's name in running text with its article: « le Loiret », « la région Bretagne », «
   * Orléans », « la France » / "Loiret", "France" ({@link PlaceNames}: the COG's article).
   */
  public String placeNamed(Territory t) {
    return this == FR ? PlaceNames.named(t) : t.name();
  }

  /** The same at the start of a sentence: « Le Loiret » / "Loiret". */
  public String placeSubject(Territory t) {
    return this == FR ? PlaceNames.subject(t) : t.name();
  }

  /** After « de »: « du Loiret », « d’Orléans » / "of Loiret". */
  public String placeOf(Territory t) {
    return this == FR ? PlaceNames.of(t) : "of " + t.name();
  }

  /** After « à » (« par rapport à »): « au Loiret », « à la France » / "Loiret". */
  public String placeTo(Territory t) {
    return this == FR ? PlaceNames.to(t) : t.name();
  }

  /** Where: « dans le Loiret », « en Centre-Val de Loire », « à Orléans » / "in Loiret". */
  public String placeIn(Territory t) {
    return this == FR ? PlaceNames.in(t) : "in " + t.name();
  }

  /** A unit of the catalogue in this language: « pour 1 000 hab. » / "per 1,000 inhab.". */
  public String unit(String french) {
    return this == FR || french == null ? french : Units.english(french);
  }

  /** The number rules of this language (the one formatter, in core). */
  public Numbers numbers() {
    return this == FR ? Numbers.french() : Numbers.english();
  }

  /** Picks the French or English text. */
  public String pick(String fr, String en) {
    return this == FR ? fr : en;
  }
}
