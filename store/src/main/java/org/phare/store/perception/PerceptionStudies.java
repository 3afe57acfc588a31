package org.phare.store.perception;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Factor;
import org.phare.core.survey.LonelyPsu;
import org.phare.core.survey.SmallBaseRule;
import org.phare.core.survey.SurveyDesign;
import org.phare.core.survey.SurveyEstimator;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryReferential;

/**
 * Perception figures estimated from respondents with the survey engine: the simulated demonstration
 * studies ({@link #demo}) or a study's microdata ({@link MicrodataStudy}). Every figure is a
 * design-based estimate, nationally or for one region, with its base and the small-base rule
 * applied, and, for a study covering France, the comparison of a region with the rest.
 */
public final class PerceptionStudies implements PerceptionSource {

  /** Version of the simulated data: generated from a fixed seed, it never changes. */
  public static final long SIMULATED_VERSION = DemoPerceptionData.SEED;

  private final Map<Actor, List<Respondent>> respondents;
  private final Map<Actor, ActorSurvey> surveys = new EnumMap<>(Actor.class);
  private final Map<Actor, Provenance> provenance = new EnumMap<>(Actor.class);
  private final Set<String> regions;
  private final boolean coversFrance;
  private final LongSupplier version;
  private final EstimateCache cache = new EstimateCache(1024);

  /**
   * @param respondents the respondents of each actor type (an actor type may be absent)
   * @param provenance what each actor type's figures are (study, simulation)
   * @param coversFrance whether the sample represents France (then national figures and the
   *     comparison of each region with the rest are given); a regional study only answers for its
   *     regions
   * @param version the version of the data behind the respondents (cache key)
   */
  public PerceptionStudies(
      Map<Actor, List<Respondent>> respondents,
      Function<Actor, Provenance> provenance,
      boolean coversFrance,
      LongSupplier version) {
    Map<Actor, List<Respondent>> copy = new EnumMap<>(Actor.class);
    respondents.forEach(
        (actor, list) -> {
          if (!list.isEmpty()) {
            copy.put(actor, List.copyOf(list));
          }
        });
    this.respondents = Collections.unmodifiableMap(copy);
    TreeSet<String> codes = new TreeSet<>();
    copy.values().forEach(list -> list.forEach(r -> codes.add(r.region())));
    this.regions = Collections.unmodifiableSet(codes);
    this.coversFrance = coversFrance;
    this.version = version;
    this.respondents.forEach(
        (actor, list) -> {
          surveys.put(actor, ActorSurvey.of(list));
          this.provenance.put(actor, provenance.apply(actor));
        });
  }

  /** The simulated demonstration studies over the given respondents. */
  static PerceptionStudies simulated(Map<Actor, List<Respondent>> respondents) {
    return new PerceptionStudies(
        respondents,
        actor ->
            Provenance.simulated(
                actor.study(),
                actor.fieldwork(),
                respondents.getOrDefault(actor, List.of()).size()),
        true,
        () -> SIMULATED_VERSION);
  }

  /**
   * The demonstration studies over the metropolitan regions of a referential (the PHARE studies did
   * not survey overseas regions), with the shipped seed.
   */
  public static PerceptionStudies demo(TerritoryReferential referential) {
    List<Stratum> strata =
        referential.all(Level.REGION).stream()
            .filter(region -> !region.isOverseas() && region.population() > 0)
            .map(
                region ->
                    new Stratum(
                        region.code(),
                        region.population(),
                        Math.max(1, referential.within(region.id(), Level.COMMUNE).size())))
            .toList();
    return DemoPerceptionData.generate(strata, DemoPerceptionData.SEED);
  }

  /** The respondents of an actor type (empty when the study did not survey it). */
  public List<Respondent> respondents(Actor actor) {
    return respondents.getOrDefault(actor, List.of());
  }

  @Override
  public Set<String> regions() {
    return regions;
  }

  @Override
  public long version() {
    return version.getAsLong();
  }

  /** National figure, after the small-base rule; only for a sample representing France. */
  @Override
  public Optional<PerceptionFigure> national(Actor actor, Measure measure) {
    if (!coversFrance || !surveys.containsKey(actor)) {
      return Optional.empty();
    }
    return Optional.of(
        new PerceptionFigure(estimates(actor, measure).get(NATIONAL), provenance.get(actor)));
  }

  /**
   * Figure of one region, after the small-base rule, with its comparison with the rest of France
   * when the sample represents France; empty for a region or an actor type not surveyed.
   */
  @Override
  public Optional<PerceptionFigure> region(Actor actor, Measure measure, String region) {
    if (!surveys.containsKey(actor)) {
      return Optional.empty();
    }
    Estimate e = estimates(actor, measure).get(region);
    return e == null
        ? Optional.empty()
        : Optional.of(new PerceptionFigure(e, provenance.get(actor)));
  }

  /**
   * Whole sample and every region in one pass of the survey engine (R {@code svyby(~y, ~region,
   * design, svymean, na.rm = TRUE)}, plus the comparison of each region with the rest when the
   * sample represents France), each estimate passed through {@link SmallBaseRule#DEFAULT}; cached
   * per (data version, actor, measure).
   */
  private Map<String, Estimate> estimates(Actor actor, Measure measure) {
    return cache.get(
        new CacheKey(version(), actor, measure.name()),
        () -> {
          ActorSurvey survey = surveys.get(actor);
          List<Respondent> rows = survey.rows();
          double[] y = new double[rows.size()];
          for (int i = 0; i < y.length; i++) {
            Respondent r = rows.get(i);
            y[i] = measure.base().test(r) ? measure.value().applyAsDouble(r) : Double.NaN;
          }
          Map<String, Estimate> byRegion = new HashMap<>();
          for (Estimate e :
              survey.estimator().means(measure.name(), y, survey.region(), coversFrance)) {
            String code = e.group() == null ? NATIONAL : e.group().substring(REGION.length() + 1);
            byRegion.put(code, SmallBaseRule.DEFAULT.apply(e));
          }
          return Map.copyOf(byRegion);
        });
  }

  private static final String NATIONAL = "";
  private static final String REGION = "region";

  private record CacheKey(long version, Actor actor, String measure) {}

  /**
   * A minimal bounded LRU map of estimates keyed by (data version, actor, measure): entries of an
   * older version are never read again and age out. MINIMAL ON PURPOSE: to be replaced by the
   * general versioned cache helper when it lands.
   */
  private static final class EstimateCache {
    private final Map<CacheKey, Map<String, Estimate>> entries;

    EstimateCache(int capacity) {
      this.entries =
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<CacheKey, Map<String, Estimate>> e) {
              return size() > capacity;
            }
          };
    }

    Map<String, Estimate> get(
        CacheKey key, java.util.function.Supplier<Map<String, Estimate>> compute) {
      synchronized (entries) {
        Map<String, Estimate> found = entries.get(key);
        if (found != null) {
          return found;
        }
      }
      // computed outside the lock: two threads may compute the same entry once, harmlessly
      Map<String, Estimate> computed = compute.get();
      synchronized (entries) {
        entries.putIfAbsent(key, computed);
        return entries.get(key);
      }
    }

    int size() {
      synchronized (entries) {
        return entries.size();
      }
    }
  }

  /** Number of cached (version, actor, measure) entries, for tests of the bound. */
  int cachedEntries() {
    return cache.size();
  }

  /**
   * One study's design: stratified (by the respondents' stratum, the region in the demonstration
   * data), each respondent its own primary unit, design weights, with-replacement variance (no
   * finite population correction): R {@code svydesign(ids = ~1, strata = ~stratum, weights =
   * ~weight)}. A stratum with a single respondent contributes no variance ({@code survey.lonely.psu
   * = "certainty"}). Estimates are given by region.
   */
  private record ActorSurvey(List<Respondent> rows, SurveyEstimator estimator, Factor region) {

    static ActorSurvey of(List<Respondent> rows) {
      Factor region =
          Factor.of(REGION, rows.stream().map(Respondent::region).toArray(String[]::new));
      Factor stratum =
          Factor.of("stratum", rows.stream().map(Respondent::stratum).toArray(String[]::new));
      SurveyDesign design =
          SurveyDesign.builder(rows.size())
              .weights(rows.stream().mapToDouble(Respondent::weight).toArray())
              .strata(stratum.codes())
              .lonelyPsu(LonelyPsu.CERTAINTY)
              .build();
      return new ActorSurvey(rows, new SurveyEstimator(design), region);
    }
  }
}
