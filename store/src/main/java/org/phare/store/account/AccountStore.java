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
 * Rate limit: more than {@link #MAX_FAILURES_PER_LOGIN} failures for one login, or {@link
 * #MAX_FAILURES_PER_IP} from one address, within {@link #WINDOW} refuse further attempts until the
 * window has passed.
 */
public final class AccountStore {

  public static final Duration IDLE_TIMEOUT = Duration.ofHours(2);
  public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final int MAX_FAILURES_PER_LOGIN = 5;

  /** Longest display name of an account (docs/security.md). */
  public static final int MAX_DISPLAY_NAME = 200;

  public static final int MAX_FAILURES_PER_IP = 20;

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
      long id, String login, String displayName, Role role, List<TerritoryId> territories) {}

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
                    + " » (affiché une seule fois ; changez-le ou définissez PHARE_ADMIN_PASSWORD)");
          } else {
            Passwords.checkStrength(chosen);
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
    Passwords.checkStrength(password);
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
              new Account(id, login, displayName == null ? "" : displayName, role, territories);
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
                .map(id -> account(h, id).orElseThrow())
                .toList());
  }

  private static Optional<Account> account(Handle h, long id) {
    return h.createQuery(
            "SELECT id, login, display_name, role FROM acc_account WHERE id = :id AND active")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new Account(
                    rs.getLong("id"),
                    rs.getString("login"),
                    rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")),
                    territories(h, id)))
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
   * Checks a login and password from an address and opens a session on success. Every attempt is
   * recorded; when the login or the address has too many recent failures the password is not even
   * checked.
   */
  public LoginResult login(String login, String password, String ip) {
    String safeLogin = login == null ? "" : login.trim();
    String safeIp = ip == null ? "" : ip;
    Optional<Duration> throttle = throttled(safeLogin, safeIp);
    if (throttle.isPresent()) {
      recordAttempt(safeLogin, safeIp, false);
      return new LoginResult.Throttled(throttle.get());
    }
    Optional<Object[]> row =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id, password_hash FROM acc_account WHERE lower(login) ="
                            + " lower(:l) AND active")
                    .bind("l", safeLogin)
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .findOne());
    boolean ok;
    if (row.isEmpty()) {
      Passwords.burn(password);
      ok = false;
    } else {
      ok = Passwords.matches(password, (String) row.get()[1]);
    }
    recordAttempt(safeLogin, safeIp, ok);
    if (!ok) {
      return new LoginResult.Failure();
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

  private Optional<Duration> throttled(String login, String ip) {
    return jdbi.withHandle(
        h -> {
          Object[] counts =
              h.createQuery(
                      "SELECT"
                          + " count(*) FILTER (WHERE lower(login) = lower(:l)),"
                          + " count(*) FILTER (WHERE ip = :ip)"
                          + " FROM acc_login_attempt WHERE NOT success"
                          + " AND attempted_at > now() - make_interval(secs => :w)"
                          + " AND (lower(login) = lower(:l) OR ip = :ip)")
                  .bind("l", login)
                  .bind("ip", ip)
                  .bind("w", WINDOW.toSeconds())
                  .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2)})
                  .one();
          boolean blocked =
              (Long) counts[0] >= MAX_FAILURES_PER_LOGIN || (Long) counts[1] >= MAX_FAILURES_PER_IP;
          return blocked ? Optional.of(WINDOW) : Optional.empty();
        });
  }

  private void recordAttempt(String login, String ip, boolean success) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO acc_login_attempt (login, ip, success) VALUES (:l, :ip, :s)")
                .bind("l", login.length() > 200 ? login.substring(0, 200) : login)
                .bind("ip", ip)
                .bind("s", success)
                .execute());
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
