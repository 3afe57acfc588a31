package org.phare.store.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.account.Actor;
import org.phare.core.account.LoginDelay;
import org.phare.core.account.PasswordPolicy;
import org.phare.core.account.Permissions;
import org.phare.core.account.Role;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;

/**
 * Accounts, sign-in, sessions and the login rate limit, all in PostgreSQL so that several web
 * instances share them.
 *
 * <p>Sessions: a 256-bit random token (base64url) goes to the browser; only its SHA-256 is stored.
 * A session lasts {@link #IDLE_TIMEOUT} after its last use, and at most {@link #ABSOLUTE_TIMEOUT}.
 * Sign-in is slowed after failures, never locked ({@link LoginDelay}).
 */
public final class AccountStore {

  public static final Duration IDLE_TIMEOUT = Duration.ofHours(2);
  public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

  /** Longest display name of an account (docs/security.md). */
  public static final int MAX_DISPLAY_NAME = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;

  public AccountStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * An account's public description.
   *
   * @param territories for an editor, the territories it may edit
   */
  public record Account(
      long id,
      String login,
      String displayName,
      Role role,
      List<TerritoryId> territories,
      boolean active) {}

  /** How long a password reset link stays valid. */
  public static final Duration RESET_LIFETIME = Duration.ofHours(24);

  /**
   * Creates the first administrator when there is no account at all: with {@code password} when
   * given (from {@code PHARE_ADMIN_PASSWORD}), otherwise with a generated password handed once to
   * {@code announce}. Does nothing when accounts exist.
   *
   * @return whether an account was created
   */
  public boolean ensureFirstAdministrator(String password, Consumer<String> announce) {
    return jdbi.inTransaction(
        h -> {
          h.execute("LOCK TABLE acc_account IN EXCLUSIVE MODE");
          long count = h.createQuery("SELECT count(*) FROM acc_account").mapTo(Long.class).one();
          if (count > 0) {
            return false;
          }
          String chosen = password;
          if (chosen == null || chosen.isBlank()) {
            chosen = randomToken(15);
            announce.accept(
                "Premier administrateur créé : identifiant « admin », mot de passe « "
                    + chosen
                    + " » (affiché une seule fois ; après connexion, changez-le sur la page"
                    + " « Mon compte » : /compte ; ou définissez PHARE_ADMIN_PASSWORD avant le"
                    + " premier démarrage)");
          } else {
            Passwords.checkStrength(chosen, "admin", "Administrateur", "PHARE_ADMIN_PASSWORD");
            announce.accept(
                "Premier administrateur créé : identifiant « admin », mot de passe pris dans"
                    + " PHARE_ADMIN_PASSWORD");
          }
          long id = insert(h, "admin", "Administrateur", chosen, Role.ADMINISTRATOR, List.of());
          AuditLog.record(h, Actor.SYSTEM, "CREATE", "account", id, null, Map.of("login", "admin"));
          return true;
        });
  }

  /** Creates an account; only an administrator may. */
  public Account create(
      Actor actor,
      String login,
      String displayName,
      String password,
      Role role,
      List<TerritoryId> territories) {
    requireAdministrator(actor);
    if (displayName != null && displayName.strip().length() > MAX_DISPLAY_NAME) {
      throw RefusedException.refused(
          "input.too-long",
          "displayName",
          "length",
          displayName.strip().length(),
          "max",
          MAX_DISPLAY_NAME);
    }
    if (displayName != null && displayName.chars().anyMatch(Character::isISOControl)) {
      throw RefusedException.badInput("input.control-character", "displayName");
    }
    if (login == null || !login.matches("[A-Za-z0-9._@-]{3,100}")) {
      throw RefusedException.badInput("account.login.format", "login", "min", 3, "max", 100);
    }
    Passwords.checkStrength(password, login, displayName, "password");
    if (role == Role.EDITOR && (territories == null || territories.isEmpty())) {
      throw RefusedException.refused("account.editor.territory-required", "territories");
    }
    return jdbi.inTransaction(
        h -> {
          boolean exists =
              h.createQuery("SELECT count(*) FROM acc_account WHERE lower(login) = lower(:l)")
                      .bind("l", login)
                      .mapTo(Long.class)
                      .one()
                  > 0;
          if (exists) {
            throw RefusedException.refused("account.login.taken", "login", "login", login);
          }
          long id = insert(h, login, displayName, password, role, territories);
          Account account =
              new Account(
                  id, login, displayName == null ? "" : displayName, role, territories, true);
          AuditLog.record(h, actor, "CREATE", "account", id, null, account);
          return account;
        });
  }

  private static long insert(
      Handle h,
      String login,
      String displayName,
      String password,
      Role role,
      List<TerritoryId> territories) {
    long id =
        h.createUpdate(
                "INSERT INTO acc_account (login, display_name, password_hash, role)"
                    + " VALUES (:login, :name, :hash, :role)")
            .bind("login", login)
            .bind("name", displayName == null ? "" : displayName)
            .bind("hash", Passwords.hash(password))
            .bind("role", role.name())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    for (TerritoryId territory : territories == null ? List.<TerritoryId>of() : territories) {
      h.createUpdate(
              "INSERT INTO acc_account_territory (account_id, level, code) VALUES (:a, :l, :c)")
          .bind("a", id)
          .bind("l", territory.level().name())
          .bind("c", territory.code())
          .execute();
    }
    return id;
  }

  public List<Account> list(Actor actor) {
    requireAdministrator(actor);
    return jdbi.withHandle(
        h ->
            h
                .createQuery("SELECT id FROM acc_account ORDER BY login")
                .mapTo(Long.class)
                .list()
                .stream()
                .map(id -> anyAccount(h, id).orElseThrow())
                .toList());
  }

  /** An active account. */
  private static Optional<Account> account(Handle h, long id) {
    return anyAccount(h, id).filter(Account::active);
  }

  /** An account, active or deactivated. */
  private static Optional<Account> anyAccount(Handle h, long id) {
    return h.createQuery(
            "SELECT id, login, display_name, role, active FROM acc_account WHERE id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new Account(
                    rs.getLong("id"),
                    rs.getString("login"),
                    rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")),
                    territories(h, id),
                    rs.getBoolean("active")))
        .findOne();
  }

  private static List<TerritoryId> territories(Handle h, long accountId) {
    return h.createQuery(
            "SELECT level, code FROM acc_account_territory WHERE account_id = :a ORDER BY level,"
                + " code")
        .bind("a", accountId)
        .map(
            (rs, ctx) -> TerritoryId.of(Level.valueOf(rs.getString("level")), rs.getString("code")))
        .list();
  }

  /**
   * Checks a login and password from an address and opens a session on success.
   *
   * <p>Slowing, not locking ({@link LoginDelay}): while the delay of the login (or of the address)
   * runs, the answer is {@link LoginResult.Throttled} without checking the password, and the
   * attempt is not recorded, so it neither extends the delay nor counts towards the address's
   * limit. Counted attempts are recorded; a deactivated account whose password is right gets {@link
   * LoginResult.Deactivated} (a wrong password gets the usual failure, so the flag is not revealed
   * to someone who does not know the password).
   */
  public LoginResult login(String login, String password, String ip) {
    String safeLogin = login == null ? "" : login.trim();
    if (safeLogin.length() > 200) {
      safeLogin = safeLogin.substring(0, 200);
    }
    String safeIp = ip == null ? "" : ip;
    Duration wait = remainingDelay(safeLogin, safeIp);
    if (!wait.isZero()) {
      return new LoginResult.Throttled(wait);
    }
    String checkedLogin = safeLogin;
    Optional<Object[]> row =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id, password_hash, active FROM acc_account WHERE lower(login) ="
                            + " lower(:l)")
                    .bind("l", checkedLogin)
                    .map(
                        (rs, ctx) ->
                            new Object[] {rs.getLong(1), rs.getString(2), rs.getBoolean(3)})
                    .findOne());
    boolean ok;
    if (row.isEmpty()) {
      Passwords.burn(password);
      ok = false;
    } else {
      // Over-long passwords are never right (the policy caps them): no hashing of megabytes.
      ok =
          password != null
              && password.length() <= 4 * PasswordPolicy.MAX_LENGTH
              && Passwords.matches(password, (String) row.get()[1]);
    }
    recordAttempt(safeLogin, safeIp, ok);
    if (!ok) {
      return new LoginResult.Failure();
    }
    if (!(Boolean) row.get()[2]) {
      return new LoginResult.Deactivated();
    }
    long accountId = (Long) row.get()[0];
    String token = randomToken(32);
    String csrf = randomToken(32);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO acc_session (token_hash, account_id, csrf_token, expires_at)"
                        + " VALUES (:t, :a, :c, now() + make_interval(secs => :idle))")
                .bind("t", sha256(token))
                .bind("a", accountId)
                .bind("c", csrf)
                .bind("idle", IDLE_TIMEOUT.toSeconds())
                .execute());
    return new LoginResult.Success(new Session(token, csrf, actor(accountId).orElseThrow()));
  }

  /**
   * The time still to wait before an attempt for this login from this address is checked: the
   * larger of the login's delay (after its consecutive failures since its last success) and the
   * address's, each counted from its last failure; zero when it may be checked now.
   */
  Duration remainingDelay(String login, String ip) {
    return jdbi.withHandle(
        h -> {
          Object[] byLogin =
              h.createQuery(
                      "SELECT count(*), EXTRACT(EPOCH FROM now() - max(attempted_at)) * 1000"
                          + " FROM acc_login_attempt a WHERE lower(login) = lower(:l) AND NOT success"
                          + " AND attempted_at > now() - make_interval(secs => :w)"
                          + " AND attempted_at > COALESCE((SELECT max(attempted_at) FROM"
                          + " acc_login_attempt s WHERE lower(s.login) = lower(:l) AND s.success),"
                          + " '-infinity')")
                  .bind("l", login)
                  .bind("w", LoginDelay.MEMORY.toSeconds())
                  .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getDouble(2)})
                  .one();
          Object[] byIp =
              h.createQuery(
                      "SELECT count(*), EXTRACT(EPOCH FROM now() - max(attempted_at)) * 1000"
                          + " FROM acc_login_attempt WHERE ip = :ip AND NOT success"
                          + " AND attempted_at > now() - make_interval(secs => :w)")
                  .bind("ip", ip)
                  .bind("w", LoginDelay.MEMORY.toSeconds())
                  .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getDouble(2)})
                  .one();
          Duration loginWait =
              LoginDelay.remaining(
                  LoginDelay.afterFailures((Long) byLogin[0]),
                  Duration.ofMillis((long) (double) (Double) byLogin[1]));
          Duration ipWait =
              LoginDelay.remaining(
                  LoginDelay.forAddress((Long) byIp[0]),
                  Duration.ofMillis((long) (double) (Double) byIp[1]));
          return loginWait.compareTo(ipWait) >= 0 ? loginWait : ipWait;
        });
  }

  private void recordAttempt(String login, String ip, boolean success) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO acc_login_attempt (login, ip, success) VALUES (:l, :ip, :s)")
                .bind("l", login)
                .bind("ip", ip.length() > 100 ? ip.substring(0, 100) : ip)
                .bind("s", success)
                .execute());
  }

  // ------------------------------------------------------------------ account life cycle

  /**
   * Changes one's own password: the current one must be given (a stolen session alone cannot take
   * the account over). Every other session of the account ends; {@code keepToken}'s stays.
   */
  public void changePassword(Actor actor, String current, String next, String keepToken) {
    Object[] row =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT login, display_name, password_hash FROM acc_account WHERE id = :id"
                            + " AND active")
                    .bind("id", actor.accountId())
                    .map(
                        (rs, ctx) ->
                            new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .findOne()
                    .orElseThrow(
                        () ->
                            RefusedException.notFound(
                                "account.not-found", "", "id", actor.accountId())));
    if (current == null
        || current.length() > 4 * PasswordPolicy.MAX_LENGTH
        || !Passwords.matches(current, (String) row[2])) {
      throw RefusedException.refused("account.password.wrong-current", "current");
    }
    Passwords.checkStrength(next, (String) row[0], (String) row[1], "password");
    jdbi.useTransaction(
        h -> {
          setPassword(h, actor.accountId(), next);
          h.createUpdate("DELETE FROM acc_session WHERE account_id = :a AND token_hash <> :t")
              .bind("a", actor.accountId())
              .bind("t", keepToken == null ? "" : sha256(keepToken))
              .execute();
          AuditLog.record(h, actor, "PASSWORD", "account", actor.accountId(), null, null);
        });
  }

  private static void setPassword(Handle h, long accountId, String password) {
    h.createUpdate(
            "UPDATE acc_account SET password_hash = :h, password_changed_at = now(), version ="
                + " version + 1 WHERE id = :id")
        .bind("h", Passwords.hash(password))
        .bind("id", accountId)
        .execute();
    // A pending reset link is no longer needed once the password changed.
    h.createUpdate("DELETE FROM acc_password_reset WHERE account_id = :a AND used_at IS NULL")
        .bind("a", accountId)
        .execute();
  }

  /**
   * An administrator's reset: returns a one-time token for the link {@code
   * /compte/reinitialiser?jeton=…}, valid {@link #RESET_LIFETIME}, replacing any earlier link of
   * the account. Only its SHA-256 is stored. The current password keeps working until the link is
   * used.
   */
  public String createResetToken(Actor actor, long accountId) {
    requireAdministrator(actor);
    String token = randomToken(32);
    jdbi.useTransaction(
        h -> {
          Account account =
              anyAccount(h, accountId)
                  .filter(Account::active)
                  .orElseThrow(
                      () -> RefusedException.notFound("account.not-found", "", "id", accountId));
          h.createUpdate("DELETE FROM acc_password_reset WHERE account_id = :a")
              .bind("a", accountId)
              .execute();
          h.createUpdate(
                  "INSERT INTO acc_password_reset (token_hash, account_id, expires_at)"
                      + " VALUES (:t, :a, now() + make_interval(secs => :life))")
              .bind("t", sha256(token))
              .bind("a", accountId)
              .bind("life", RESET_LIFETIME.toSeconds())
              .execute();
          AuditLog.record(
              h, actor, "RESET_LINK", "account", accountId, null, Map.of("login", account.login()));
        });
    return token;
  }

  /** The login a valid (unused, unexpired) reset token is for; empty otherwise. */
  public Optional<String> resetLogin(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT a.login FROM acc_password_reset r JOIN acc_account a ON a.id ="
                        + " r.account_id WHERE r.token_hash = :t AND r.used_at IS NULL AND"
                        + " r.expires_at > now() AND a.active")
                .bind("t", sha256(token))
                .mapTo(String.class)
                .findOne());
  }

  /**
   * Sets a new password through a reset link: the token is spent in the same transaction (a second
   * use finds it used), and every session of the account ends.
   */
  public void resetPassword(String token, String next) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw RefusedException.refused("account.reset.invalid", "");
    }
    Object[] row =
        jdbi.withHandle(
                h ->
                    h.createQuery(
                            "SELECT a.id, a.login, a.display_name FROM acc_password_reset r JOIN"
                                + " acc_account a ON a.id = r.account_id WHERE r.token_hash = :t"
                                + " AND r.used_at IS NULL AND r.expires_at > now() AND a.active")
                        .bind("t", sha256(token))
                        .map(
                            (rs, ctx) ->
                                new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                        .findOne())
            .orElseThrow(() -> RefusedException.refused("account.reset.invalid", ""));
    Passwords.checkStrength(next, (String) row[1], (String) row[2], "password");
    jdbi.useTransaction(
        h -> {
          Optional<Long> spent =
              h.createQuery(
                      "UPDATE acc_password_reset SET used_at = now() WHERE token_hash = :t AND"
                          + " used_at IS NULL AND expires_at > now() RETURNING account_id")
                  .bind("t", sha256(token))
                  .mapTo(Long.class)
                  .findOne();
          if (spent.isEmpty()) {
            throw RefusedException.refused("account.reset.invalid", "");
          }
          long accountId = spent.get();
          setPassword(h, accountId, next);
          h.createUpdate("DELETE FROM acc_session WHERE account_id = :a")
              .bind("a", accountId)
              .execute();
          Actor self =
              new Actor(accountId, (String) row[1], new Permissions(Role.VIEWER, List.of()));
          AuditLog.record(h, self, "PASSWORD_RESET", "account", accountId, null, null);
        });
  }

  /**
   * Deactivates or reactivates an account (administrators only, never one's own). Deactivation ends
   * its sessions and voids its reset link; the row stays for the audit log.
   */
  public Account setActive(Actor actor, long accountId, boolean active) {
    requireAdministrator(actor);
    if (!active && accountId == actor.accountId()) {
      throw RefusedException.refused("account.self-deactivation", "");
    }
    return jdbi.inTransaction(
        h -> {
          Account before =
              anyAccount(h, accountId)
                  .orElseThrow(
                      () -> RefusedException.notFound("account.not-found", "", "id", accountId));
          h.createUpdate(
                  "UPDATE acc_account SET active = :on, version = version + 1 WHERE id = :id")
              .bind("on", active)
              .bind("id", accountId)
              .execute();
          if (!active) {
            endSessions(h, accountId);
            h.createUpdate("DELETE FROM acc_password_reset WHERE account_id = :a")
                .bind("a", accountId)
                .execute();
          }
          Account after = anyAccount(h, accountId).orElseThrow();
          AuditLog.record(
              h,
              actor,
              active ? "ACTIVATE" : "DEACTIVATE",
              "account",
              accountId,
              Map.of("active", before.active()),
              Map.of("active", after.active()));
          return after;
        });
  }

  /**
   * Ends every session of an account: one's own ("se déconnecter partout") or, for an
   * administrator, anyone's.
   *
   * @return how many sessions ended
   */
  public int endSessions(Actor actor, long accountId) {
    if (accountId != actor.accountId()) {
      requireAdministrator(actor);
    }
    return jdbi.inTransaction(
        h -> {
          anyAccount(h, accountId)
              .orElseThrow(
                  () -> RefusedException.notFound("account.not-found", "", "id", accountId));
          int ended = endSessions(h, accountId);
          AuditLog.record(
              h, actor, "END_SESSIONS", "account", accountId, null, Map.of("sessions", ended));
          return ended;
        });
  }

  private static int endSessions(Handle h, long accountId) {
    return h.createUpdate("DELETE FROM acc_session WHERE account_id = :a")
        .bind("a", accountId)
        .execute();
  }

  /** One's own account (for "Mon compte"). */
  public Optional<Account> account(long accountId) {
    return jdbi.withHandle(h -> account(h, accountId));
  }

  /** The session of a cookie token, sliding its idle expiry; empty when unknown or expired. */
  public Optional<Session> session(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    String hash = sha256(token);
    return jdbi.withHandle(
        h -> {
          Optional<Object[]> row =
              h.createQuery(
                      "UPDATE acc_session SET last_seen_at = now(), expires_at = LEAST(now() +"
                          + " make_interval(secs => :idle), created_at + make_interval(secs =>"
                          + " :abs)) WHERE token_hash = :t AND expires_at > now() RETURNING"
                          + " account_id, csrf_token")
                  .bind("t", hash)
                  .bind("idle", IDLE_TIMEOUT.toSeconds())
                  .bind("abs", ABSOLUTE_TIMEOUT.toSeconds())
                  .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                  .findOne();
          return row.flatMap(
              r -> actor(h, (Long) r[0]).map(actor -> new Session(token, (String) r[1], actor)));
        });
  }

  public void logout(String token) {
    if (token != null) {
      jdbi.useHandle(
          h ->
              h.createUpdate("DELETE FROM acc_session WHERE token_hash = :t")
                  .bind("t", sha256(token))
                  .execute());
    }
  }

  /** Deletes expired sessions and old login attempts (housekeeping, any instance may run it). */
  public int purgeExpired() {
    return jdbi.withHandle(
        h ->
            h.execute("DELETE FROM acc_session WHERE expires_at < now()")
                + h.execute(
                    "DELETE FROM acc_login_attempt WHERE attempted_at < now() - interval '1 day'"));
  }

  public Optional<Actor> actor(long accountId) {
    return jdbi.withHandle(h -> actor(h, accountId));
  }

  private static Optional<Actor> actor(Handle h, long accountId) {
    return account(h, accountId)
        .map(a -> new Actor(a.id(), a.login(), new Permissions(a.role(), a.territories())));
  }

  /** Whether anonymous visitors may read the public pages and the read-only API. */
  public boolean publicRead() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT value FROM acc_setting WHERE key = 'public_read'")
                .mapTo(String.class)
                .findOne()
                .map("true"::equals)
                .orElse(true));
  }

  public void setPublicRead(Actor actor, boolean value) {
    requireAdministrator(actor);
    jdbi.useTransaction(
        h -> {
          boolean before = publicRead();
          h.createUpdate(
                  "INSERT INTO acc_setting (key, value) VALUES ('public_read', :v) ON CONFLICT"
                      + " (key) DO UPDATE SET value = :v")
              .bind("v", Boolean.toString(value))
              .execute();
          AuditLog.record(
              h,
              actor,
              "UPDATE",
              "setting",
              null,
              Map.of("public_read", before),
              Map.of("public_read", value));
        });
  }

  static void requireAdministrator(Actor actor) {
    if (!actor.permissions().isAdministrator()) {
      throw RefusedException.forbidden("account.administrator-only", "");
    }
  }

  /** A random URL-safe token of {@code bytes} bytes of entropy (sessions, CSRF tokens). */
  public static String randomToken(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Constant-time comparison of a submitted CSRF token with the session's. */
  public static boolean sameToken(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
