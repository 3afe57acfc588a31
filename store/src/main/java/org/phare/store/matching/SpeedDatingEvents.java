package org.phare.store.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.account.Actor;
import org.phare.core.account.Permissions;
import org.phare.core.ecosystem.Family;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.ecosystem.Partnership;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.ecosystem.PartnershipStage;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.AffinityContext;
import org.phare.core.matching.EventFormat;
import org.phare.core.matching.Meeting;
import org.phare.core.matching.MutualWishes;
import org.phare.core.matching.Pair;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Round;
import org.phare.core.matching.Schedule;
import org.phare.core.matching.SpeedDatingPlan;
import org.phare.core.matching.SpeedDatingPlanner;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemStore;

/**
 * Speed-dating events kept in the database: participants (registry organisations), the planned
 * schedule, presence, wishes, and after the event the mutual matches. Only editors of the event's
 * territory change an event; anyone who may read the registry reads it.
 *
 * <p>Contacts follow the référentiel's rule (§3.2.1.1, see {@link MutualWishes}): a participant
 * learns another's contact only when both wished to meet again; a one-sided wish is never revealed.
 * Affinities are computed with the territory's priorities as they were when the event was planned
 * (stored with the event), so that reloading an event gives the plan that was printed.
 */
public final class SpeedDatingEvents {

  /**
   * What an organiser gives to create an event.
   *
   * @param start the clock time the first round starts at; null when not given (sheets then say the
   *     time from the start of the event)
   * @param priorities the priority domains the affinities favour; null for the territory's
   *     diagnosed priorities (an organiser may choose others, e.g. those a perception study named)
   */
  public record NewEvent(
      String title,
      TerritoryId territory,
      LocalDate date,
      LocalTime start,
      EventFormat format,
      List<Long> organisationIds,
      Set<Domain> priorities) {
    /** Longest title (docs/security.md). */
    public static final int MAX_TITLE = 200;

    /** Most organisations invited to one event. */
    public static final int MAX_ORGANISATIONS = 2000;

    public NewEvent {
      title = title == null || title.isBlank() ? "Speed-dating" : title.strip();
      if (title.length() > MAX_TITLE) {
        throw RefusedException.refused(
            "input.too-long", "title", "length", title.length(), "max", MAX_TITLE);
      }
      if (title.chars().anyMatch(Character::isISOControl)) {
        throw RefusedException.badInput("input.control-character", "title");
      }
      if (organisationIds != null && organisationIds.size() > MAX_ORGANISATIONS) {
        throw RefusedException.refused(
            "matching.event.too-many",
            "organisations",
            "count",
            organisationIds.size(),
            "max",
            MAX_ORGANISATIONS);
      }
      Objects.requireNonNull(territory, "territory");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(format, "format");
      organisationIds = List.copyOf(organisationIds);
      priorities =
          priorities == null
              ? null
              : Collections.unmodifiableSet(
                  priorities.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(priorities));
    }

    /** An event planned with the territory's diagnosed priorities, its start time not given. */
    public NewEvent(
        String title,
        TerritoryId territory,
        LocalDate date,
        EventFormat format,
        List<Long> organisationIds) {
      this(title, territory, date, null, format, organisationIds, null);
    }

    /** An event whose start time is not given. */
    public NewEvent(
        String title,
        TerritoryId territory,
        LocalDate date,
        EventFormat format,
        List<Long> organisationIds,
        Set<Domain> priorities) {
      this(title, territory, date, null, format, organisationIds, priorities);
    }
  }

  /**
   * A stored event.
   *
   * @param start the clock time of the first round, null when the organiser did not give it
   * @param roundsPlayed rounds held when the schedule was last re-planned (0 before the event)
   * @param present ids of the participants currently present
   */
  public record Event(
      long id,
      String title,
      TerritoryId territory,
      LocalDate date,
      LocalTime start,
      AffinityContext context,
      int roundsPlayed,
      Schedule schedule,
      Set<String> present) {

    public EventFormat format() {
      return schedule.format();
    }

    /** The clock time a round starts at, when the event's start time is known. */
    public Optional<LocalTime> clockTime(int startMinute) {
      return Optional.ofNullable(start).map(t -> t.plusMinutes(startMinute));
    }
  }

  /** A participant's mutual matches, with the registry records that carry their contact. */
  public record Contacts(Participant participant, List<Organisation> matches) {}

  private final Jdbi jdbi;
  private final EcosystemStore registry;
  private final MatchingService matching;

  /** Over the application's database. */
  public static SpeedDatingEvents of(
      org.phare.store.database.Database database,
      EcosystemStore registry,
      MatchingService matching) {
    return new SpeedDatingEvents(database.jdbi(), registry, matching);
  }

  public SpeedDatingEvents(Jdbi jdbi, EcosystemStore registry, MatchingService matching) {
    this.jdbi = jdbi;
    this.registry = registry;
    this.matching = matching;
  }

  /**
   * Plans and stores an event; every organisation must be a company or an association, with at
   * least one of each.
   */
  public Event create(Actor actor, NewEvent request) {
    Territory where = registry.territory(request.territory());
    requireEdit(actor, where);
    registry.requireLinkable(actor, request.organisationIds());
    Map<String, Participant> participants = new LinkedHashMap<>();
    for (long id : request.organisationIds()) {
      Participant p = matching.participants().require(organisation(id));
      participants.put(p.id(), p);
    }
    for (org.phare.core.matching.Side side : org.phare.core.matching.Side.values()) {
      if (participants.values().stream().noneMatch(p -> p.side() == side)) {
        throw RefusedException.refused(
            "matching.event.side-missing", "participants", "side", side.name());
      }
    }
    AffinityContext context =
        request.priorities() == null
            ? matching.context(request.territory())
            : new AffinityContext(request.priorities());
    SpeedDatingPlan plan =
        new SpeedDatingPlanner(matching.model())
            .plan(participants.values(), context, request.format());
    long id =
        jdbi.inTransaction(
            h -> {
              long eventId =
                  h.createUpdate(
                          "INSERT INTO match_event (title, territory_level, territory_code,"
                              + " event_date, start_time, rounds, tables, round_minutes,"
                              + " priorities) VALUES (:title, :level, :code, :date, :start,"
                              + " :rounds, :tables, :minutes, :priorities)")
                      .bind("title", request.title())
                      .bind("level", where.level().name())
                      .bind("code", where.code())
                      .bind("date", request.date())
                      .bind("start", request.start())
                      .bind("rounds", request.format().rounds())
                      .bind("tables", request.format().tables())
                      .bind("minutes", request.format().roundMinutes())
                      .bindArray(
                          "priorities",
                          String.class,
                          context.priorities().stream().map(Enum::name).toArray(String[]::new))
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one();
              for (Participant p : participants.values()) {
                insertParticipant(h, eventId, p);
              }
              saveRounds(h, eventId, plan.schedule().rounds());
              return eventId;
            });
    return event(id);
  }

  /**
   * Re-plans the rounds after {@code roundsPlayed}: absent participants leave, late arrivals
   * (registry organisations, new to the event or back) join; rounds already held stay as they were.
   */
  public Event replan(
      Actor actor, long eventId, int roundsPlayed, Set<Long> absent, Set<Long> arrived) {
    Event event = event(eventId);
    requireEdit(actor, registry.territory(event.territory()));
    if (roundsPlayed < event.roundsPlayed()) {
      throw RefusedException.refused(
          "matching.replan.rounds-played",
          "roundsPlayed",
          "played",
          event.roundsPlayed(),
          "given",
          roundsPlayed);
    }
    Map<String, Participant> present = new LinkedHashMap<>();
    for (Participant p : event.schedule().participants()) {
      if (event.present().contains(p.id()) && !absent.contains(Long.parseLong(p.id()))) {
        present.put(p.id(), p);
      }
    }
    List<Long> joining = new ArrayList<>();
    for (long id : arrived) {
      if (event.schedule().participants().stream()
          .noneMatch(q -> q.id().equals(Long.toString(id)))) {
        joining.add(id);
      }
    }
    registry.requireLinkable(actor, joining);
    List<Participant> newcomers = new ArrayList<>();
    for (long id : arrived) {
      Participant p = matching.participants().require(organisation(id));
      present.put(p.id(), p);
      if (event.schedule().participants().stream().noneMatch(q -> q.id().equals(p.id()))) {
        newcomers.add(p);
      }
    }
    SpeedDatingPlan plan =
        new SpeedDatingPlanner(matching.model())
            .replan(event.schedule(), roundsPlayed, present.values(), event.context());
    jdbi.useTransaction(
        h -> {
          for (Participant p : newcomers) {
            insertParticipant(h, eventId, p);
          }
          h.createUpdate("UPDATE match_participant SET present = FALSE WHERE event_id = :e")
              .bind("e", eventId)
              .execute();
          for (String id : present.keySet()) {
            h.createUpdate(
                    "UPDATE match_participant SET present = TRUE WHERE event_id = :e"
                        + " AND organisation_id = :o")
                .bind("e", eventId)
                .bind("o", Long.parseLong(id))
                .execute();
          }
          h.createUpdate("DELETE FROM match_meeting WHERE event_id = :e AND round > :r")
              .bind("e", eventId)
              .bind("r", roundsPlayed)
              .execute();
          h.createUpdate("DELETE FROM match_break WHERE event_id = :e AND round > :r")
              .bind("e", eventId)
              .bind("r", roundsPlayed)
              .execute();
          saveRounds(
              h,
              eventId,
              plan.schedule().rounds().subList(roundsPlayed, plan.schedule().rounds().size()));
          h.createUpdate("UPDATE match_event SET rounds_played = :r WHERE id = :e")
              .bind("e", eventId)
              .bind("r", roundsPlayed)
              .execute();
        });
    return event(eventId);
  }

  /**
   * Records that {@code from} wishes to see {@code to} again. Both must have met during the event;
   * a repeated wish counts once.
   */
  public void wish(Actor actor, long eventId, long from, long to) {
    Event event = event(eventId);
    requireEdit(actor, registry.territory(event.territory()));
    // Validates the wish against the schedule (same rule as the results).
    MutualWishes.resolve(
        event.schedule(), List.of(new MutualWishes.Wish(Long.toString(from), Long.toString(to))));
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO match_wish (event_id, from_id, to_id) VALUES (:e, :f, :t)"
                        + " ON CONFLICT DO NOTHING")
                .bind("e", eventId)
                .bind("f", from)
                .bind("t", to)
                .execute());
  }

  /** The mutual matches of an event; one-sided wishes leave no trace in them. */
  public MutualWishes results(long eventId) {
    Event event = event(eventId);
    List<MutualWishes.Wish> wishes =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT from_id, to_id FROM match_wish WHERE event_id = :e"
                            + " ORDER BY from_id, to_id")
                    .bind("e", eventId)
                    .map(
                        (rs, ctx) ->
                            new MutualWishes.Wish(
                                Long.toString(rs.getLong(1)), Long.toString(rs.getLong(2))))
                    .list());
    // Re-planning may have separated pairs whose wishes were recorded: those wishes stay in the
    // table as history (docs/matching.md) and are ignored, so the results always read.
    return MutualWishes.resolveRecorded(event.schedule(), wishes);
  }

  /**
   * Whom a participant may contact after the event: mutual wishes only, with their contact. Handed
   * only to the event's organisers (accounts that may edit its territory), who pass them on to the
   * participants: participants are registry organisations, not accounts.
   *
   * @throws RefusedException (forbidden) for anyone else, anonymous or viewer included
   */
  public Contacts contactsFor(Actor actor, long eventId, long organisationId) {
    Event event = event(eventId);
    requireEdit(actor, registry.territory(event.territory()));
    Participant participant = event.schedule().participant(Long.toString(organisationId));
    List<Organisation> matches = new ArrayList<>();
    for (Participant match : results(eventId).contactsFor(participant.id())) {
      matches.add(organisation(Long.parseLong(match.id())));
    }
    return new Contacts(participant, matches);
  }

  /**
   * Opens a partnership at its PREPARE stage between a mutual pair of the event, through the
   * registry (which checks the editor's rights and writes the audit log).
   *
   * @throws RefusedException when the two did not both wish to meet again
   */
  public Partnership createPartnership(
      Actor actor, long eventId, long companyId, long associationId, PartnershipCategory category) {
    Event event = event(eventId);
    Pair pair = new Pair(Long.toString(companyId), Long.toString(associationId));
    if (!results(eventId).pairs().contains(pair)) {
      throw RefusedException.refused(
          "matching.partnership.no-mutual-wish",
          "",
          "company",
          companyId,
          "association",
          associationId);
    }
    Participant company = event.schedule().participant(pair.companyId());
    Participant association = event.schedule().participant(pair.associationId());
    Set<Domain> shared = EnumSet.noneOf(Domain.class);
    shared.addAll(company.domains());
    shared.retainAll(association.domains());
    return registry.create(
        actor,
        new Partnership(
            0,
            company.name() + " – " + association.name(),
            List.of(companyId, associationId),
            category == null ? PartnershipCategory.MECENAT : category,
            null,
            shared,
            event.territory(),
            null,
            null,
            Set.of(),
            PartnershipStage.PREPARE,
            null,
            Set.of(),
            0));
  }

  /**
   * The stored plan with its quality: total affinity against the upper bound no schedule can beat.
   * The bound is computed again as when the plan was last made (the rounds held kept, the others
   * among those present; see {@link SpeedDatingPlanner#replan}), since it is not stored; it costs
   * one planning (under 0.1 s of CPU for 100 x 100 participants, docs/benchmarks.md).
   */
  public SpeedDatingPlan quality(Event event) {
    List<Participant> present =
        event.schedule().participants().stream()
            .filter(p -> event.present().contains(p.id()))
            .toList();
    SpeedDatingPlan replayed =
        new SpeedDatingPlanner(matching.model())
            .replan(event.schedule(), event.roundsPlayed(), present, event.context());
    return new SpeedDatingPlan(event.schedule(), replayed.upperBound());
  }

  /**
   * The organisations an organiser may invite to an event of a territory (its département for a
   * commune): its companies and associations, by name, the first {@code limit} of them.
   */
  public List<Organisation> candidates(TerritoryId territory, int limit) {
    Territory where = registry.territory(territory);
    TerritoryId within =
        where.level() == Level.COMMUNE
            ? where.ancestor(Level.DEPARTEMENT).orElse(where.id())
            : where.id();
    List<Organisation> found = new ArrayList<>();
    for (Family family : List.of(Family.ECONOMIC_ACTOR, Family.GENERAL_INTEREST)) {
      found.addAll(registry.organisations(within, family, null, limit, 0));
    }
    java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
    found.sort(
        Comparator.comparing(Organisation::name, french).thenComparingLong(Organisation::id));
    // Each side's query gave its first names, so the first ones of both are among them.
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  /**
   * A territory of the referential, for the pages that name an event's territory and check who may
   * change it.
   *
   * @throws IllegalArgumentException when the referential has no such territory
   */
  public Territory territory(TerritoryId id) {
    return registry.territory(id);
  }

  /**
   * Events held in this territory or inside it (a département lists its communes' and EPCI's
   * events, France every event), newest first.
   */
  public List<Event> events(TerritoryId territory) {
    record Placed(long id, TerritoryId where) {}
    List<Placed> all =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id, territory_level, territory_code FROM match_event"
                            + " ORDER BY event_date DESC, id DESC")
                    .map(
                        (rs, ctx) ->
                            new Placed(
                                rs.getLong("id"),
                                TerritoryId.of(
                                    Level.valueOf(rs.getString("territory_level")),
                                    rs.getString("territory_code"))))
                    .list());
    List<Event> events = new ArrayList<>();
    for (Placed placed : all) {
      if (Permissions.contains(territory, registry.territory(placed.where()))) {
        events.add(event(placed.id()));
      }
    }
    return events;
  }

  /** A stored event, with its schedule rebuilt from the registry's current records. */
  public Event event(long eventId) {
    return jdbi.withHandle(h -> load(h, eventId));
  }

  private record Head(
      long id,
      String title,
      TerritoryId territory,
      LocalDate date,
      LocalTime start,
      EventFormat format,
      AffinityContext context,
      int roundsPlayed) {}

  private record Row(int round, int table, long company, long association) {}

  private Event load(Handle h, long eventId) {
    Head head =
        h.createQuery("SELECT * FROM match_event WHERE id = :e")
            .bind("e", eventId)
            .map(
                (rs, ctx) -> {
                  Set<Domain> priorities = EnumSet.noneOf(Domain.class);
                  for (String name : (String[]) rs.getArray("priorities").getArray()) {
                    priorities.add(Domain.valueOf(name));
                  }
                  return new Head(
                      rs.getLong("id"),
                      rs.getString("title"),
                      TerritoryId.of(
                          Level.valueOf(rs.getString("territory_level")),
                          rs.getString("territory_code")),
                      rs.getObject("event_date", LocalDate.class),
                      rs.getObject("start_time", LocalTime.class),
                      new EventFormat(
                          rs.getInt("rounds"), rs.getInt("tables"), rs.getInt("round_minutes")),
                      new AffinityContext(priorities),
                      rs.getInt("rounds_played"));
                })
            .findOne()
            .orElseThrow(
                () -> RefusedException.notFound("matching.event.not-found", "id", "id", eventId));
    Map<String, Participant> participants = new LinkedHashMap<>();
    Set<String> present = new LinkedHashSet<>();
    h.createQuery(
            "SELECT organisation_id, present FROM match_participant WHERE event_id = :e"
                + " ORDER BY organisation_id")
        .bind("e", eventId)
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getBoolean(2)))
        .forEach(
            row -> {
              Participant p = matching.participants().require(organisation(row.getKey()));
              participants.put(p.id(), p);
              if (row.getValue()) {
                present.add(p.id());
              }
            });
    Map<Integer, List<Meeting>> meetings = new TreeMap<>();
    Map<Integer, List<Participant>> breaks = new TreeMap<>();
    for (int r = 1; r <= head.format().rounds(); r++) {
      meetings.put(r, new ArrayList<>());
      breaks.put(r, new ArrayList<>());
    }
    h.createQuery(
            "SELECT round, table_no, company_id, association_id FROM match_meeting"
                + " WHERE event_id = :e ORDER BY round, table_no")
        .bind("e", eventId)
        .map((rs, ctx) -> new Row(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
        .forEach(
            row -> {
              Participant c = participants.get(Long.toString(row.company()));
              Participant a = participants.get(Long.toString(row.association()));
              meetings
                  .get(row.round())
                  .add(
                      new Meeting(row.table(), c, a, matching.model().score(c, a, head.context())));
            });
    h.createQuery(
            "SELECT round, organisation_id FROM match_break WHERE event_id = :e"
                + " ORDER BY round, organisation_id")
        .bind("e", eventId)
        .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getLong(2)))
        .forEach(
            row -> breaks.get(row.getKey()).add(participants.get(Long.toString(row.getValue()))));
    List<Round> rounds = new ArrayList<>();
    for (int r = 1; r <= head.format().rounds(); r++) {
      rounds.add(new Round(r, head.format().startMinute(r), meetings.get(r), breaks.get(r)));
    }
    return new Event(
        head.id(),
        head.title(),
        head.territory(),
        head.date(),
        head.start(),
        head.context(),
        head.roundsPlayed(),
        new Schedule(head.format(), List.copyOf(participants.values()), rounds),
        present);
  }

  private static void insertParticipant(Handle h, long eventId, Participant p) {
    h.createUpdate(
            "INSERT INTO match_participant (event_id, organisation_id, side) VALUES (:e, :o, :s)")
        .bind("e", eventId)
        .bind("o", Long.parseLong(p.id()))
        .bind("s", p.side().name())
        .execute();
  }

  private static void saveRounds(Handle h, long eventId, List<Round> rounds) {
    for (Round round : rounds) {
      for (Meeting m : round.meetings()) {
        h.createUpdate(
                "INSERT INTO match_meeting (event_id, round, table_no, company_id,"
                    + " association_id, affinity) VALUES (:e, :r, :t, :c, :a, :x)")
            .bind("e", eventId)
            .bind("r", round.number())
            .bind("t", m.table())
            .bind("c", Long.parseLong(m.company().id()))
            .bind("a", Long.parseLong(m.association().id()))
            .bind("x", m.affinity().total())
            .execute();
      }
      for (Participant p : round.onBreak()) {
        h.createUpdate(
                "INSERT INTO match_break (event_id, round, organisation_id) VALUES (:e, :r, :o)")
            .bind("e", eventId)
            .bind("r", round.number())
            .bind("o", Long.parseLong(p.id()))
            .execute();
      }
    }
  }

  /** The registry the events draw their participants from. */
  public EcosystemStore registry() {
    return registry;
  }

  private Organisation organisation(long id) {
    return registry
        .organisation(id)
        .orElseThrow(
            () -> RefusedException.notFound("registry.not-found.organisation", "id", "id", id));
  }

  private static void requireEdit(Actor actor, Territory where) {
    actor.permissions().requireEdit(where, "matching.event.forbidden");
  }
}
