package org.phare.core.account;

import org.phare.core.ecosystem.Contact;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.territory.Territory;

/**
 * Who may read the contact person of an organisation (name, e-mail, phone): personal data, so not
 * public even when the registry is readable by anyone.
 *
 * <p>The one rule every channel asks (pages, JSON, CSV, PDF): an administrator, or an editor whose
 * territories contain the organisation's commune, i.e. exactly the accounts that may change the
 * organisation. Viewers and anonymous visitors never see them. The website is the organisation's
 * public address, not personal data, and stays visible to everyone.
 */
public final class ContactVisibility {

  private ContactVisibility() {}

  /**
   * @param reader the signed-in account's rights, {@code null} for an anonymous visitor
   * @param commune where the organisation is located, {@code null} when it cannot be resolved (then
   *     only an administrator sees the contact)
   */
  public static boolean maySee(Permissions reader, Territory commune) {
    if (reader == null) {
      return false;
    }
    if (reader.isAdministrator()) {
      return true;
    }
    return reader.role() == Role.EDITOR && commune != null && reader.canEdit(commune);
  }

  /** The organisation as {@code reader} may see it: without its contact person when not allowed. */
  public static Organisation shown(Permissions reader, Organisation o, Territory commune) {
    return maySee(reader, commune) ? o : withoutPerson(o);
  }

  /** The organisation with only its website left in the contact. */
  public static Organisation withoutPerson(Organisation o) {
    Contact c = o.contact();
    if (c.person().isEmpty() && c.email().isEmpty() && c.phone().isEmpty()) {
      return o;
    }
    return new Organisation(
        o.id(),
        o.name(),
        o.type(),
        o.size(),
        o.status(),
        o.ess(),
        o.communeCode(),
        o.domains(),
        o.objectives(),
        new Contact("", "", "", c.website()),
        o.siren(),
        o.version());
  }
}
