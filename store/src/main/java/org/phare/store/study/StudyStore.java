package org.phare.store.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.account.Permissions;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.study.AnswerValidator;
import org.phare.core.study.Questionnaire;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.core.territory.TerritoryReferential;
import org.phare.store.perception.Actor;

/**
 * Territorial studies in the database (migration V60, ADR 0060): an organiser (editor of the
 * study's territory, or administrator) creates, publishes and closes a study; respondents answer
 * through a link (one public link per actor type, or a single-use invitation), keep a draft under
 * it, and submit.
 *
 * <p>A submission is one transaction: the study is read with a share lock (a concurrent close waits
 * for it, or it sees the close), the answers are checked against the questionnaire the study was
 * published with ({@link AnswerValidator}), the response is inserted, a single-use link's use is
 * recorded (its primary key refuses a second one, even at the same instant) and the draft deleted.
 * It is acknowledged only once committed; {@code synchronous_commit = on} keeps it across a crash.
 * The response carries no name, e-mail, link token nor draft key.
 */
public final class StudyStore {

  /** Longest title, organiser name; longest privacy text (docs/security.md). */
  public static final int MAX_TITLE = 200;

  public static final int MAX_PRIVACY = 4000;

  /** Most invitations created at once, and the longest identifier (an e-mail: RFC 5321). */
  public static final int MAX_INVITATIONS = 5000;

  public static final int MAX_IDENTIFIER = 320;

  /** Status of a study. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    CLOSED
  }

  /** What an organiser gives to create a study. */
  public record NewStudy(
      String title,
      TerritoryId territory,
      Set<Actor> actors,
      LocalDate opens,
      LocalDate closes,
      String organiser,
      String privacy) {}

  /** A stored study; {@code links} are the public links by actor type once published. */
  public record Study(
      long id,
      String title,
      TerritoryId territory,
      Set<Actor> actors,
      String questionnaire,
      LocalDate opens,
      LocalDate closes,
      String organiser,
      String privacy,
      Status status,
      Map<Actor, String> links) {

    /** Whether answers are taken on {@code day}. */
    public boolean openOn(LocalDate day) {
      return status == Status.PUBLISHED && !day.isBefore(opens) && !day.isAfter(closes);
    }
  }

  /** A link a respondent opened: the study, the actor type it answers as. */
  public record Link(String token, Study study, Actor actor, boolean singleUse) {}

  /** A draft: its resume key, the form's nonce, the answers saved so far. */
  public record Draft(String key, String nonce, Map<String, List<String>> answers) {}

  /** An invitation created: the identifier the organiser pasted and its single-use link token. */
  public record Invitation(String identifier, String token) {}

  /**
   * The follow-up of a study: by actor type, and for the actor types that give their commune, by
   * département and commune.
   */
  public record FollowUp(
      Map<Actor, ActorProgress> byActor,
      Map<Actor, Map<String, Long>> byDepartement,
      Map<Actor, Map<String, Long>> byCommune) {}

  /**
   * Progress of one actor type.
   *
   * @param started respondents who opened the form (submitted plus drafts still open)
   * @param submitted answers received
   * @param medianSeconds median time from opening to submitting (NaN without any answer): the 50th
   *     percentile by PostgreSQL's {@code percentile_cont} (linear interpolation between the two
   *     middle values for an even count)
   */
  public record ActorProgress(long started, long submitted, double medianSeconds) {
    /** Submitted over started, NaN when nobody started. */
    public double completionRate() {
      return started == 0 ? Double.NaN : (double) submitted / started;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, List<String>>> ANSWERS = new TypeReference<>() {};
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Jdbi jdbi;
  private final TerritoryReferential referential;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public StudyStore(Jdbi jdbi, TerritoryReferential referential, Clock clock) {
    this.jdbi = jdbi;
    this.referential = referential;
    this.clock = clock;
  }

  public StudyStore(Jdbi jdbi, TerritoryReferential referential) {
    this(jdbi, referential, Clock.system(PARIS));
  }

  /** The territories studies are placed in. */
  public TerritoryReferential referential() {
    return referential;
  }

  /** Today in France: a study opens and closes at midnight, Paris time. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(PARIS));
  }

  /**
   * A territory of the referential (France for the country).
   *
   * @throws RefusedException (not found) on the {@code territory} field
   */
  public Territory territory(TerritoryId id) {
    return referential
        .find(id)
        .orElseThrow(
            () -> RefusedException.notFound("study.territory.unknown", "territory", "value", id));
  }

  // ------------------------------------------------------------------ organiser

  /**
   * Creates a study in draft.
   *
   * @throws RefusedException every problem of the form at once; forbidden when the account may not
   *     edit the territory
   */
  public Study create(org.phare.core.account.Actor who, NewStudy s) {
    List<Refusal> refusals = new ArrayList<>();
    String title = text(s.title(), "title", MAX_TITLE, refusals);
    String organiser = text(s.organiser(), "organiser", MAX_TITLE, refusals);
    String privacy = text(s.privacy(), "privacy", MAX_PRIVACY, refusals);
    if (s.actors() == null || s.actors().isEmpty()) {
      refusals.add(Refusal.of("study.actors.none", "actors"));
    }
    if (s.opens() == null) {
      refusals.add(Refusal.of("input.required", "opens"));
    }
    if (s.closes() == null) {
      refusals.add(Refusal.of("input.required", "closes"));
    }
    if (s.opens() != null && s.closes() != null && s.closes().isBefore(s.opens())) {
      refusals.add(Refusal.of("study.dates.order", "closes", "opens", day(s.opens())));
    }
    if (s.territory() == null) {
      refusals.add(Refusal.of("input.required", "territory"));
    }
    if (!refusals.isEmpty()) {
      throw new RefusedException(RefusalKind.REFUSED, refusals);
    }
    Territory where = territory(s.territory());
    requireEdit(who, where);
    long id =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO study (title, territory_level, territory_code, actors,"
                            + " questionnaire, opens_on, closes_on, organiser, privacy, created_by)"
                            + " VALUES (:title, :level, :code, :actors, :q, :opens, :closes,"
                            + " :organiser, :privacy, :by)")
                    .bind("title", title)
                    .bind("level", where.level().name())
                    .bind("code", where.code())
                    .bind(
                        "actors",
                        EnumSet.copyOf(s.actors()).stream().map(Actor::name).toArray(String[]::new))
                    .bind("q", Questionnaires.CURRENT)
                    .bind("opens", s.opens())
                    .bind("closes", s.closes())
                    .bind("organiser", organiser)
                    .bind("privacy", privacy)
                    .bind("by", who.login())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return study(id);
  }

  /** Publishes a draft study: one public link per actor type. Publishing twice changes nothing. */
  public Study publish(org.phare.core.account.Actor who, long id) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    if (study.status() == Status.CLOSED) {
      throw RefusedException.refused("study.status.closed", "", "title", study.title());
    }
    jdbi.useTransaction(
        h -> {
          for (Actor actor : study.actors()) {
            h.createUpdate(
                    "INSERT INTO study_link (token, study_id, actor, single_use)"
                        + " VALUES (:token, :id, :actor, FALSE) ON CONFLICT DO NOTHING")
                .bind("token", token())
                .bind("id", id)
                .bind("actor", actor.name())
                .execute();
          }
          h.createUpdate(
                  "UPDATE study SET status = 'PUBLISHED', published_at = now()"
                      + " WHERE id = :id AND status = 'DRAFT'")
              .bind("id", id)
              .execute();
        });
    return study(id);
  }

  /** Closes a study: its links then refuse answers; drafts stay until purged. */
  public Study close(org.phare.core.account.Actor who, long id) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE study SET status = 'CLOSED', closed_at = now()"
                        + " WHERE id = :id AND status <> 'CLOSED'")
                .bind("id", id)
                .execute());
    return study(id);
  }

  /**
   * Creates one single-use link per identifier (an e-mail or any label the organiser uses), for one
   * actor type of a published study. Identifiers are kept apart from answers.
   */
  public List<Invitation> invite(
      org.phare.core.account.Actor who, long id, Actor actor, List<String> identifiers) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    if (study.status() != Status.PUBLISHED) {
      throw RefusedException.refused("study.invitations.not-published", "identifiers");
    }
    if (!study.actors().contains(actor)) {
      throw RefusedException.refused("study.invitations.actor", "actor", "actor", actor.labelFr());
    }
    List<String> kept = new ArrayList<>();
    for (String identifier : identifiers) {
      String s = identifier == null ? "" : identifier.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.length() > MAX_IDENTIFIER || s.chars().anyMatch(Character::isISOControl)) {
        throw RefusedException.refused(
            "study.invitations.identifier", "identifiers", "line", kept.size() + 1);
      }
      kept.add(s);
    }
    if (kept.isEmpty()) {
      throw RefusedException.badInput("study.invitations.none", "identifiers");
    }
    if (kept.size() > MAX_INVITATIONS) {
      throw RefusedException.refused(
          "study.invitations.too-many",
          "identifiers",
          "count",
          kept.size(),
          "max",
          MAX_INVITATIONS);
    }
    List<Invitation> invitations = new ArrayList<>();
    jdbi.useTransaction(
        h -> {
          var links =
              h.prepareBatch(
                  "INSERT INTO study_link (token, study_id, actor, single_use)"
                      + " VALUES (:token, :id, :actor, TRUE)");
          var names =
              h.prepareBatch(
                  "INSERT INTO study_invitation (token, identifier) VALUES (:token, :identifier)");
          for (String identifier : kept) {
            String token = token();
            links.bind("token", token).bind("id", id).bind("actor", actor.name()).add();
            names.bind("token", token).bind("identifier", identifier).add();
            invitations.add(new Invitation(identifier, token));
          }
          links.execute();
          names.execute();
        });
    return invitations;
  }

  /** Forgets the identifiers of a study's invitations (the links keep working). */
  public int purgeInvitations(org.phare.core.account.Actor who, long id) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "UPDATE study_invitation i SET identifier = NULL FROM study_link l"
                        + " WHERE l.token = i.token AND l.study_id = :id"
                        + " AND i.identifier IS NOT NULL")
                .bind("id", id)
                .execute());
  }

  /** Whether the account may organise studies of the territory. */
  public boolean canOrganise(org.phare.core.account.Actor who, TerritoryId territory) {
    return who.permissions().canEdit(territory(territory));
  }

  /**
   * A study by id.
   *
   * @throws RefusedException (not found) when there is none
   */
  public Study study(long id) {
    return jdbi.withHandle(h -> find(h, id, false))
        .orElseThrow(() -> RefusedException.notFound("study.not-found", "id", "id", id));
  }

  /** Studies of a territory and of the territories inside it, newest first. */
  public List<Study> studies(TerritoryId container) {
    List<Long> ids =
        jdbi.withHandle(
            h -> h.createQuery("SELECT id FROM study ORDER BY id DESC").mapTo(Long.class).list());
    List<Study> found = new ArrayList<>();
    for (long id : ids) {
      Study s = study(id);
      Optional<Territory> where = referential.find(s.territory());
      if (where.isPresent() && Permissions.contains(container, where.get())) {
        found.add(s);
      }
    }
    return found;
  }

  private Optional<Study> find(Handle h, long id, boolean lock) {
    Optional<Map<String, Object>> row =
        h.createQuery("SELECT * FROM study WHERE id = :id" + (lock ? " FOR SHARE" : ""))
            .bind("id", id)
            .mapToMap()
            .findOne();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> r = row.get();
    Map<Actor, String> links = new EnumMap<>(Actor.class);
    h.createQuery("SELECT actor, token FROM study_link WHERE study_id = :id AND NOT single_use")
        .bind("id", id)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> links.put(Actor.valueOf(e.getKey()), e.getValue()));
    Set<Actor> actors = EnumSet.noneOf(Actor.class);
    try {
      for (String a : (String[]) ((java.sql.Array) r.get("actors")).getArray()) {
        actors.add(Actor.valueOf(a));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return Optional.of(
        new Study(
            id,
            (String) r.get("title"),
            TerritoryId.of(
                Level.valueOf((String) r.get("territory_level")), (String) r.get("territory_code")),
            actors,
            (String) r.get("questionnaire"),
            ((java.sql.Date) r.get("opens_on")).toLocalDate(),
            ((java.sql.Date) r.get("closes_on")).toLocalDate(),
            (String) r.get("organiser"),
            (String) r.get("privacy"),
            Status.valueOf((String) r.get("status")),
            links));
  }

  // ------------------------------------------------------------------ respondents

  /**
   * The link of a token, if it may be answered now.
   *
   * @throws RefusedException not found for an unknown token; refused when the study is not open
   *     (draft, not yet open, closed) or a single-use link was already answered
   */
  public Link link(String token) {
    return jdbi.withHandle(h -> link(h, token, false));
  }

  private Link link(Handle h, String token, boolean lock) {
    Optional<Map<String, Object>> row =
        token == null || token.length() > 64
            ? Optional.empty()
            : h.createQuery(
                    "SELECT l.study_id, l.actor, l.single_use, u.token IS NOT NULL AS used"
                        + " FROM study_link l LEFT JOIN study_link_use u ON u.token = l.token"
                        + " WHERE l.token = :token")
                .bind("token", token)
                .mapToMap()
                .findOne();
    if (row.isEmpty()) {
      throw RefusedException.notFound("study.link.unknown", "token");
    }
    Study study = find(h, ((Number) row.get().get("study_id")).longValue(), lock).orElseThrow();
    LocalDate today = today();
    if (study.status() == Status.CLOSED || today.isAfter(study.closes())) {
      throw RefusedException.refused(
          "study.link.closed", "token", "title", study.title(), "closes", day(study.closes()));
    }
    if (study.status() == Status.DRAFT || today.isBefore(study.opens())) {
      throw RefusedException.refused(
          "study.link.not-open", "token", "title", study.title(), "opens", day(study.opens()));
    }
    if (Boolean.TRUE.equals(row.get().get("used"))) {
      throw RefusedException.refused("study.link.used", "token", "title", study.title());
    }
    return new Link(
        token,
        study,
        Actor.valueOf((String) row.get().get("actor")),
        Boolean.TRUE.equals(row.get().get("single_use")));
  }

  /** Whether a link token exists, whatever the state of its study (the acknowledgement page). */
  public boolean knows(String token) {
    return token != null
        && token.length() <= 64
        && jdbi.withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM study_link WHERE token = :t")
                        .bind("t", token)
                        .mapTo(Long.class)
                        .one()
                    > 0);
  }

  /** Starts a respondent's draft under an open link: its resume key and form nonce. */
  public Draft startDraft(String token) {
    link(token);
    Draft draft = new Draft(token(), token(), Map.of());
    jdbi.useHandle(
        h ->
            h.createUpdate("INSERT INTO study_draft (key, token, nonce) VALUES (:k, :t, :n)")
                .bind("k", draft.key())
                .bind("t", token)
                .bind("n", draft.nonce())
                .execute());
    return draft;
  }

  /**
   * A draft under a link.
   *
   * @throws RefusedException (not found) when the key is unknown under this link (submitted drafts
   *     are deleted)
   */
  public Draft draft(String token, String key) {
    return jdbi.withHandle(h -> draft(h, token, key, false));
  }

  private Draft draft(Handle h, String token, String key, boolean lock) {
    return h.createQuery(
            "SELECT key, nonce, answers::text FROM study_draft WHERE token = :t AND key = :k"
                + (lock ? " FOR UPDATE" : ""))
        .bind("t", token)
        .bind("k", key == null ? "" : key)
        .map((rs, ctx) -> new Draft(rs.getString(1), rs.getString(2), answers(rs.getString(3))))
        .findOne()
        .orElseThrow(() -> RefusedException.notFound("study.draft.unknown", "key"));
  }

  /**
   * Saves answers in progress, unchecked but for their size (each value is cut to the longest free
   * text; fields outside the questionnaire are dropped).
   */
  public void saveDraft(String token, String key, String nonce, Map<String, List<String>> answers) {
    Link link = link(token);
    Questionnaire questionnaire = Questionnaires.version(link.study().questionnaire());
    Map<String, List<String>> kept = new TreeMap<>();
    Set<String> fields = questionnaire.fields().keySet();
    answers.forEach(
        (field, values) -> {
          if (fields.contains(field)) {
            kept.put(
                field,
                values.stream()
                    .limit(32)
                    .map(v -> v.length() > 2 * 2000 ? v.substring(0, 2 * 2000) : v)
                    .toList());
          }
        });
    jdbi.useTransaction(
        h -> {
          Draft draft = draft(h, token, key, true);
          requireNonce(draft, nonce);
          h.createUpdate(
                  "UPDATE study_draft SET answers = CAST(:a AS jsonb), saved_at = now()"
                      + " WHERE key = :k")
              .bind("a", json(kept))
              .bind("k", key)
              .execute();
        });
  }

  /**
   * Submits a respondent's answers, in one transaction (see the class comment).
   *
   * @throws RefusedException the answers' problems (field by field), a closed study, a single-use
   *     link already answered, an unknown draft or a wrong nonce
   */
  public void submit(String token, String key, String nonce, Map<String, List<String>> answers) {
    jdbi.useTransaction(
        h -> {
          Link link = link(h, token, true);
          Draft draft = draft(h, token, key, true);
          requireNonce(draft, nonce);
          Questionnaire questionnaire = Questionnaires.version(link.study().questionnaire());
          Territory area = territory(link.study().territory());
          AnswerValidator.Result checked =
              AnswerValidator.validate(
                  questionnaire, link.actor().name(), answers, code -> inArea(code, area));
          if (!checked.valid()) {
            throw new RefusedException(RefusalKind.REFUSED, checked.refusals());
          }
          if (link.singleUse()) {
            int used =
                h.createUpdate(
                        "INSERT INTO study_link_use (token) VALUES (:t) ON CONFLICT DO NOTHING")
                    .bind("t", token)
                    .execute();
            if (used == 0) {
              throw RefusedException.refused(
                  "study.link.used", "token", "title", link.study().title());
            }
          }
          String commune =
              Optional.ofNullable(checked.answers().get("commune"))
                  .map(v -> v.get(0).toUpperCase(java.util.Locale.ROOT))
                  .orElse(null);
          String departement =
              commune == null
                  ? null
                  : referential
                      .find(TerritoryId.of(Level.COMMUNE, commune))
                      .flatMap(t -> t.ancestor(Level.DEPARTEMENT))
                      .map(TerritoryId::code)
                      .orElse(null);
          Instant started =
              h.createQuery("SELECT started_at FROM study_draft WHERE key = :k")
                  .bind("k", key)
                  .mapTo(Instant.class)
                  .one();
          h.createUpdate(
                  "INSERT INTO study_response (study_id, actor, questionnaire, commune,"
                      + " departement, answers, started_at) VALUES (:s, :a, :q, :c, :d,"
                      + " CAST(:answers AS jsonb), :started)")
              .bind("s", link.study().id())
              .bind("a", link.actor().name())
              .bind("q", link.study().questionnaire())
              .bind("c", commune)
              .bind("d", departement)
              .bind("answers", json(checked.answers()))
              .bind("started", Timestamp.from(started))
              .execute();
          h.createUpdate("DELETE FROM study_draft WHERE key = :k").bind("k", key).execute();
        });
  }

  private boolean inArea(String code, Territory area) {
    return referential
        .find(TerritoryId.of(Level.COMMUNE, code))
        .map(c -> Permissions.contains(area.id(), c))
        .orElse(false);
  }

  private static void requireNonce(Draft draft, String nonce) {
    if (nonce == null
        || !MessageDigest.isEqual(
            draft.nonce().getBytes(StandardCharsets.UTF_8),
            nonce.getBytes(StandardCharsets.UTF_8))) {
      throw RefusedException.forbidden("study.draft.nonce", "");
    }
  }

  /**
   * Counts one action of a client address in the current hour and says whether it is within {@code
   * perHour}. Each {@code action} ("open", "submit") has its own counter, so respondents opening
   * forms do not use up the submissions of an address shared by many (a town hall, a company behind
   * one NAT). The address is stored as a SHA-256 only; counters older than a day are deleted on the
   * way.
   */
  public boolean withinRate(String action, String address, int perHour) {
    String hash = sha256(action + "|" + (address == null ? "" : address));
    return jdbi.inTransaction(
        h -> {
          if (random.nextInt(100) == 0) {
            h.execute("DELETE FROM study_rate WHERE hour < now() - interval '1 day'");
          }
          int count =
              h.createQuery(
                      "INSERT INTO study_rate (address_hash, hour, count)"
                          + " VALUES (:h, date_trunc('hour', now()), 1)"
                          + " ON CONFLICT (address_hash, hour)"
                          + " DO UPDATE SET count = study_rate.count + 1 RETURNING count")
                  .bind("h", hash)
                  .mapTo(Integer.class)
                  .one();
          return count <= perHour;
        });
  }

  // ------------------------------------------------------------------ follow-up

  /** The follow-up of a study (see {@link FollowUp}); organisers only. */
  public FollowUp followUp(org.phare.core.account.Actor who, long id) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    return jdbi.withHandle(
        h -> {
          Map<Actor, ActorProgress> byActor = new EnumMap<>(Actor.class);
          for (Actor actor : study.actors()) {
            long drafts =
                h.createQuery(
                        "SELECT count(*) FROM study_draft d JOIN study_link l ON l.token = d.token"
                            + " WHERE l.study_id = :id AND l.actor = :a")
                    .bind("id", id)
                    .bind("a", actor.name())
                    .mapTo(Long.class)
                    .one();
            Map<String, Object> r =
                h.createQuery(
                        "SELECT count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                            + " extract(epoch FROM submitted_at - started_at)) AS median"
                            + " FROM study_response WHERE study_id = :id AND actor = :a")
                    .bind("id", id)
                    .bind("a", actor.name())
                    .mapToMap()
                    .one();
            long n = ((Number) r.get("n")).longValue();
            Object median = r.get("median");
            byActor.put(
                actor,
                new ActorProgress(
                    n + drafts, n, median == null ? Double.NaN : ((Number) median).doubleValue()));
          }
          return new FollowUp(
              byActor, counts(h, id, "departement", study), counts(h, id, "commune", study));
        });
  }

  private static Map<Actor, Map<String, Long>> counts(
      Handle h, long id, String column, Study study) {
    Map<Actor, Map<String, Long>> counts = new EnumMap<>(Actor.class);
    h.createQuery(
            "SELECT actor, "
                + column
                + " AS place, count(*) AS n FROM study_response WHERE study_id = :id AND "
                + column
                + " IS NOT NULL GROUP BY actor, place ORDER BY actor, place")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new Object[] {Actor.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)})
        .forEach(
            row ->
                counts
                    .computeIfAbsent((Actor) row[0], a -> new LinkedHashMap<>())
                    .put((String) row[1], (Long) row[2]));
    study.actors().forEach(a -> counts.putIfAbsent(a, Map.of()));
    return counts;
  }

  /**
   * The microdata export of a study (issue 11 point 6) for an organiser of its territory: the
   * submitted answers of every actor type, in submission order, through the questionnaire version
   * the study was given; no token, identifier or database id leaves the store.
   */
  public org.phare.core.study.MicrodataExport.Export export(
      org.phare.core.account.Actor who, long id) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    List<org.phare.core.study.MicrodataExport.Row> rows = new java.util.ArrayList<>();
    for (Actor a : study.actors()) {
      answers(id, a)
          .forEach(m -> rows.add(new org.phare.core.study.MicrodataExport.Row(a.name(), m)));
    }
    return new org.phare.core.study.MicrodataExport.Export(
        new org.phare.core.study.MicrodataExport(Questionnaires.version(study.questionnaire())),
        rows);
  }

  /**
   * One submitted answer as an organiser sees it before deleting it: its number in the export
   * ({@code respondent} column), actor type, commune (null when not asked) and when it was sent.
   */
  public record ResponseSummary(int number, Actor actor, String commune, Instant submitted) {}

  private record Located(long id, ResponseSummary summary) {}

  /**
   * The answer numbered {@code number} in the export (actor types in the study's order, answers in
   * submission order), for an organiser of the study's territory.
   *
   * @throws RefusedException not found when there is no such number
   */
  public ResponseSummary response(org.phare.core.account.Actor who, long id, int number) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    return jdbi.withHandle(h -> locate(h, study, number).summary());
  }

  /**
   * Deletes one respondent's answers (issue 11 point 7), audited in the same transaction: the audit
   * entry names the study, the number, actor type, commune and sending time, never the answers
   * themselves (they are gone, as the respondent asked). {@code submitted} is the sending time the
   * confirmation page showed: if the number now points to another answer (answers deleted or
   * received meanwhile), nothing is deleted.
   *
   * @throws RefusedException forbidden, not found, or refused when the answer changed
   */
  public void deleteResponse(
      org.phare.core.account.Actor who, long id, int number, Instant submitted) {
    Study study = study(id);
    requireEdit(who, territory(study.territory()));
    jdbi.useTransaction(
        h -> {
          h.execute("LOCK TABLE study_response IN SHARE ROW EXCLUSIVE MODE");
          Located found = locate(h, study, number);
          if (!found.summary().submitted().equals(submitted)) {
            throw RefusedException.refused("study.response.changed", "number", "number", number);
          }
          h.createUpdate("DELETE FROM study_response WHERE id = :id")
              .bind("id", found.id())
              .execute();
          Map<String, Object> before = new LinkedHashMap<>();
          before.put("number", number);
          before.put("actor", found.summary().actor().name());
          before.put("commune", found.summary().commune());
          before.put("submitted_at", found.summary().submitted().toString());
          org.phare.store.account.AuditLog.record(
              h, who, "delete-response", "study", id, before, null);
        });
  }

  private Located locate(Handle h, Study study, int number) {
    List<Located> rows = new ArrayList<>();
    for (Actor a : study.actors()) {
      List<Object[]> found =
          h.createQuery(
                  "SELECT id, commune, submitted_at FROM study_response"
                      + " WHERE study_id = :id AND actor = :a ORDER BY id")
              .bind("id", study.id())
              .bind("a", a.name())
              .map(
                  (rs, ctx) ->
                      new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()})
              .list();
      for (Object[] r : found) {
        rows.add(
            new Located(
                (Long) r[0],
                new ResponseSummary(rows.size() + 1, a, (String) r[1], (Instant) r[2])));
      }
    }
    if (number < 1 || number > rows.size()) {
      throw RefusedException.notFound(
          "study.response.not-found", "number", "number", number, "count", rows.size());
    }
    return rows.get(number - 1);
  }

  /** The answers of a study as stored (for the tests and the coming exports). */
  public List<Map<String, List<String>>> answers(long id, Actor actor) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT answers::text FROM study_response WHERE study_id = :id AND actor = :a"
                        + " ORDER BY id")
                .bind("id", id)
                .bind("a", actor.name())
                .map((rs, ctx) -> answers(rs.getString(1)))
                .list());
  }

  // ------------------------------------------------------------------ helpers

  private static void requireEdit(org.phare.core.account.Actor who, Territory where) {
    who.permissions().requireEdit(where, "study.forbidden");
  }

  private static String text(String value, String field, int max, List<Refusal> refusals) {
    String s = value == null ? "" : value.strip();
    if (s.isEmpty()) {
      refusals.add(Refusal.of("input.required", field));
    } else if (s.length() > max) {
      refusals.add(Refusal.of("input.too-long", field, "length", s.length(), "max", max));
    } else if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
      refusals.add(Refusal.of("input.control-character", field));
    }
    return s;
  }

  /** 144 random bits, URL-safe: a link token, a draft key, a form nonce. */
  private String token() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Map<String, List<String>> answers) {
    try {
      return JSON.writeValueAsString(answers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> answers(String json) {
    try {
      return JSON.readValue(json, ANSWERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answers are not JSON", e);
    }
  }

  /** A day as French forms write it (31/12/2026), for the refusals' arguments. */
  static String day(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
