package org.phare.store.perception;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.phare.core.indicator.Domain;
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
  private final Set<String> regions;

  PerceptionStudies(Map<Actor, List<Respondent>> respondents) {
    Map<Actor, List<Respondent>> copy = new EnumMap<>(Actor.class);
    respondents.forEach((actor, list) -> copy.put(actor, List.copyOf(list)));
    this.respondents = Collections.unmodifiableMap(copy);
    TreeSet<String> codes = new TreeSet<>();
    copy.values().forEach(list -> list.forEach(r -> codes.add(r.region())));
    this.regions = Collections.unmodifiableSet(codes);
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

  /** A measure: which respondents form the base, and the value (0/1 for a proportion). */
  public record Measure(Predicate<Respondent> base, ToDoubleFunction<Respondent> value) {}

  public static Measure meanRating(Domain domain) {
    return new Measure(r -> true, r -> r.rating(domain));
  }

  /** Share of ratings of 6 or more (how the report counts a domain "seen as a fragility"). */
  public static Measure fragileRating(Domain domain) {
    return new Measure(r -> true, r -> r.rating(domain) >= 6 ? 1 : 0);
  }

  public static Measure priority(Domain domain) {
    return new Measure(r -> true, r -> r.priorities().contains(domain) ? 1 : 0);
  }

  public static Measure practice(Practice practice) {
    return new Measure(r -> r.practice() != null, r -> r.practice() == practice ? 1 : 0);
  }

  /** Among organisations with partnerships. */
  public static Measure category(PartnershipCategory category) {
    return new Measure(
        r -> r.practice() == Practice.YES, r -> r.categories().contains(category) ? 1 : 0);
  }

  public static Measure allianceInnovation() {
    return new Measure(r -> true, r -> r.allianceInnovation() ? 1 : 0);
  }

  public static Measure dynamic(CoConstructionDynamic answer) {
    return new Measure(r -> r.dynamic() != null, r -> r.dynamic() == answer ? 1 : 0);
  }

  /** National estimate. */
  public Estimate national(Actor actor, Measure measure) {
    return estimate(actor, measure, r -> true);
  }

  /** Estimate for one region (NaN with n = 0 for a region not surveyed). */
  public Estimate region(Actor actor, Measure measure, String region) {
    return estimate(actor, measure, r -> r.region().equals(region));
  }

  /** Estimate for the rest of France (every surveyed region but this one). */
  public Estimate rest(Actor actor, Measure measure, String region) {
    return estimate(actor, measure, r -> !r.region().equals(region));
  }

  /** Whether the region differs significantly from the rest of France. */
  public SurveyEstimator.Significance compareWithRest(Actor actor, Measure measure, String region) {
    return SurveyEstimator.compare(region(actor, measure, region), rest(actor, measure, region));
  }

  private Estimate estimate(Actor actor, Measure measure, Predicate<Respondent> subset) {
    return SurveyEstimator.mean(
        respondents.get(actor),
        r -> subset.test(r) && measure.base().test(r),
        measure.value(),
        Respondent::weight,
        Respondent::region);
  }
}
