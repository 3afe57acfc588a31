package org.phare.store.message;

import java.util.stream.Collectors;
import org.phare.core.message.RefusedException;

/** What a user reads of a refusal: its reasons rendered by the catalogue, for tests. */
public final class Rendered {

  private Rendered() {}

  /** Every reason of a refusal in French, one per line; anything else fails the test. */
  public static String french(Throwable e) {
    if (!(e instanceof RefusedException refused)) {
      throw new AssertionError("not a coded refusal: " + e, e);
    }
    return refused.refusals().stream()
        .map(r -> MessageCatalogue.get().render(r, MessageCatalogue.FRENCH))
        .collect(Collectors.joining("\n"));
  }
}
