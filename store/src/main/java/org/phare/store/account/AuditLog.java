package org.phare.store.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.account.Actor;

/**
 * Who changed what and when, with the entity before and after as JSON. Written in the same
 * transaction as the change it records, so there is no change without its entry.
 */
public final class AuditLog {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Jdbi jdbi;

  public AuditLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Records a change inside the caller's transaction. */
  public static void record(
      Handle handle,
      Actor actor,
      String action,
      String entity,
      Long id,
      Object before,
      Object after) {
    handle
        .createUpdate(
            "INSERT INTO audit_log (account_id, login, action, entity, entity_id, before_json,"
                + " after_json) VALUES (:account, :login, :action, :entity, :id,"
                + " CAST(:before AS jsonb), CAST(:after AS jsonb))")
        .bind("account", actor.accountId() == 0 ? null : actor.accountId())
        .bind("login", actor.login())
        .bind("action", action)
        .bind("entity", entity)
        .bind("id", id)
        .bind("before", toJson(before))
        .bind("after", toJson(after))
        .execute();
  }

  static String toJson(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write audit JSON of " + value.getClass(), e);
    }
  }

  /** The entries of one entity, oldest first. */
  public List<AuditEntry> of(String entity, long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, at, COALESCE(account_id, 0) AS account_id, login, action, entity,"
                        + " entity_id, before_json::text AS before_json, after_json::text AS"
                        + " after_json FROM audit_log WHERE entity = :entity AND entity_id = :id"
                        + " ORDER BY id")
                .bind("entity", entity)
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new AuditEntry(
                            rs.getLong("id"),
                            rs.getTimestamp("at").toInstant(),
                            rs.getLong("account_id"),
                            rs.getString("login"),
                            rs.getString("action"),
                            rs.getString("entity"),
                            rs.getLong("entity_id"),
                            rs.getString("before_json"),
                            rs.getString("after_json")))
                .list());
  }
}
