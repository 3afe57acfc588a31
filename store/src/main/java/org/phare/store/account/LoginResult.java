package org.phare.store.account;

import java.time.Duration;

/** Outcome of a login attempt. */
public sealed interface LoginResult {

  record Success(Session session) implements LoginResult {}

  /** Wrong login or password: never says which. */
  record Failure() implements LoginResult {}

  /** The account exists and the password is right, but an administrator deactivated it. */
  record Deactivated() implements LoginResult {}

  /** Failures of this login or this address: wait {@code retryAfter}; password not checked. */
  record Throttled(Duration retryAfter) implements LoginResult {}
}
