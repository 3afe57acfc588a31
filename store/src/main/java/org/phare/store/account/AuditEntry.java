package org.phare.store.account;

import java.time.Instant;

/**
 * One change recorded in the audit log.
 *
 * @param before JSON of the entity before the change, null for a creation
 * @param after JSON after the change, null for a deletion
 */
public record AuditEntry(
    long id,
    Instant at,
    long accountId,
    String login,
    String action,
    String entity,
    Long entityId,
    String before,
    String after) {}
