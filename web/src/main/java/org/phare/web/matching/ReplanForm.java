package org.phare.web.matching;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.phare.core.matching.Participant;
import org.phare.store.matching.SpeedDatingEvents;

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

  /** What the store needs, or null with French errors per field. */
  Request check(SpeedDatingEvents.Event event, Map<String, String> errors) {
    int last = event.format().rounds() - 1;
    int played = -1;
    try {
      played = Integer.parseInt(roundsPlayed);
    } catch (NumberFormatException e) {
      // reported below
    }
    if (played < event.roundsPlayed() || played > last) {
      errors.put(
          "roundsPlayed",
          event.roundsPlayed() > last
              ? "Toutes les manches sont jouées : il n'y a plus rien à replanifier."
              : "Manches déjà jouées : nombre entier de "
                  + event.roundsPlayed()
                  + " à "
                  + last
                  + " attendu (les manches jouées ne se rejouent pas, et il doit en rester une"
                  + " à planifier).");
    }
    Set<Long> gone = ids(absent, event, "absent", errors);
    Set<Long> back = ids(arrived, event, "arrived", errors);
    for (long id : gone) {
      if (back.contains(id)) {
        errors.putIfAbsent(
            "absent",
            "« "
                + event.schedule().participant(Long.toString(id)).name()
                + " » est coché à la fois absent et arrivé.");
      }
    }
    return errors.isEmpty() ? new Request(played, gone, back) : null;
  }

  /** The store's arguments. */
  record Request(int roundsPlayed, Set<Long> absent, Set<Long> arrived) {}

  private static Set<Long> ids(
      Set<String> values, SpeedDatingEvents.Event event, String field, Map<String, String> errors) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String value : values) {
      boolean known =
          event.schedule().participants().stream().anyMatch(p -> p.id().equals(value.strip()));
      if (!known) {
        errors.putIfAbsent(field, "« " + value + " » ne participe pas à ce speed-dating.");
        continue;
      }
      ids.add(Long.parseLong(value.strip()));
    }
    return ids;
  }
}
