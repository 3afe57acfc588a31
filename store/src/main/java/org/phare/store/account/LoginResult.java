package org.phare.store.account;

import java.time.Duration;

/** Outcome of a login attempt. */
public sealed interface LoginResult {

  record Success(Session session) implements LoginResult {}

  /** Wrong login or password: never says which. */
  record Failure() implements LoginResult {}

  /** Too many failures for this login or this address. */
  record Throttled(Duration retryAfter) implements LoginResult {}
}
