package org.phare.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        "mot de passe long",
        Role.EDITOR,
        List.of(TerritoryId.of(Level.DEPARTEMENT, "45")));
    Session session =
        ((LoginResult.Success) accounts.login("editrice", "mot de passe long", "1.1.1.1"))
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
                accounts.create(admin, "editeur", "", "mot de passe long", Role.EDITOR, List.of()))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("au moins un territoire"));
    assertThatThrownBy(() -> accounts.create(admin, "viewer", "", "court", Role.VIEWER, List.of()))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("au moins 12 caractères"));
    accounts.create(admin, "lecteur", "", "mot de passe long", Role.VIEWER, List.of());
    Actor viewer =
        ((LoginResult.Success) accounts.login("lecteur", "mot de passe long", "ip"))
            .session()
            .actor();
    assertThatThrownBy(
            () -> accounts.create(viewer, "autre", "", "mot de passe long", Role.VIEWER, List.of()))
        .isInstanceOfSatisfying(
            RefusedException.class, e -> assertThat(e.kind()).isEqualTo(RefusalKind.FORBIDDEN));
    assertThatThrownBy(
            () ->
                accounts.create(admin, "LECTEUR", "", "mot de passe long", Role.VIEWER, List.of()))
        .satisfies(e -> assertThat(Rendered.french(e)).contains("existe déjà"));
  }

  @Test
  void five_failures_block_the_login_even_with_the_right_password_across_instances() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    for (int i = 0; i < AccountStore.MAX_FAILURES_PER_LOGIN; i++) {
      assertThat(accounts.login("admin", "wrong", "10.0.0." + i))
          .isInstanceOf(LoginResult.Failure.class);
    }
    // A second instance over the same database sees the same counters.
    AccountStore otherInstance = new AccountStore(DB.jdbi);
    assertThat(otherInstance.login("admin", "correct horse battery", "10.0.0.99"))
        .isInstanceOf(LoginResult.Throttled.class);
  }

  @Test
  void twenty_failures_from_one_address_block_that_address_only() {
    accounts.ensureFirstAdministrator("correct horse battery", s -> {});
    for (int i = 0; i < AccountStore.MAX_FAILURES_PER_IP; i++) {
      accounts.login("nobody" + i, "wrong", "192.0.2.1");
    }
    assertThat(accounts.login("admin", "correct horse battery", "192.0.2.1"))
        .isInstanceOf(LoginResult.Throttled.class);
    assertThat(accounts.login("admin", "correct horse battery", "192.0.2.2"))
        .isInstanceOf(LoginResult.Success.class);
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
