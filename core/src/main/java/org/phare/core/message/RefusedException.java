package org.phare.core.message;

import java.util.List;

/**
 * Thrown by core and store when they refuse: carries one or more {@link Refusal}s (every problem of
 * a form or a file at once) and their {@link RefusalKind}. The exception message lists the codes
 * for logs; users read the catalogue's rendering.
 *
 * <p>It is an {@link IllegalArgumentException} so that code which already treats bad input as such
 * (parsers of other features, the CLI) keeps refusing rather than crashing; handlers that talk to
 * users catch {@code RefusedException} first, and a plain {@code IllegalArgumentException} left is
 * a defect to convert.
 */
public class RefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final RefusalKind kind;
  private final transient List<Refusal> refusals;

  public RefusedException(RefusalKind kind, List<Refusal> refusals) {
    super(kind + " " + refusals);
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
    this.kind = kind;
    this.refusals = List.copyOf(refusals);
  }

  public RefusedException(RefusalKind kind, Refusal refusal) {
    this(kind, List.of(refusal));
  }

  /** A refused value (422) of one field. */
  public static RefusedException refused(String code, String field, Object... namesAndValues) {
    return new RefusedException(RefusalKind.REFUSED, Refusal.of(code, field, namesAndValues));
  }

  /** Unreadable input (400) of one field. */
  public static RefusedException badInput(String code, String field, Object... namesAndValues) {
    return new RefusedException(RefusalKind.BAD_INPUT, Refusal.of(code, field, namesAndValues));
  }

  /** Something named that does not exist (404). */
  public static RefusedException notFound(String code, String field, Object... namesAndValues) {
    return new RefusedException(RefusalKind.NOT_FOUND, Refusal.of(code, field, namesAndValues));
  }

  /** The user's role or territories do not allow it (403). */
  public static RefusedException forbidden(String code, String field, Object... namesAndValues) {
    return new RefusedException(RefusalKind.FORBIDDEN, Refusal.of(code, field, namesAndValues));
  }

  /**
   * Several refusals found by one check, as one: the kind of the first, every reason in order. A
   * record that checks all its fields before refusing lets a form show every problem at once.
   *
   * @param found at least one
   */
  public static RefusedException all(List<RefusedException> found) {
    List<Refusal> reasons = new java.util.ArrayList<>();
    found.forEach(e -> reasons.addAll(e.refusals()));
    return new RefusedException(found.get(0).kind(), reasons);
  }

  /** The first reason: the one a single-field answer shows. */
  public Refusal first() {
    return refusals.get(0);
  }

  public RefusalKind kind() {
    return kind;
  }

  public List<Refusal> refusals() {
    return refusals;
  }
}
