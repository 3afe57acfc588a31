package org.phare.store.ecosystem;

/**
 * An update carried a version older than the stored one: someone else changed the record in the
 * meantime. Nothing was written; the current record is attached so the user can re-apply their
 * change on top of it.
 */
public final class StaleVersionException extends RuntimeException {
  private final transient Object current;

  public StaleVersionException(String what, int submitted, int stored, Object current) {
    super(
        what
            + " a été modifié(e) par quelqu'un d'autre pendant que vous l'éditiez (votre version : "
            + submitted
            + ", version enregistrée : "
            + stored
            + "). Vos modifications n'ont pas été enregistrées et ne sont pas perdues : elles"
            + " vous sont renvoyées avec la version actuelle ; reportez-les sur celle-ci puis"
            + " enregistrez à nouveau.");
    this.current = current;
  }

  public Object current() {
    return current;
  }
}
