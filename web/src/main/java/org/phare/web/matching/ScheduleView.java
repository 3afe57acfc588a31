package org.phare.web.matching;

import java.util.ArrayList;
import java.util.List;
import org.phare.core.matching.MutualWishes;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Schedule;
import org.phare.store.matching.SpeedDatingEvents;
import org.phare.web.i18n.Lang;

/**
 * What the schedule page and its PDF show: one sheet per table and one per participant, and the
 * number of mutual matches (never who wished whom).
 */
public record ScheduleView(Lang lang, SpeedDatingEvents.Event event, MutualWishes results) {

  /** A table's sheet. */
  public record TableSheet(int table, List<Schedule.TableSlot> slots) {}

  /** A participant's sheet. */
  public record ParticipantSheet(Participant participant, List<Schedule.ParticipantSlot> slots) {}

  public List<TableSheet> tables() {
    List<TableSheet> sheets = new ArrayList<>();
    for (int t = 1; t <= event.format().tables(); t++) {
      sheets.add(new TableSheet(t, event.schedule().forTable(t)));
    }
    return sheets;
  }

  public List<ParticipantSheet> participants() {
    List<ParticipantSheet> sheets = new ArrayList<>();
    for (Participant p : event.schedule().participants()) {
      sheets.add(new ParticipantSheet(p, event.schedule().forParticipant(p.id())));
    }
    return sheets;
  }

  /**
   * When a round starts: the clock time ("14 h 08") when the event's start time is known, else the
   * time from the start of the event ("0:08") for events created before it was asked.
   */
  public String start(int minute) {
    return event.clockTime(minute).map(lang::time).orElseGet(() -> MatchingRoutes.minutes(minute));
  }

  /** The event's date and start time: « 3 décembre 2026 à 14 h 00 », "3 December 2026 at 14:00". */
  public String date() {
    String day = lang.date(event.date());
    return event.start() == null ? day : day + lang.pick(" à ", " at ") + lang.time(event.start());
  }

  /** "1 table", "3 tables". */
  public String tables(int count) {
    return count + (count > 1 ? " tables" : " table");
  }

  public String side(Participant p) {
    return lang.pick(p.side().labelFr(), p.side().labelEn());
  }

  public int mutualCount() {
    return results.pairs().size();
  }
}
