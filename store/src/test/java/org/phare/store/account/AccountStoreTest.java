package org.phare.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phare.core.account.Actor;
import org.phare.core.account.Role;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemDatabase;
import org.phare.store.message.Rendered;

class AccountStoreTest {

  static final EcosystemDatabase DB = EcosystemDatabase.get();
  final AccountStore accounts = DB.services.accounts();

  @BeforeEach
  void reset() {
    DB.reset();
  }

  @Test
  void the_first_administrator_comes_from_the_environment_or_is_printed_once() {
    List<String> printed = new ArrayList<>();
    assertThat(accounts.ensureFirstAdministrator(null, printed::add)).isTrue();
    assertThat(printed).hasSize(1);
    String password = printed.get(0).replaceAll(".*mot de passe « ([^ ]+) ».*", "$1");
    assertThat(accounts.login("admin", password, "127.0.0.1"))
        .isInstanceOf(LoginResult.Success.class);
    // Second start: nothing created, nothing printed.
    assertThat(accounts.ensureFirstAdministrator("another-password-123", printed::add)).isFalse();
    assertThat(printed).hasSize(1);

    DB.reset();
    assertThat(accounts.ensureFirstAdministrator("correct horse battery", printed::add)).isTrue();
    assertThat(printed.get(1)).doesNotContain("correct horse battery");
    assertThat(accounts.login("ADMIN", "correct horse battery", "127.0.0.1"))
        .isInstanceOf(LoginResult.Success.class);
  }

  @Test
  void passwords_are_stored_as_argon2id_hashes_only() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    String stored =
        DB.jdbi.withHandle(
            h -> h.createQuery("SELECT password_hash FROM acc_account").mapTo(String.class).one());
    assertThat(stored)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .doesNotContain("correct horse");
  }

  @Test
  void a_session_opens_with_a_csrf_token_and_closes_on_logout() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Actor admin =
        ((LoginResult.Success) accounts.login("admin", "correct horse battery", "1.1.1.1"))
            .session()
            .actor();
    accounts.create(
        admin,
        "editrice",
        "Éditrice du Loiret",
        "mot de passe long 42",
        Role.EDITOR,
        List.of(TerritoryId.of(Level.DEPARTEMENT, "45")));
    Session session =
        ((LoginResult.Success) accounts.login("editrice", "mot de passe long 42", "1.1.1.1"))
            .session();
    assertThat(session.token()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(session.csrfToken()).isNotEqualTo(session.token());
    Session found = accounts.session(session.token()).orElseThrow();
    assertThat(found.actor().permissions().role()).isEqualTo(Role.EDITOR);
    assertThat(found.actor().permissions().territories())
        .containsExactly(TerritoryId.of(Level.DEPARTEMENT, "45"));
    assertThat(found.csrfToken()).isEqualTo(session.csrfToken());
    // Only the hash is stored.
    long stored =
        DB.jdbi.withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM acc_session WHERE token_hash = :t")
                    .bind("t", session.token())
                    .mapTo(Long.class)
                    .one());
    assertThat(stored).isZero();
    accounts.logout(session.token());
    assertThat(accounts.session(session.token())).isEmpty();
    assertThat(accounts.session("forged")).isEmpty();
  }

  @Test
  void only_administrators_create_accounts_and_editors_need_a_territory() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Actor admin = accounts.actor(1).orElseThrow();
    assertThatThrownBy(
            () ->
                accounts.create(
                    admin, "editeur", "", "mot de passe long 42", Role.EDITOR, List.of()))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("au moins un territoire"));
    assertThatThrownBy(() -> accounts.create(admin, "viewer", "", "court", Role.VIEWER, List.of()))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("au moins 12 caractères"));
    accounts.create(admin, "lecteur", "", "mot de passe long 42", Role.VIEWER, List.of());
    Actor viewer =
        ((LoginResult.Success) accounts.login("lecteur", "mot de passe long 42", "ip"))
            .session()
            .actor();
    assertThatThrownBy(
            () ->
                accounts.create(
                    viewer, "autre", "", "mot de passe long 42", Role.VIEWER, List.of()))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    assertThatThrownBy(
            () ->
                accounts.create(
                    admin, "LECTEUR", "", "mot de passe long 42", Role.VIEWER, List.of()))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("existe déjà"));
  }

  /** Moves every recorded sign-in attempt {@code seconds} into the past: time passing. */
  static void age(long seconds) {
    DB.jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE acc_login_attempt SET attempted_at = attempted_at - make_interval(secs"
                        + " => :s)")
                .bind("s", seconds)
                .execute());
  }

  static long attempts() {
    return DB.jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM acc_login_attempt").mapTo(Long.class).one());
  }

  @Test
  void the_right_password_still_signs_in_after_five_wrong_ones_once_the_delay_has_run() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    for (int i = 0; i < 5; i++) {
      assertThat(accounts.login("admin", "wrong", "10.0.0." + i))
          .isInstanceOf(LoginResult.Failure.class);
      age(120); // past any delay: every failure is counted
    }
    assertThat(accounts.remainingDelay("admin", "10.0.0.99")).isZero();
    // Five consecutive failures: the sixth attempt waits 4 s after the fifth.
    age(-120);
    AccountStore otherInstance = new AccountStore(DB.jdbi);
    LoginResult throttled = otherInstance.login("admin", "correct horse battery", "10.0.0.99");
    assertThat(throttled).isInstanceOf(LoginResult.Throttled.class);
    assertThat(((LoginResult.Throttled) throttled).retryAfter().toSeconds()).isBetween(3L, 4L);
    age(5);
    assertThat(otherInstance.login("admin", "correct horse battery", "10.0.0.99"))
        .isInstanceOf(LoginResult.Success.class);
    // A success resets the count: the next two failures wait nothing, the third 1 s.
    accounts.login("admin", "wrong", "10.0.0.1");
    accounts.login("admin", "wrong", "10.0.0.1");
    assertThat(accounts.remainingDelay("admin", "10.0.0.1")).isZero();
    accounts.login("admin", "wrong", "10.0.0.1");
    assertThat(accounts.remainingDelay("admin", "10.0.0.1").toSeconds()).isEqualTo(1);
  }

  @Test
  void throttled_attempts_are_neither_checked_nor_counted_so_they_never_extend_the_delay() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    for (int i = 0; i < 10; i++) {
      accounts.login("admin", "wrong", "203.0.113.7");
      age(61);
    }
    age(-61);
    long counted = attempts();
    Duration before = accounts.remainingDelay("admin", "198.51.100.1");
    assertThat(before.toSeconds()).isBetween(58L, 60L); // capped at 60 s
    // An attacker hammering the login while it is slowed: answered without a check, not recorded.
    for (int i = 0; i < 30; i++) {
      assertThat(accounts.login("admin", "wrong", "203.0.113." + (i % 5)))
          .isInstanceOf(LoginResult.Throttled.class);
    }
    assertThat(attempts()).isEqualTo(counted);
    // Still measured from the last counted failure: the hammering did not push it back.
    assertThat(accounts.remainingDelay("admin", "198.51.100.1")).isLessThanOrEqualTo(before);
    age(61);
    assertThat(accounts.login("admin", "correct horse battery", "198.51.100.1"))
        .isInstanceOf(LoginResult.Success.class);
  }

  @Test
  void twenty_failures_from_one_address_slow_that_address_only() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    for (int i = 0; i < 20; i++) {
      accounts.login("nobody" + i, "wrong", "192.0.2.1");
    }
    assertThat(accounts.login("admin", "correct horse battery", "192.0.2.1"))
        .isInstanceOf(LoginResult.Throttled.class);
    assertThat(accounts.login("admin", "correct horse battery", "192.0.2.2"))
        .isInstanceOf(LoginResult.Success.class);
    age(61);
    assertThat(accounts.login("admin", "correct horse battery", "192.0.2.1"))
        .isInstanceOf(LoginResult.Success.class);
  }

  @Test
  void weak_passwords_are_refused_in_french_with_the_estimators_reason() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Actor admin = accounts.actor(1).orElseThrow();
    List<String> refused = new ArrayList<>();
    for (String weak :
        List.of(
            "aaaaaaaaaaaa",
            "password1234",
            " ".repeat(16),
            "x".repeat(100_000),
            "Kq7!mZp2#vLw".repeat(11).substring(0, 129))) {
      assertThatThrownBy(() -> accounts.create(admin, "durand", "", weak, Role.VIEWER, List.of()))
          .isInstanceOfSatisfying(
              RefusedException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RefusalKind.REFUSED);
                refused.add(Rendered.french(e));
              });
    }
    assertThat(refused.get(0))
        .isEqualTo(
            // zxcvbn's Java port sees a run of one letter as a sequence (step 0).
            "Mot de passe trop facile à deviner : les suites comme « abc » ou « 6543 » se"
                + " devinent facilement. Préférez une phrase de plusieurs mots peu courants.");
    assertThat(refused.get(1)).startsWith("Mot de passe trop facile à deviner : ");
    assertThat(refused.get(2)).startsWith("Mot de passe trop facile à deviner : ");
    assertThat(refused.get(3)).isEqualTo("Le mot de passe doit comporter au plus 128 caractères.");
    assertThat(refused.get(4)).isEqualTo("Le mot de passe doit comporter au plus 128 caractères.");
    // The user's own login or name, even dressed up, is refused.
    assertThatThrownBy(
            () ->
                accounts.create(
                    admin,
                    "mdurand",
                    "Martine Durand",
                    "Martine-durand-1987!",
                    Role.VIEWER,
                    List.of()))
        .satisfies(
            e ->
                assertThat(Rendered.french(e))
                    .isEqualTo(
                        "Le mot de passe ne doit pas contenir votre identifiant ni votre nom."));
    // 128 characters of a long phrase are fine.
    accounts.create(
        admin, "durand", "", "Kq7!mZp2#vLw".repeat(11).substring(0, 128), Role.VIEWER, List.of());
  }

  @Test
  void changing_ones_password_needs_the_current_one_and_ends_the_other_sessions() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Session kept =
        ((LoginResult.Success) accounts.login("admin", "correct horse battery", "a")).session();
    Session other =
        ((LoginResult.Success) accounts.login("admin", "correct horse battery", "b")).session();
    assertThatThrownBy(
            () ->
                accounts.changePassword(
                    kept.actor(), "not the password", "nouvelle phrase de passe", kept.token()))
        .satisfies(
            e -> assertThat(Rendered.french(e)).isEqualTo("Le mot de passe actuel est incorrect."));
    accounts.changePassword(
        kept.actor(), "correct horse battery", "lanterne brume quatorze", kept.token());
    assertThat(accounts.session(kept.token())).isPresent();
    assertThat(accounts.session(other.token())).isEmpty();
    assertThat(accounts.login("admin", "correct horse battery", "c"))
        .isInstanceOf(LoginResult.Failure.class);
    age(5);
    assertThat(accounts.login("admin", "lanterne brume quatorze", "c"))
        .isInstanceOf(LoginResult.Success.class);
  }

  @Test
  void a_reset_link_works_once_and_expires() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Actor admin = accounts.actor(1).orElseThrow();
    AccountStore.Account user =
        accounts.create(admin, "lecteur", "", "mot de passe long 42", Role.VIEWER, List.of());
    Session before =
        ((LoginResult.Success) accounts.login("lecteur", "mot de passe long 42", "a")).session();
    String token = accounts.createResetToken(admin, user.id());
    assertThat(token).hasSizeGreaterThan(40);
    // Only the hash is stored.
    String stored =
        DB.jdbi.withHandle(
            h ->
                h.createQuery("SELECT token_hash FROM acc_password_reset")
                    .mapTo(String.class)
                    .one());
    assertThat(stored).isEqualTo(AccountStore.sha256(token));
    assertThat(accounts.resetLogin(token)).contains("lecteur");
    accounts.resetPassword(token, "girafe orbite cannelle");
    assertThat(accounts.session(before.token())).isEmpty();
    assertThat(accounts.login("lecteur", "girafe orbite cannelle", "a"))
        .isInstanceOf(LoginResult.Success.class);
    assertThat(accounts.resetLogin(token)).isEmpty();
    assertThatThrownBy(() -> accounts.resetPassword(token, "autre phrase secrete"))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("n’est pas valable"));

    String expiring = accounts.createResetToken(admin, user.id());
    DB.jdbi.useHandle(
        h -> h.execute("UPDATE acc_password_reset SET expires_at = now() - interval '1 second'"));
    assertThat(accounts.resetLogin(expiring)).isEmpty();
    assertThatThrownBy(() -> accounts.resetPassword(expiring, "autre phrase secrete"))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("a expiré"));
  }

  @Test
  void a_deactivated_account_cannot_sign_in_and_its_sessions_are_gone() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Actor admin = accounts.actor(1).orElseThrow();
    AccountStore.Account user =
        accounts.create(admin, "lecteur", "", "mot de passe long 42", Role.VIEWER, List.of());
    Session session =
        ((LoginResult.Success) accounts.login("lecteur", "mot de passe long 42", "a")).session();
    assertThatThrownBy(() -> accounts.setActive(admin, admin.accountId(), false))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("votre propre compte"));
    assertThat(accounts.setActive(admin, user.id(), false).active()).isFalse();
    assertThat(accounts.session(session.token())).isEmpty();
    assertThat(accounts.login("lecteur", "mot de passe long 42", "a"))
        .isInstanceOf(LoginResult.Deactivated.class);
    assertThat(accounts.list(admin))
        .extracting(AccountStore.Account::active)
        .containsExactly(true, false);
    accounts.setActive(admin, user.id(), true);
    assertThat(accounts.login("lecteur", "mot de passe long 42", "a"))
        .isInstanceOf(LoginResult.Success.class);
  }

  @Test
  void ending_sessions_is_for_oneself_or_an_administrator() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Actor admin = accounts.actor(1).orElseThrow();
    AccountStore.Account user =
        accounts.create(admin, "lecteur", "", "mot de passe long 42", Role.VIEWER, List.of());
    Session one =
        ((LoginResult.Success) accounts.login("lecteur", "mot de passe long 42", "a")).session();
    Session two =
        ((LoginResult.Success) accounts.login("lecteur", "mot de passe long 42", "b")).session();
    assertThatThrownBy(() -> accounts.endSessions(one.actor(), admin.accountId()))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    assertThat(accounts.endSessions(one.actor(), user.id())).isEqualTo(2);
    assertThat(accounts.session(two.token())).isEmpty();
    Session three =
        ((LoginResult.Success) accounts.login("lecteur", "mot de passe long 42", "a")).session();
    assertThat(accounts.endSessions(admin, user.id())).isEqualTo(1);
    assertThat(accounts.session(three.token())).isEmpty();
  }

  @Test
  void csrf_tokens_compare_exactly() {
    assertThat(AccountStore.sameToken("abc", "abc")).isTrue();
    assertThat(AccountStore.sameToken("abc", "abd")).isFalse();
    assertThat(AccountStore.sameToken("abc", null)).isFalse();
  }

  @Test
  void public_read_is_a_shared_setting_only_administrators_change() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    Actor admin = accounts.actor(1).orElseThrow();
    assertThat(accounts.publicRead()).isTrue();
    accounts.setPublicRead(admin, false);
    assertThat(new AccountStore(DB.jdbi).publicRead()).isFalse();
  }
}
