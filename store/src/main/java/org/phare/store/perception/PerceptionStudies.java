package org.phare.store.perception;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Comparison;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Factor;
import org.phare.core.survey.LonelyPsu;
import org.phare.core.survey.Mark;
import org.phare.core.survey.SmallBaseRule;
import org.phare.core.survey.Statistic;
import org.phare.core.survey.SurveyDesign;
import org.phare.core.survey.SurveyEstimator;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryReferential;

/**
 * The four perception studies (simulated demonstration data, "données simulées"), with the
 * estimates the report and dashboard show: nationally or for one region, each with its base, and
 * the comparison of a region with the rest of France.
 */
public final class PerceptionStudies {

  /** Shown next to every figure from these studies. */
  public static final String SIMULATED_LABEL_FR = "données simulées";

  public static final String SIMULATED_LABEL_EN = "simulated data";

  private final Map<Actor, List<Respondent>> respondents;
  private final Map<Actor, ActorSurvey> surveys = new EnumMap<>(Actor.class);
  private final Map<String, Map<String, Estimate>> cache = new ConcurrentHashMap<>();
  private final Set<String> regions;

  PerceptionStudies(Map<Actor, List<Respondent>> respondents) {
    Map<Actor, List<Respondent>> copy = new EnumMap<>(Actor.class);
    respondents.forEach((actor, list) -> copy.put(actor, List.copyOf(list)));
    this.respondents = Collections.unmodifiableMap(copy);
    TreeSet<String> codes = new TreeSet<>();
    copy.values().forEach(list -> list.forEach(r -> codes.add(r.region())));
    this.regions = Collections.unmodifiableSet(codes);
    this.respondents.forEach((actor, list) -> surveys.put(actor, ActorSurvey.of(list)));
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

  public List<Respondent> respondents(Actor actor) {
    return respondents.get(actor);
  }

  /** Codes of the regions surveyed. */
  public Set<String> regions() {
    return regions;
  }

  public boolean surveys(Territory region) {
    return regions.contains(region.code()) && region.level() == Level.REGION;
  }

  /**
   * A measure: which respondents form the base, and the value (0/1 for a proportion). Respondents
   * outside the base are missing values of the measure (domain estimation on the full design).
   *
   * @param name unique name of the measure, the key of its cached estimates
   */
  public record Measure(
      String name, Predicate<Respondent> base, ToDoubleFunction<Respondent> value) {}

  public static Measure meanRating(Domain domain) {
    return new Measure("rating:" + domain.name(), r -> true, r -> r.rating(domain));
  }

  /** Share of ratings of 6 or more (how the report counts a domain "seen as a fragility"). */
  public static Measure fragileRating(Domain domain) {
    return new Measure("fragile:" + domain.name(), r -> true, r -> r.rating(domain) >= 6 ? 1 : 0);
  }

  public static Measure priority(Domain domain) {
    return new Measure(
        "priority:" + domain.name(), r -> true, r -> r.priorities().contains(domain) ? 1 : 0);
  }

  public static Measure practice(Practice practice) {
    return new Measure(
        "practice:" + practice.name(),
        r -> r.practice() != null,
        r -> r.practice() == practice ? 1 : 0);
  }

  /** Among organisations with partnerships. */
  public static Measure category(PartnershipCategory category) {
    return new Measure(
        "category:" + category.name(),
        r -> r.practice() == Practice.YES,
        r -> r.categories().contains(category) ? 1 : 0);
  }

  public static Measure allianceInnovation() {
    return new Measure("alliance", r -> true, r -> r.allianceInnovation() ? 1 : 0);
  }

  public static Measure dynamic(CoConstructionDynamic answer) {
    return new Measure(
        "dynamic:" + answer.name(), r -> r.dynamic() != null, r -> r.dynamic() == answer ? 1 : 0);
  }

  /** Mayors' Q8: share answering {@code answer} for one role of local authorities. */
  public static Measure role(LocalAuthorityRole item, RolePriority answer) {
    return new Measure(
        "role:" + item.name() + ":" + answer.name(),
        r -> r.role(item) != null,
        r -> r.role(item) == answer ? 1 : 0);
  }

  /** National estimate, after the small-base rule. */
  public Estimate national(Actor actor, Measure measure) {
    return estimates(actor, measure).get(NATIONAL);
  }

  /**
   * Estimate for one region, after the small-base rule, with its comparison with the rest of France
   * (an empty hidden estimate with n = 0 for a region not surveyed).
   */
  public Estimate region(Actor actor, Measure measure, String region) {
    Estimate e = estimates(actor, measure).get(region);
    return e != null
        ? e
        : new Estimate(
            measure.name(),
            Statistic.MEAN,
            null,
            REGION + "=" + region,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            0,
            0,
            0,
            BaseStatus.HIDDEN,
            null);
  }

  /**
   * Whether the region differs significantly (5 %) from the rest of France: {@link Comparison} of
   * the survey engine (difference linearised on the full design, Student's t with the design's
   * degrees of freedom). NONE when the region's base is hidden or the region is not surveyed.
   */
  public Mark compareWithRest(Actor actor, Measure measure, String region) {
    Comparison c = region(actor, measure, region).comparison();
    return c == null ? Mark.NONE : c.mark();
  }

  /**
   * Whole sample and every region in one pass of the survey engine (R {@code svyby(~y, ~region,
   * design, svymean, na.rm = TRUE)} plus the comparison of each region with the rest), each
   * estimate passed through {@link SmallBaseRule#DEFAULT}; cached per (actor, measure) since the
   * data never change.
   */
  private Map<String, Estimate> estimates(Actor actor, Measure measure) {
    return cache.computeIfAbsent(
        actor.code() + "|" + measure.name(),
        key -> {
          ActorSurvey survey = surveys.get(actor);
          List<Respondent> rows = survey.rows();
          double[] y = new double[rows.size()];
          for (int i = 0; i < y.length; i++) {
            Respondent r = rows.get(i);
            y[i] = measure.base().test(r) ? measure.value().applyAsDouble(r) : Double.NaN;
          }
          Map<String, Estimate> byRegion = new HashMap<>();
          for (Estimate e : survey.estimator().means(measure.name(), y, survey.region(), true)) {
            String code = e.group() == null ? NATIONAL : e.group().substring(REGION.length() + 1);
            byRegion.put(code, SmallBaseRule.DEFAULT.apply(e));
          }
          return Map.copyOf(byRegion);
        });
  }

  private static final String NATIONAL = "";
  private static final String REGION = "region";

  /**
   * One study's design: stratified by region, each respondent its own primary unit, design weights,
   * with-replacement variance (no finite population correction): R {@code svydesign(ids = ~1,
   * strata = ~region, weights = ~weight)}. A region with a single respondent contributes no
   * variance ({@code survey.lonely.psu = "certainty"}).
   */
  private record ActorSurvey(List<Respondent> rows, SurveyEstimator estimator, Factor region) {

    static ActorSurvey of(List<Respondent> rows) {
      Factor region =
          Factor.of(REGION, rows.stream().map(Respondent::region).toArray(String[]::new));
      SurveyDesign design =
          SurveyDesign.builder(rows.size())
              .weights(rows.stream().mapToDouble(Respondent::weight).toArray())
              .strata(region.codes())
              .lonelyPsu(LonelyPsu.CERTAINTY)
              .build();
      return new ActorSurvey(rows, new SurveyEstimator(design), region);
    }
  }
}
