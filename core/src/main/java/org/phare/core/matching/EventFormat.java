package org.phare.core.matching;

import org.phare.core.message.RefusedException;

/**
 * The shape of a speed-dating event. The référentiel's example (Labo régional des partenariats
 * d'Alsace, §3.2.1.1): rounds of 8 minutes, about 1h30, each participant meeting 7 to 8
 * organisations of the other category.
 *
 * @param rounds number of rounds (>= 1)
 * @param tables number of tables, i.e. meetings that can run at once (>= 1)
 * @param roundMinutes length of one round in minutes, changeover included (>= 1)
 */
public record EventFormat(int rounds, int tables, int roundMinutes) {

  /** Default length of a round (référentiel 2016: 8 minutes). */
  public static final int DEFAULT_ROUND_MINUTES = 8;

  /**
   * Bounds of a format (docs/security.md): the référentiel's evening is about 11 rounds of 8
   * minutes; 30 rounds of 1,000 tables stays below the scheduler's 50,000 meetings.
   */
  public static final int MAX_ROUNDS = 30;

  public static final int MAX_TABLES = 1000;
  public static final int MAX_ROUND_MINUTES = 120;

  public EventFormat {
    if (rounds < 1) {
      throw RefusedException.refused("matching.format.rounds", "rounds", "value", rounds);
    }
    if (tables < 1) {
      throw RefusedException.refused("matching.format.tables", "tables", "value", tables);
    }
    if (roundMinutes < 1) {
      throw RefusedException.refused("matching.format.minutes", "minutes", "value", roundMinutes);
    }
    if (rounds > MAX_ROUNDS) {
      throw RefusedException.refused(
          "matching.format.range", "rounds", "field", "rounds", "min", 1, "max", MAX_ROUNDS);
    }
    if (tables > MAX_TABLES) {
      throw RefusedException.refused(
          "matching.format.range", "tables", "field", "tables", "min", 1, "max", MAX_TABLES);
    }
    if (roundMinutes > MAX_ROUND_MINUTES) {
      throw RefusedException.refused(
          "matching.format.range",
          "minutes",
          "field",
          "minutes",
          "min",
          1,
          "max",
          MAX_ROUND_MINUTES);
    }
  }

  /** Minute at which a round (numbered from 1) starts, from the start of the first round. */
  public int startMinute(int round) {
    return (round - 1) * roundMinutes;
  }

  /** Length of all the rounds together, in minutes. */
  public int totalMinutes() {
    return rounds * roundMinutes;
  }
}
