package org.phare.store.perception;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.survey.BaseStatus;
import org.phare.core.survey.Estimate;
import org.phare.core.survey.Statistic;

/**
 * The national figures of the PHARE studies as published ({@link PublishedFigures}), for the
 * measures whose value is legible in the sources; values marked "demo" there are not answered (the
 * simulation gives them). A published figure has no standard error and no test; its base is known
 * only for citizens' ratings (2 024). No regional figure: the few published regional values are
 * kept by the simulation, which needs them to stay consistent with its regional estimates.
 */
public final class PublishedNationalFigures implements PerceptionSource {

  /** The published figures never change. */
  public static final long VERSION = 2017L;

  private static final String REPORT = "rapport Observatoire des partenariats PHARE 2013-2017";
  private static final String DIAGNOSTIC = "outil de diagnostic territorial 2019";
  private static final String ALLIANCES = "Alliances innovantes et territoires, Le RAMEAU 2018";

  /** Published base of the citizens' study ("Base : ensemble des Français (2024)"). */
  private static final long CITIZENS_BASE = 2024;

  @Override
  public Set<String> regions() {
    return Set.of();
  }

  @Override
  public long version() {
    return VERSION;
  }

  @Override
  public Optional<PerceptionFigure> region(Actor actor, Measure measure, String region) {
    return Optional.empty();
  }

  @Override
  public Optional<PerceptionFigure> national(Actor actor, Measure measure) {
    OptionalDouble value = value(actor, measure);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    long n = actor == Actor.CITIZENS && measure.kind() == Measure.Kind.RATING ? CITIZENS_BASE : 0;
    Estimate e =
        new Estimate(
            measure.name(),
            Statistic.MEAN,
            null,
            null,
            value.getAsDouble(),
            Double.NaN,
            Double.NaN,
            Double.NaN,
            n,
            Double.NaN,
            0,
            BaseStatus.OK,
            null);
    return Optional.of(
        new PerceptionFigure(
            e, Provenance.published(actor.study(), actor.fieldwork(), n, source(measure))));
  }

  private static String source(Measure measure) {
    return switch (measure.kind()) {
      case PRACTICE, DYNAMIC -> DIAGNOSTIC;
      case ROLE -> ALLIANCES;
      default -> REPORT;
    };
  }

  /** The published value (a mean 1-10, or a share as a fraction), empty when not published. */
  static OptionalDouble value(Actor actor, Measure measure) {
    return switch (measure.kind()) {
      case RATING -> {
        Domain domain = (Domain) measure.item();
        yield PublishedFigures.isPublishedRating(actor, domain)
            ? OptionalDouble.of(PublishedFigures.meanRatings(actor)[domain.ordinal()])
            : OptionalDouble.empty();
      }
      case PRIORITY -> {
        // citizens' and mayors' employment share (50) is a demo value
        Double share =
            actor == Actor.COMPANIES || actor == Actor.ASSOCIATIONS
                ? PublishedFigures.publishedPriorityShares(actor).get((Domain) measure.item())
                : null;
        yield share == null ? OptionalDouble.empty() : OptionalDouble.of(share / 100);
      }
      case PRACTICE ->
          actor.asksPartnershipPractice()
              ? OptionalDouble.of(
                  PublishedFigures.practice(actor)[((Practice) measure.item()).ordinal()] / 100)
              : OptionalDouble.empty();
      case CATEGORY ->
          actor.asksPartnershipPractice()
              ? OptionalDouble.of(
                  PublishedFigures.category(actor, (PartnershipCategory) measure.item()) / 100)
              : OptionalDouble.empty();
      case ALLIANCE -> OptionalDouble.of(PublishedFigures.allianceInnovation(actor) / 100);
      case DYNAMIC ->
          actor == Actor.MAYORS
              ? OptionalDouble.of(
                  PublishedFigures.dynamic()[((CoConstructionDynamic) measure.item()).ordinal()]
                      / 100)
              : OptionalDouble.empty();
      case ROLE -> {
        LocalAuthorityRole item = (LocalAuthorityRole) measure.item();
        RolePriority answer = (RolePriority) measure.answer();
        // the totals priority + secondary are legible for every item (so "not needed" is
        // published), the split only for the first three
        boolean legible =
            answer == RolePriority.NOT_NEEDED
                || PublishedFigures.localAuthorityRoleSplitPublished(item);
        yield actor == Actor.MAYORS && legible
            ? OptionalDouble.of(PublishedFigures.localAuthorityRole(item)[answer.ordinal()] / 100)
            : OptionalDouble.empty();
      }
    };
  }
}
