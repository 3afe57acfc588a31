package org.phare.store.account;

/** The actor may not perform this change; the message is French, for the user. */
public final class AccessDeniedException extends RuntimeException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
