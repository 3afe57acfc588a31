package org.phare.store.perception;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;

/**
 * Generates the demonstration microdata of the four PHARE studies ("données simulées"): the real
 * respondent-level results are not public, so the application ships a deterministic simulated
 * sample whose national weighted results reproduce the published figures of {@link
 * PublishedFigures}, with regional variation.
 *
 * <p>Design: a stratified sample by metropolitan region (the 13 regions the PHARE studies covered),
 * allocated in proportion to the square root of the stratum size (small regions are over-sampled,
 * as opinion surveys do), and weights {@code N_h / n_h} (population, or communes for mayors).
 *
 * <p>How national figures are hit: for each answer, regional values are the national target plus a
 * seeded random offset, shifted so that their weighted mean is the target (regions with a published
 * value keep it); each region then gets exactly {@code round(n_h · p_h)} respondents giving that
 * answer, placed in a seeded random order. The national weighted estimate is thus the target up to
 * rounding (under 0.5 point). Ratings are drawn around regional means and then nudged by one point
 * at a time until each regional mean is hit to within 1/n_h. Priorities (three domains) are drawn
 * by Madow's systematic sampling, whose inclusion probabilities are exactly the target shares.
 */
public final class DemoPerceptionData {

  /** The seed of the shipped demonstration data. */
  public static final long SEED = 20_150_901L;

  /**
   * Sample sizes: citizens 2 024 as published (§2-3, "Base : ensemble des Français (2024)"); the
   * other three are demo choices, the seeds not giving them legibly.
   */
  static int sampleSize(Actor actor) {
    return switch (actor) {
      case CITIZENS -> 2024;
      case COMPANIES -> 1000;
      case ASSOCIATIONS -> 1500;
      case MAYORS -> 1000;
    };
  }

  private DemoPerceptionData() {}

  /** Generates the four studies over the given strata. */
  public static PerceptionStudies generate(List<Stratum> strata, long seed) {
    if (strata.isEmpty()) {
      throw new IllegalArgumentException("the demonstration studies need at least one region");
    }
    Map<Actor, List<Respondent>> studies = new EnumMap<>(Actor.class);
    for (Actor actor : Actor.values()) {
      studies.put(actor, generate(actor, strata, new SplittableRandom(seed + actor.ordinal())));
    }
    return PerceptionStudies.simulated(studies);
  }

  private static List<Respondent> generate(
      Actor actor, List<Stratum> strata, SplittableRandom random) {
    int h = strata.size();
    int[] n = allocate(actor, strata);
    double[] size = new double[h];
    for (int i = 0; i < h; i++) {
      size[i] = strata.get(i).size(actor);
    }
    String[] codes = strata.stream().map(Stratum::code).toArray(String[]::new);
    // answers per stratum and respondent
    int[][][] ratings = new int[h][][];
    double[] means = PublishedFigures.meanRatings(actor);
    for (int i = 0; i < h; i++) {
      ratings[i] = new int[n[i]][Domain.values().length];
    }
    for (int d = 0; d < means.length; d++) {
      double[] regional = balance(size, means[d], Map.of(), codes, random, 0.45, 1.5, 9.5);
      for (int i = 0; i < h; i++) {
        fillRatings(ratings[i], d, regional[i], random);
      }
    }
    boolean[][] alliance = new boolean[h][];
    double[] allianceShare =
        balance(
            size,
            PublishedFigures.allianceInnovation(actor) / 100,
            percentToFraction(PublishedFigures.allianceInnovationByRegion(actor)),
            codes,
            random,
            0.06,
            0.02,
            1.0);
    for (int i = 0; i < h; i++) {
      alliance[i] = exactly(n[i], allianceShare[i], random);
    }
    Practice[][] practice = new Practice[h][];
    List<List<EnumSet<PartnershipCategory>>> categories = new ArrayList<>();
    if (actor.asksPartnershipPractice()) {
      double[] published = PublishedFigures.practice(actor);
      double[] yes =
          balance(
              size,
              published[0] / 100,
              percentToFraction(PublishedFigures.practiceYesByRegion(actor)),
              codes,
              random,
              0.07,
              0.02,
              0.98);
      boolean[][] isYes = new boolean[h][];
      double[] notYesWeight = new double[h];
      double[] yesWeight = new double[h];
      for (int i = 0; i < h; i++) {
        isYes[i] = exactly(n[i], yes[i], random);
        int count = count(isYes[i]);
        yesWeight[i] = size[i] * count / n[i];
        notYesWeight[i] = size[i] * (n[i] - count) / n[i];
      }
      // "intends" among those without partnerships, balanced on their weight
      double intendsGivenNo = published[1] / (published[1] + published[2]);
      double[] intends =
          balance(notYesWeight, intendsGivenNo, Map.of(), codes, random, 0.04, 0.01, 0.99);
      for (int i = 0; i < h; i++) {
        practice[i] = new Practice[n[i]];
        int others = n[i] - count(isYes[i]);
        boolean[] isIntends = exactly(others, intends[i], random);
        int k = 0;
        for (int r = 0; r < n[i]; r++) {
          practice[i][r] =
              isYes[i][r] ? Practice.YES : isIntends[k++] ? Practice.INTENDS : Practice.NO;
        }
      }
      // categories among partnering respondents, each balanced on the partnering weight
      Map<PartnershipCategory, double[]> categoryShares = new EnumMap<>(PartnershipCategory.class);
      for (PartnershipCategory category : PartnershipCategory.values()) {
        categoryShares.put(
            category,
            balance(
                yesWeight,
                PublishedFigures.category(actor, category) / 100,
                Map.of(),
                codes,
                random,
                0.06,
                0.02,
                0.98));
      }
      for (int i = 0; i < h; i++) {
        int partners = count(isYes[i]);
        List<EnumSet<PartnershipCategory>> sets = new ArrayList<>();
        for (int r = 0; r < partners; r++) {
          sets.add(EnumSet.noneOf(PartnershipCategory.class));
        }
        for (PartnershipCategory category : PartnershipCategory.values()) {
          boolean[] practised = exactly(partners, categoryShares.get(category)[i], random);
          for (int r = 0; r < partners; r++) {
            if (practised[r]) {
              sets.get(r).add(category);
            }
          }
        }
        categories.add(sets);
      }
    }
    CoConstructionDynamic[][] dynamic = new CoConstructionDynamic[h][];
    if (actor == Actor.MAYORS) {
      int[][] level = categorical(PublishedFigures.dynamic(), size, n, codes, random);
      for (int i = 0; i < h; i++) {
        dynamic[i] = new CoConstructionDynamic[n[i]];
        for (int r = 0; r < n[i]; r++) {
          dynamic[i][r] = CoConstructionDynamic.values()[level[i][r]];
        }
      }
    }
    List<Respondent> respondents = new ArrayList<>();
    int id = 0;
    for (int i = 0; i < h; i++) {
      double weight = size[i] / n[i];
      double[] priorityShares = priorityShares(actor, codes[i], means);
      int partnerIndex = 0;
      for (int r = 0; r < n[i]; r++) {
        Practice answer = actor.asksPartnershipPractice() ? practice[i][r] : null;
        EnumSet<PartnershipCategory> practised =
            answer == Practice.YES
                ? categories.get(i).get(partnerIndex++)
                : EnumSet.noneOf(PartnershipCategory.class);
        respondents.add(
            new Respondent(
                actor,
                ++id,
                codes[i],
                codes[i],
                weight,
                ratings[i][r],
                madow(priorityShares, random),
                answer,
                practised,
                alliance[i][r],
                actor == Actor.MAYORS ? dynamic[i][r] : null,
                List.of()));
      }
    }
    if (actor == Actor.MAYORS) {
      // drawn last, so that adding Q8 left every earlier answer of the shipped seed unchanged
      LocalAuthorityRole[] items = LocalAuthorityRole.values();
      int[][][] answers = new int[items.length][][];
      for (LocalAuthorityRole item : items) {
        answers[item.ordinal()] =
            categorical(PublishedFigures.localAuthorityRole(item), size, n, codes, random);
      }
      int index = 0;
      for (int i = 0; i < h; i++) {
        for (int r = 0; r < n[i]; r++) {
          List<RolePriority> roles = new ArrayList<>();
          for (LocalAuthorityRole item : items) {
            roles.add(RolePriority.values()[answers[item.ordinal()][i][r]]);
          }
          respondents.set(index, respondents.get(index).withRoles(roles));
          index++;
        }
      }
    }
    return respondents;
  }

  /**
   * Answers to a closed question whose national shares (%) are published: a chain of conditional
   * binary answers (category k among those not yet decided), each balanced over the regions on the
   * weight still undecided, so the weighted national shares hit the published ones up to rounding
   * while regions vary. Returns the category index of each respondent by region.
   */
  private static int[][] categorical(
      double[] published, double[] size, int[] n, String[] codes, SplittableRandom random) {
    int h = n.length;
    double[] remainingWeight = size.clone();
    double remaining = Arrays.stream(published).sum();
    int[][] level = new int[h][];
    for (int i = 0; i < h; i++) {
      level[i] = new int[n[i]];
      Arrays.fill(level[i], -1);
    }
    for (int k = 0; k < published.length - 1; k++) {
      double conditional = published[k] / remaining;
      double[] p = balance(remainingWeight, conditional, Map.of(), codes, random, 0.05, 0.01, 0.99);
      for (int i = 0; i < h; i++) {
        int undecided = 0;
        for (int r = 0; r < n[i]; r++) {
          undecided += level[i][r] < 0 ? 1 : 0;
        }
        boolean[] chosen = exactly(undecided, p[i], random);
        int j = 0;
        int left = 0;
        for (int r = 0; r < n[i]; r++) {
          if (level[i][r] < 0) {
            if (chosen[j++]) {
              level[i][r] = k;
            } else {
              left++;
            }
          }
        }
        remainingWeight[i] = size[i] * left / n[i];
      }
      remaining -= published[k];
    }
    for (int[] region : level) {
      for (int r = 0; r < region.length; r++) {
        region[r] = region[r] < 0 ? published.length - 1 : region[r];
      }
    }
    return level;
  }

  /** n_h proportional to the square root of the stratum size, at least 10, summing to n. */
  static int[] allocate(Actor actor, List<Stratum> strata) {
    int total = sampleSize(actor);
    double sum = strata.stream().mapToDouble(s -> Math.sqrt(s.size(actor))).sum();
    int[] n = new int[strata.size()];
    int given = 0;
    for (int i = 0; i < n.length; i++) {
      n[i] = Math.max(10, (int) Math.floor(total * Math.sqrt(strata.get(i).size(actor)) / sum));
      given += n[i];
    }
    for (int i = 0; given < total; i = (i + 1) % n.length) {
      n[i]++;
      given++;
    }
    return n;
  }

  /**
   * Regional values of an answer whose weighted mean is the national target: target + random offset
   * in [-spread, spread], shifted by a constant over the free regions; published regional values
   * are kept as they are. Values are clamped to [min, max].
   */
  static double[] balance(
      double[] weights,
      double target,
      Map<String, Double> fixed,
      String[] codes,
      SplittableRandom random,
      double spread,
      double min,
      double max) {
    double[] values = new double[weights.length];
    double fixedMass = 0;
    double freeWeight = 0;
    double freeMass = 0;
    for (int i = 0; i < values.length; i++) {
      double offset = (random.nextDouble() * 2 - 1) * spread;
      Double published = fixed.get(codes[i]);
      if (published != null) {
        values[i] = published;
        fixedMass += weights[i] * published;
      } else {
        values[i] = target + offset;
        freeWeight += weights[i];
        freeMass += weights[i] * values[i];
      }
    }
    double totalWeight = Arrays.stream(weights).sum();
    if (freeWeight > 0) {
      double shift = (target * totalWeight - fixedMass - freeMass) / freeWeight;
      for (int i = 0; i < values.length; i++) {
        if (!fixed.containsKey(codes[i])) {
          values[i] = Math.max(min, Math.min(max, values[i] + shift));
        }
      }
    }
    return values;
  }

  /** Exactly round(n · p) true values in a random order. */
  static boolean[] exactly(int n, double p, SplittableRandom random) {
    boolean[] values = new boolean[n];
    int count = (int) Math.round(n * p);
    for (int i = 0; i < count; i++) {
      values[i] = true;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      boolean swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    return values;
  }

  private static int count(boolean[] values) {
    int count = 0;
    for (boolean value : values) {
      count += value ? 1 : 0;
    }
    return count;
  }

  /**
   * Ratings 1-10 of one domain around a mean (normal, standard deviation 2, rounded and clamped),
   * then nudged one point at a time on random respondents until the sum is round(n · mean).
   */
  private static void fillRatings(
      int[][] ratings, int domain, double mean, SplittableRandom random) {
    int n = ratings.length;
    if (n == 0) {
      return;
    }
    long sum = 0;
    for (int[] respondent : ratings) {
      int value = (int) Math.round(mean + 2 * random.nextGaussian());
      respondent[domain] = Math.max(1, Math.min(10, value));
      sum += respondent[domain];
    }
    long target = Math.round(n * mean);
    while (sum != target) {
      int[] respondent = ratings[random.nextInt(n)];
      if (sum < target && respondent[domain] < 10) {
        respondent[domain]++;
        sum++;
      } else if (sum > target && respondent[domain] > 1) {
        respondent[domain]--;
        sum--;
      }
    }
  }

  /**
   * Inclusion probabilities of the 16 domains among the three priorities of a region: published
   * shares kept, the rest of the 300 % spread over the other domains in proportion to (mean rating
   * − 4)², each capped at 95 %.
   */
  static double[] priorityShares(Actor actor, String region, double[] means) {
    Map<Domain, Double> fixed =
        new LinkedHashMap<>(PublishedFigures.publishedPriorityShares(actor));
    if (actor == Actor.CITIZENS) {
      fixed.putAll(PublishedFigures.citizensRegionalPriorities(region));
    }
    double[] shares = new double[means.length];
    double fixedSum = 0;
    double freeMass = 0;
    for (int d = 0; d < means.length; d++) {
      Double published = fixed.get(PublishedFigures.domain(d));
      if (published != null) {
        shares[d] = published / 100;
        fixedSum += shares[d];
      } else {
        shares[d] = -Math.pow(Math.max(0.5, means[d] - 4), 2);
        freeMass -= shares[d];
      }
    }
    double rest = 3 - fixedSum;
    for (int d = 0; d < shares.length; d++) {
      if (shares[d] < 0) {
        shares[d] = Math.min(0.95, -shares[d] / freeMass * rest);
      }
    }
    return shares;
  }

  /**
   * Madow's systematic πps sampling of exactly three distinct domains whose inclusion probabilities
   * are {@code shares} (summing to 3, each at most 1), over a random order of the domains.
   */
  static EnumSet<Domain> madow(double[] shares, SplittableRandom random) {
    int[] order = new int[shares.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    double u = random.nextDouble();
    EnumSet<Domain> chosen = EnumSet.noneOf(Domain.class);
    double cumulative = 0;
    int k = 0;
    for (int index : order) {
      double next = cumulative + shares[index];
      while (k < 3 && u + k >= cumulative && u + k < next) {
        chosen.add(PublishedFigures.domain(index));
        k++;
      }
      cumulative = next;
    }
    return chosen;
  }

  private static Map<String, Double> percentToFraction(Map<String, Double> percents) {
    Map<String, Double> fractions = new LinkedHashMap<>();
    percents.forEach((code, value) -> fractions.put(code, value / 100));
    return fractions;
  }
}
