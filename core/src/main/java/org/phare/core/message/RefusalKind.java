package org.phare.core.message;

/**
 * What kind of refusal it is, so that every channel answers alike (the API maps each to one HTTP
 * status: 400, 403, 404, 409, 422).
 */
public enum RefusalKind {
  /** The input cannot be read: missing, malformed, out of its type's range (HTTP 400). */
  BAD_INPUT,
  /** The user's role or territories do not allow it (HTTP 403). */
  FORBIDDEN,
  /** What the input names does not exist (HTTP 404). */
  NOT_FOUND,
  /** Someone else changed the record since it was read: only for version conflicts (HTTP 409). */
  CONFLICT,
  /** Well-formed input whose value the domain refuses (HTTP 422). */
  REFUSED
}
