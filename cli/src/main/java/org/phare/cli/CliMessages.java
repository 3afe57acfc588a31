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

  /** Writes every reason of a refusal, one line each, and returns the exit code of refusals. */
  public static int report(RefusedException refused, PrintWriter err) {
    for (Refusal refusal : refused.refusals()) {
      err.println("phare: " + render(refusal));
    }
    err.flush();
    return REFUSED;
  }
}
