package org.phare.core.account;

import org.phare.core.message.RefusedException;

/** What an account may do. */
public enum Role {
  /** Everything, everywhere, including accounts and settings. */
  ADMINISTRATOR,
  /** Creates and changes ecosystem data inside the territories granted to the account. */
  EDITOR,
  /** Reads everything, changes nothing. */
  VIEWER;

  public static Role parse(String text) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return role;
      }
    }
    throw RefusedException.badInput("account.role.unknown", "role", "value", text);
  }
}
