package org.phare.core.ecosystem;

import org.phare.core.message.RefusedException;

/**
 * How to reach an organisation. Every field may be empty; texts are kept verbatim (they are escaped
 * where rendered, never interpreted).
 */
public record Contact(String person, String email, String phone, String website) {

  public static final Contact NONE = new Contact("", "", "", "");

  public Contact {
    person = Texts.clean(person, "person", 200);
    email = Texts.clean(email, "email", 254);
    phone = Texts.clean(phone, "phone", 40);
    website = Texts.clean(website, "website", 500);
    if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw RefusedException.refused("registry.email.invalid", "email", "value", email);
    }
  }
}
