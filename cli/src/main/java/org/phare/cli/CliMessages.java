package org.phare.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusedException;
import org.phare.store.message.MessageCatalogue;

/**
 * The command line's door to the one message catalogue: refusals are written on standard error in
 * French, or in English when {@code --lang en} is given or, without it, when {@code LANG} starts
 * with {@code en}.
 */
public final class CliMessages {

  /** Exit code of a refused input (a bug exits otherwise, with its stack trace). */
  public static final int REFUSED = 2;

  private static volatile String chosen;

  private CliMessages() {}

  /** The language given with {@code --lang} (fr or en), for this run. */
  static void choose(String language) {
    chosen = language;
  }

  /** The language of messages: {@code --lang}, else {@code LANG}, else French. */
  public static Locale locale() {
    String language = chosen != null ? chosen : System.getenv("LANG");
    return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en")
        ? MessageCatalogue.ENGLISH
        : MessageCatalogue.FRENCH;
  }

  public static String render(Refusal refusal) {
    return MessageCatalogue.get().render(refusal, locale());
  }

  /** The text of bad input: the catalogue's for a refusal, else the exception's own message. */
  public static String message(IllegalArgumentException e) {
    return e instanceof RefusedException refused ? render(refused.first()) : e.getMessage();
  }

  /**
   * A problem of a file with where it is first: {@code bad.csv, ligne 3, colonne 2 (side) : …} (the
   * column and field are left out when the column is 0, the problem being the whole line).
   */
  public static String located(String file, long line, int column, String field, Refusal reason) {
    return located(locale(), file, line, column, field, reason);
  }

  /** {@link #located(String, long, int, String, Refusal)} in a command's own language. */
  public static String located(
      Locale locale, String file, long line, int column, String field, Refusal reason) {
    MessageCatalogue catalogue = MessageCatalogue.get();
    String location =
        catalogue.render(
            Refusal.of(
                "input.location", "", "file", file, "line", line, "column", column, "field", field),
            locale);
    return catalogue.render(
        Refusal.of(
            "input.located", "", "location", location, "message", catalogue.render(reason, locale)),
        locale);
  }

  /** Writes every reason of a refusal, one line each, and returns the exit code of refusals. */
  public static int report(RefusedException refused, PrintWriter err) {
    for (Refusal refusal : refused.refusals()) {
      err.println("phare: " + render(refusal));
    }
    err.flush();
    return REFUSED;
  }
}
