package org.phare.web.matching;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.EventFormat;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.TerritoryId;
import org.phare.store.matching.SpeedDatingEvents;
import org.phare.web.Pages;
import org.phare.web.i18n.FieldErrors;

/**
 * What the organiser typed in the speed-dating creation form, kept verbatim to be shown again.
 * {@link #check} turns it into the store's {@link SpeedDatingEvents.NewEvent} (the same request as
 * {@code POST /api/speed-datings}) or French errors per field; the planning itself is the store's.
 *
 * @param start the clock time of the first round, {@code HH:mm} as the browser's time field sends
 *     it
 * @param territory {@code level:code}, e.g. {@code departement:45}
 * @param organisations ids of the chosen organisations, as sent
 * @param priorities domain codes ticked as priorities
 */
public record EventForm(
    String title,
    String date,
    String start,
    String territory,
    String rounds,
    String tables,
    String roundMinutes,
    Set<String> priorities,
    List<String> organisations) {

  // The bounds live with the records they protect (EventFormat, NewEvent); the form says them
  // first.
  static final int MAX_ROUNDS = EventFormat.MAX_ROUNDS;

  static final int MAX_TABLES = EventFormat.MAX_TABLES;
  static final int MAX_ROUND_MINUTES = EventFormat.MAX_ROUND_MINUTES;
  static final int MAX_TITLE = SpeedDatingEvents.NewEvent.MAX_TITLE;

  /** The start time a new form proposes. */
  static final String DEFAULT_START = "09:00";

  /** A new form: the référentiel's format (8 rounds of 8 minutes) and the given priorities. */
  static EventForm empty(TerritoryId territory, Set<Domain> priorities) {
    Set<String> codes = new LinkedHashSet<>();
    priorities.forEach(d -> codes.add(d.name()));
    return new EventForm(
        "",
        "",
        DEFAULT_START,
        territory.toString(),
        "8",
        "8",
        Integer.toString(EventFormat.DEFAULT_ROUND_MINUTES),
        codes,
        List.of());
  }

  static EventForm read(Context ctx) {
    List<String> organisations = new ArrayList<>();
    for (String id : ctx.formParams("organisations")) {
      if (!id.isBlank() && !organisations.contains(id.trim())) {
        organisations.add(id.trim());
      }
    }
    return new EventForm(
        text(ctx, "title"),
        text(ctx, "date"),
        text(ctx, "start"),
        text(ctx, "territory"),
        text(ctx, "rounds"),
        text(ctx, "tables"),
        text(ctx, "roundMinutes"),
        new LinkedHashSet<>(ctx.formParams("priorities")),
        organisations);
  }

  static String text(Context ctx, String field) {
    String value = ctx.formParam(field);
    return value == null ? "" : value.strip();
  }

  /** The typed territory when it is written level:code, else null (checked by {@link #check}). */
  TerritoryId typedTerritory() {
    try {
      return TerritoryId.parse(territory);
    } catch (RefusedException e) {
      return null;
    }
  }

  /**
   * The store's request, or null with the refusals recorded in {@code errors}. Checks what the form
   * can say next to a field; the store checks the rest (rights, families of the organisations) and
   * its refusals are shown as well.
   */
  SpeedDatingEvents.NewEvent check(SpeedDatingEvents events, FieldErrors errors) {
    if (title.length() > MAX_TITLE) {
      errors.add("title", "input.too-long", "length", title.length(), "max", MAX_TITLE);
    } else if (title.chars().anyMatch(Character::isISOControl)) {
      errors.add("title", "input.control-character");
    }
    LocalDate day = null;
    if (date.isEmpty()) {
      errors.add("date", "matching.event.date-required");
    } else {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        errors.add("date", "input.not-a-date", "value", date);
      }
    }
    LocalTime clock = null;
    if (start.isEmpty()) {
      errors.add("start", "matching.event.start-required");
    } else {
      try {
        clock = LocalTime.parse(start);
      } catch (DateTimeParseException e) {
        errors.add("start", "input.not-a-time", "value", start);
      }
    }
    TerritoryId where = null;
    if (territory.isEmpty()) {
      errors.add("territory", "matching.event.territory-required");
    } else {
      try {
        where = events.territory(TerritoryId.parse(territory)).id();
      } catch (RefusedException e) {
        errors.add("territory", "matching.event.territory-unknown", "value", territory);
      }
    }
    Integer r = number(rounds, "rounds", 1, MAX_ROUNDS, errors);
    Integer t = number(tables, "tables", 1, MAX_TABLES, errors);
    Integer m = number(roundMinutes, "roundMinutes", 1, MAX_ROUND_MINUTES, errors);
    Set<Domain> chosen = EnumSet.noneOf(Domain.class);
    for (String code : priorities) {
      try {
        chosen.add(Domain.valueOf(code));
      } catch (IllegalArgumentException e) {
        errors.add("priorities", "domain.unknown", "value", code);
      }
    }
    List<Long> ids = new ArrayList<>();
    for (String id : organisations) {
      try {
        ids.add(Long.parseLong(id));
      } catch (NumberFormatException e) {
        errors.add("organisations", "input.not-an-id", "value", id);
      }
    }
    if (organisations.size() < 2 && !errors.has("organisations")) {
      errors.add("organisations", "matching.event.participants-required");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new SpeedDatingEvents.NewEvent(
        title, where, day, clock, new EventFormat(r, t, m), ids, chosen);
  }

  private static Integer number(String text, String field, int min, int max, FieldErrors errors) {
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // same message as out of range
    }
    errors.add(field, "matching.format.range", "field", field, "min", min, "max", max);
    return null;
  }

  public boolean hasPriority(Domain d) {
    return priorities.contains(d.name());
  }

  /** The errors map type the templates take, in the order found. */
  static FieldErrors errors(Context ctx) {
    return new FieldErrors(Pages.lang(ctx));
  }
}
