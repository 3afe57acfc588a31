package org.phare.core.account;

import java.util.List;

/**
 * Who performs a change: recorded in the audit log and checked against the change's territory.
 *
 * @param accountId account id, 0 for the system (command line import run by the operator)
 * @param login the account's login, {@code system} for the system
 * @param permissions role and territories
 */
public record Actor(long accountId, String login, Permissions permissions) {

  /** The operator running the command line on the server: full rights. */
  public static final Actor SYSTEM =
      new Actor(0, "system", new Permissions(Role.ADMINISTRATOR, List.of()));
}
