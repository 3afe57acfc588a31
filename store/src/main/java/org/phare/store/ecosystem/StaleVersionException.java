package org.phare.store.ecosystem;

import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;

/**
 * An update carried a version older than the stored one: someone else changed the record in the
 * meantime. Nothing was written; the current record is attached so the user can re-apply their
 * change on top of it. The one refusal of kind {@link RefusalKind#CONFLICT} (HTTP 409).
 */
public final class StaleVersionException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient Object current;

  /**
   * @param code the catalogue code naming the kind of record ({@code registry.stale.organisation})
   * @param title the record's name or title, as stored
   */
  public StaleVersionException(
      String code, String title, int submitted, int stored, Object current) {
    super(
        RefusalKind.CONFLICT,
        Refusal.of(code, "", "title", title, "submitted", submitted, "stored", stored));
    this.current = current;
  }

  public Object current() {
    return current;
  }
}
