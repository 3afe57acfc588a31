package org.phare.core.account;

import java.util.List;
import java.util.Optional;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;

/**
 * The rights of one account: its role and, for an editor, the territories it may edit.
 *
 * <p>An editor of a territory may edit anything located in it or below it: an editor of a
 * département edits the organisations of its communes and the partnerships of its EPCI, but not
 * those of the whole region nor of a neighbouring département.
 */
public record Permissions(Role role, List<TerritoryId> territories) {

  public Permissions {
    if (role == null) {
      throw RefusedException.badInput("input.required", "role");
    }
    territories = List.copyOf(territories == null ? List.of() : territories);
  }

  public boolean isAdministrator() {
    return role == Role.ADMINISTRATOR;
  }

  /** Whether the account may change data located in {@code target}. */
  public boolean canEdit(Territory target) {
    return switch (role) {
      case ADMINISTRATOR -> true;
      case VIEWER -> false;
      case EDITOR -> territories.stream().anyMatch(granted -> contains(granted, target));
    };
  }

  /**
   * The refusal to give when the account may not edit {@code target}, naming the place (its name,
   * level and code) so that the message says where; empty when it may.
   *
   * @param code the refusal naming the kind of record, {@code registry.forbidden.organisation}
   * @param field the form or file field that holds the territory
   */
  public Optional<Refusal> editRefusal(Territory target, String code, String field) {
    if (canEdit(target)) {
      return Optional.empty();
    }
    return Optional.of(
        Refusal.of(
            code, field, "place", target.name(), "level", target.level(), "code", target.code()));
  }

  /**
   * Refuses (forbidden) when the account may not edit {@code target}; see {@link #editRefusal}.
   *
   * @throws RefusedException of kind forbidden, on field {@code territory}
   */
  public void requireEdit(Territory target, String code) {
    editRefusal(target, code, "territory")
        .ifPresent(
            refusal -> {
              throw new RefusedException(RefusalKind.FORBIDDEN, refusal);
            });
  }

  /** Whether {@code target} is {@code container} or lies inside it. */
  public static boolean contains(TerritoryId container, Territory target) {
    if (container.level() == Level.COUNTRY || container.equals(target.id())) {
      return true;
    }
    return target.ancestor(container.level()).map(container::equals).orElse(false);
  }
}
