package org.phare.store.account;

import org.phare.core.account.Actor;

/**
 * A signed-in session.
 *
 * @param token the opaque random token sent in the cookie (only its hash is stored)
 * @param csrfToken synchroniser token every change request must echo
 * @param actor who is signed in
 */
public record Session(String token, String csrfToken, Actor actor) {}
