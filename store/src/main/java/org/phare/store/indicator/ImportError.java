package org.phare.store.indicator;

import org.phare.core.message.Refusal;

/**
 * One problem of a file, where it is and why: lines and columns are 1-based (the header is line 1;
 * 0 when the problem concerns the whole file), the field is the column's name in the header (or a
 * marker such as {@code (encoding)}), the refusal is coded ({@code import.*}, rendered by the
 * message catalogue) and carries the reason's data: the bad value, the unknown code.
 */
public record ImportError(long line, int column, Refusal refusal) {

  /** The column's name as the header spells it, or a marker in parentheses. */
  public String field() {
    return refusal.field();
  }
}
