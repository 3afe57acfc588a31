package org.phare.store.study;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Statistic;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.store.perception.Actor;
import org.phare.store.perception.Measure;
import org.phare.store.perception.PerceptionFigure;
import org.phare.store.perception.PerceptionSource;
import org.phare.store.perception.PerceptionStudies;
import org.phare.store.perception.Provenance;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;

/**
 * The territorial studies run in Phare as a perception source (issue 11 point 5): every study that
 * received answers and is published (figures labelled provisional while it is open) or closed
 * answers for its own territory, above the published and simulated layers ({@code
 * LayeredPerception.standard}). A territory is keyed as elsewhere in the perception code: a region
 * by its COG code, any other territory by its {@code level:code} ({@link #key}); when two studies
 * cover one territory, the newest wins.
 *
 * <p>Estimates are the survey engine's ({@link PerceptionStudies}): one stratum (the territory),
 * the raking weights of {@link StudyResults}, the small-base rule (hidden under 30). An actor type
 * the study surveys but nobody of which answered yet is a hidden figure of the study (n = 0), never
 * the simulation's.
 *
 * <p>Versions (ADR 0050): the figures belong to the database's {@code studies} data version; {@link
 * #version} reads it (one row) and rebuilds the figures when it changed, so a new answer or a study
 * closed anywhere shows on the next request; the figure getters re-check at most once a second.
 */
public final class StudyPerception implements PerceptionSource {

  private static final long RECHECK_MILLIS = 1000;

  private final Jdbi jdbi;
  private final StudyStore store;
  private final StudyResults results;
  private final LongSupplier databaseVersion;
  private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, 0, Map.of());

  /** The layer of one study. */
  public record Layer(
      StudyResults.Weighted weighted,
      PerceptionStudies estimates,
      Map<Actor, Provenance> provenance) {}

  private record Snapshot(long version, long checkedAt, Map<String, Layer> byKey) {}

  public StudyPerception(Jdbi jdbi, StudyStore store, StudyResults results) {
    this(jdbi, store, results, () -> DataVersions.read(jdbi).of(DataKind.STUDIES));
  }

  StudyPerception(Jdbi jdbi, StudyStore store, StudyResults results, LongSupplier version) {
    this.jdbi = jdbi;
    this.store = store;
    this.results = results;
    this.databaseVersion = version;
  }

  /** The perception key of a territory: a region's COG code, else {@code level:code}. */
  public static String key(TerritoryId id) {
    return id.level() == Level.REGION ? id.code() : id.toString();
  }

  /** The territory of a perception key (a bare code is a region). */
  public static TerritoryId territory(String key) {
    return key.indexOf(':') < 0 ? TerritoryId.of(Level.REGION, key) : TerritoryId.parse(key);
  }

  @Override
  public long version() {
    return refresh(databaseVersion.getAsLong()).version();
  }

  @Override
  public Set<String> regions() {
    return current().byKey().keySet();
  }

  /** A territorial study represents its territory only: no national figure. */
  @Override
  public Optional<PerceptionFigure> national(Actor actor, Measure measure) {
    return Optional.empty();
  }

  @Override
  public Optional<PerceptionFigure> region(Actor actor, Measure measure, String key) {
    Layer layer = current().byKey().get(key);
    if (layer == null || !layer.weighted().study().actors().contains(actor)) {
      return Optional.empty();
    }
    Optional<PerceptionFigure> found = layer.estimates().region(actor, measure, key);
    if (found.isPresent()) {
      return found;
    }
    // surveyed, nobody answered (yet): the study's own empty figure, not the simulation's
    return Optional.of(
        new PerceptionFigure(
            new Estimate(
                measure.name(),
                Statistic.MEAN,
                null,
                key,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                0,
                0,
                0,
                BaseStatus.HIDDEN,
                null),
            layer.provenance().get(actor)));
  }

  /** The layer answering for a perception key, if a study does. */
  public Optional<Layer> layer(String key) {
    return Optional.ofNullable(current().byKey().get(key));
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (System.currentTimeMillis() - s.checkedAt() > RECHECK_MILLIS) {
      try {
        s = refresh(databaseVersion.getAsLong());
      } catch (RuntimeException unavailable) {
        // the periodic re-check only: the figures already built keep serving (a request's own
        // version() call still fails loudly, as every database read does)
        LOG.warn("study figures not refreshed: {}", unavailable.toString());
      }
    }
    return s;
  }

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(StudyPerception.class);

  private Snapshot refresh(long version) {
    Snapshot s = snapshot;
    if (s.version() == version) {
      if (System.currentTimeMillis() - s.checkedAt() > RECHECK_MILLIS) {
        snapshot = s = new Snapshot(version, System.currentTimeMillis(), s.byKey());
      }
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s.version() != version) {
        s = new Snapshot(version, System.currentTimeMillis(), build(version));
        snapshot = s;
      }
      return s;
    }
  }

  /** Every study with answers, newest last so that it wins its territory. */
  private Map<String, Layer> build(long version) {
    List<Long> ids =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT s.id FROM study s WHERE s.status <> 'DRAFT' AND EXISTS"
                            + " (SELECT 1 FROM study_response r WHERE r.study_id = s.id)"
                            + " ORDER BY s.id")
                    .mapTo(Long.class)
                    .list());
    Map<String, Layer> byKey = new LinkedHashMap<>();
    for (long id : ids) {
      StudyStore.Study study = store.study(id);
      if (store.referential().find(study.territory()).isEmpty()) {
        continue;
      }
      String key = key(study.territory());
      byKey.put(key, layer(study, key, version));
    }
    return Collections.unmodifiableMap(byKey);
  }

  private Layer layer(StudyStore.Study study, String key, long version) {
    StudyResults.Weighted weighted = results.weigh(study, key);
    boolean provisional =
        study.status() == StudyStore.Status.PUBLISHED && !store.today().isAfter(study.closes());
    String dates = StudyStore.day(study.opens()) + " – " + StudyStore.day(study.closes());
    Map<Actor, Provenance> provenance = new EnumMap<>(Actor.class);
    for (Actor actor : study.actors()) {
      provenance.put(
          actor,
          Provenance.territorialStudy(
              study.title(),
              dates,
              weighted.respondents().get(actor).size(),
              weighted.weighting().get(actor).result().raked(),
              provisional));
    }
    PerceptionStudies estimates =
        new PerceptionStudies(weighted.respondents(), provenance::get, false, () -> version);
    return new Layer(weighted, estimates, provenance);
  }
}
