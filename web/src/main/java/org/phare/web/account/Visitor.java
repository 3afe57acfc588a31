package org.phare.web.account;

import io.javalin.http.Context;
import org.phare.core.account.Role;
import org.phare.store.account.Session;
import org.phare.web.i18n.Lang;

/**
 * Who is browsing a page, for the navigation and the forms: a signed-in account (login, role, the
 * session's CSRF token for the forms' hidden field) or an anonymous visitor.
 */
public record Visitor(String login, Role role, String csrfToken) {

  public static final Visitor ANONYMOUS = new Visitor("", null, "");

  /** The visitor of a request whose session the account filter resolved. */
  public static Visitor of(Context ctx) {
    Session session = ctx.attribute(AccountRoutes.SESSION_ATTRIBUTE);
    if (session == null) {
      return ANONYMOUS;
    }
    return new Visitor(
        session.actor().login(), session.actor().permissions().role(), session.csrfToken());
  }

  public boolean signedIn() {
    return role != null;
  }

  /** Whether the role may change anything at all (the territory is checked per record). */
  public boolean mayEdit() {
    return role == Role.ADMINISTRATOR || role == Role.EDITOR;
  }

  /** Whether the account administers Phare (accounts page, settings). */
  public boolean isAdministrator() {
    return role == Role.ADMINISTRATOR;
  }

  public String roleLabel(Lang lang) {
    return label(role, lang);
  }

  /** A role's name in the page's language, lower case ("" for none). */
  public static String label(Role role, Lang lang) {
    if (role == null) {
      return "";
    }
    return switch (role) {
      case ADMINISTRATOR -> lang.pick("administrateur", "administrator");
      case EDITOR -> lang.pick("éditeur", "editor");
      case VIEWER -> lang.pick("lecteur", "viewer");
    };
  }
}
