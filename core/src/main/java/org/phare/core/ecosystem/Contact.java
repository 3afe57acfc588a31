package org.phare.core.ecosystem;

import org.phare.core.message.RefusedException;

/**
 * How to reach an organisation. Every field may be empty; texts are kept verbatim (they are escaped
 * where rendered, never interpreted).
 */
public record Contact(String person, String email, String phone, String website) {
  /** Bounds of the contact fields (docs/security.md); 254 is the longest e-mail address. */
  public static final int MAX_PERSON = 200;

  public static final int MAX_EMAIL = 254;
  public static final int MAX_PHONE = 40;
  public static final int MAX_WEBSITE = 500;

  public static final Contact NONE = new Contact("", "", "", "");

  public Contact {
    person = Texts.clean(person, "person", MAX_PERSON);
    email = Texts.clean(email, "email", MAX_EMAIL);
    phone = Texts.clean(phone, "phone", MAX_PHONE);
    website = Texts.clean(website, "website", MAX_WEBSITE);
    if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw RefusedException.refused("registry.email.invalid", "email", "value", email);
    }
  }
}
