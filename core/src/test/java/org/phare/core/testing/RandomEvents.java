package org.phare.core.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.AssociationObjective;
import org.phare.core.matching.CompanyObjective;
import org.phare.core.matching.Location;
import org.phare.core.matching.Objective;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Side;

/**
 * Generates speed-dating participants for tests and benchmarks: a seeded random draw of plausible
 * profiles (1 to 4 domains with some domains more common, 1 to 3 objectives, 0 to 2 categories,
 * communes spread over 24 communes in 6 EPCI, 3 départements and 2 regions). Same seed, same
 * participants.
 */
public final class RandomEvents {

  private RandomEvents() {}

  /** {@code companies} companies (ids C001...) then {@code associations} associations (A001...). */
  public static List<Participant> participants(long seed, int companies, int associations) {
    Random random = new Random(seed);
    List<Participant> participants = new ArrayList<>();
    for (int i = 1; i <= companies; i++) {
      participants.add(participant(random, Side.COMPANY, String.format(Locale.ROOT, "C%03d", i)));
    }
    for (int i = 1; i <= associations; i++) {
      participants.add(
          participant(random, Side.ASSOCIATION, String.format(Locale.ROOT, "A%03d", i)));
    }
    return participants;
  }

  private static Participant participant(Random random, Side side, String id) {
    Domain[] domains = Domain.values();
    Set<Domain> chosen = EnumSet.noneOf(Domain.class);
    int count = 1 + random.nextInt(4);
    while (chosen.size() < count) {
      // Squaring skews the draw towards the first domains (employment, economy, poverty...).
      double u = random.nextDouble();
      chosen.add(domains[(int) (u * u * domains.length)]);
    }
    Objective[] objectives =
        side == Side.COMPANY ? CompanyObjective.values() : AssociationObjective.values();
    Set<Objective> goals = new LinkedHashSet<>();
    int goalCount = 1 + random.nextInt(3);
    while (goals.size() < goalCount) {
      goals.add(objectives[random.nextInt(objectives.length)]);
    }
    Set<PartnershipCategory> categories = EnumSet.noneOf(PartnershipCategory.class);
    int categoryCount = random.nextInt(3);
    while (categories.size() < categoryCount) {
      categories.add(PartnershipCategory.values()[random.nextInt(4)]);
    }
    int commune = random.nextInt(24);
    int epci = commune / 4;
    int departement = epci / 2;
    int region = departement / 2;
    Location location =
        new Location(
            String.format(Locale.ROOT, "59%03d", commune),
            String.format(Locale.ROOT, "2000000%02d", epci),
            String.format(Locale.ROOT, "%02d", 59 + departement),
            String.format(Locale.ROOT, "%02d", 32 + region));
    return new Participant(id, null, side, chosen, location, goals, categories);
  }
}
