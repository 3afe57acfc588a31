package org.phare.web.matching;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;
import org.phare.core.matching.Participant;
import org.phare.store.matching.SpeedDatingEvents;
import org.phare.web.i18n.FieldErrors;

/**
 * The re-planning form of the schedule page: how many rounds were held, who left or has not arrived
 * yet (absent or late), who arrived since. The store re-plans ({@link SpeedDatingEvents#replan}, as
 * {@code POST /api/speed-datings/{id}/replan}); the form only reads and checks the input.
 *
 * @param roundsPlayed as typed
 * @param absent ids ticked "absent or late"
 * @param arrived ids ticked "arrived"
 */
public record ReplanForm(String roundsPlayed, Set<String> absent, Set<String> arrived) {

  /** The form as first shown: the rounds already recorded as held, nobody ticked. */
  static ReplanForm of(SpeedDatingEvents.Event event) {
    return new ReplanForm(Integer.toString(event.roundsPlayed()), Set.of(), Set.of());
  }

  static ReplanForm read(Context ctx) {
    return new ReplanForm(
        EventForm.text(ctx, "roundsPlayed"),
        new LinkedHashSet<>(ctx.formParams("absent")),
        new LinkedHashSet<>(ctx.formParams("arrived")));
  }

  public boolean isAbsent(Participant p) {
    return absent.contains(p.id());
  }

  public boolean hasArrived(Participant p) {
    return arrived.contains(p.id());
  }

  /** What the store needs, or null with the refusals per field in {@code errors}. */
  Request check(SpeedDatingEvents.Event event, FieldErrors errors) {
    int last = event.format().rounds() - 1;
    int played = -1;
    try {
      played = Integer.parseInt(roundsPlayed);
    } catch (NumberFormatException e) {
      // reported below
    }
    if (played < event.roundsPlayed() || played > last) {
      if (event.roundsPlayed() > last) {
        errors.add("roundsPlayed", "matching.replan.all-played");
      } else {
        errors.add(
            "roundsPlayed",
            "matching.replan.rounds-range",
            "min",
            event.roundsPlayed(),
            "max",
            last);
      }
    }
    Set<Long> gone = ids(absent, event, "absent", errors);
    Set<Long> back = ids(arrived, event, "arrived", errors);
    for (long id : gone) {
      if (back.contains(id)) {
        errors.add(
            "absent",
            "matching.participant.absent-and-arrived",
            "name",
            event.schedule().participant(Long.toString(id)).name());
      }
    }
    return errors.isEmpty() ? new Request(played, gone, back) : null;
  }

  /** The store's arguments. */
  record Request(int roundsPlayed, Set<Long> absent, Set<Long> arrived) {}

  private static Set<Long> ids(
      Set<String> values, SpeedDatingEvents.Event event, String field, FieldErrors errors) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String value : values) {
      boolean known =
          event.schedule().participants().stream().anyMatch(p -> p.id().equals(value.strip()));
      if (!known) {
        errors.add(field, "matching.participant.not-in-event", "value", value);
        continue;
      }
      ids.add(Long.parseLong(value.strip()));
    }
    return ids;
  }
}
