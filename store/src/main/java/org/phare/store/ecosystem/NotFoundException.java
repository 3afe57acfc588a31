package org.phare.store.ecosystem;

/** The requested record does not exist (French message for the user). */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
