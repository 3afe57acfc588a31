package org.phare.store.perception;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.phare.core.ecosystem.PartnershipCategory;
import org.phare.core.indicator.Domain;
import org.phare.store.survey.Microdata;
import org.phare.store.survey.MicrodataException;

/**
 * A perception study read from a respondent file in the PHARE layout (CSV, one row per respondent,
 * header on the first line, read by {@link Microdata}), estimated by {@link PerceptionStudies} like
 * the simulated studies: same design (stratified, design weights), same measures, same small-base
 * rule.
 *
 * <p>Columns (only the first three are required; a missing column or an empty cell is "not asked /
 * no answer", which leaves the respondent out of that measure's base):
 *
 * <ul>
 *   <li>{@code actor}: citizens, companies, associations or mayors;
 *   <li>{@code region}: COG code of the respondent's region;
 *   <li>{@code weight}: design weight (> 0);
 *   <li>{@code stratum}: sampling stratum (default: the region);
 *   <li>{@code rating_employment} … {@code rating_energy_transition}: rating 1-10 of each of the 16
 *       domains ({@code rating_} + the domain's code in lower case);
 *   <li>{@code priorities}: up to three domain codes separated by {@code |};
 *   <li>{@code practice}: yes, intends or no; {@code categories}: partnership category codes
 *       separated by {@code |};
 *   <li>{@code alliance_innovation}: yes or no;
 *   <li>{@code dynamic}: anchored, growing, emerging or none (mayors' Q4);
 *   <li>{@code role_foster_meetings} … {@code role_public_private_partnerships}: priority,
 *       secondary or not_needed (mayors' Q8).
 * </ul>
 */
public final class MicrodataStudy {

  private MicrodataStudy() {}

  /**
   * Who ran the study and what it represents.
   *
   * @param name the study's name as shown next to its figures
   * @param vintage fieldwork date as its producer writes it
   * @param coversFrance whether the sample represents France (national figures and comparisons of
   *     each region with the rest); false for a study of some regions only
   */
  public record Study(String name, String vintage, boolean coversFrance) {}

  /** Reads the file; {@code version} is the studies' data version (the cache key of estimates). */
  public static PerceptionStudies read(Path file, Study study, LongSupplier version) {
    Map<Actor, List<Respondent>> rows = respondents(file);
    return new PerceptionStudies(
        rows,
        actor ->
            Provenance.study(
                study.name(), study.vintage(), rows.getOrDefault(actor, List.of()).size()),
        study.coversFrance(),
        version);
  }

  /** The respondents of the file by actor type. */
  static Map<Actor, List<Respondent>> respondents(Path file) {
    Microdata m = Microdata.read(file, null);
    for (String required : List.of("actor", "region", "weight")) {
      if (!m.header().contains(required)) {
        throw new MicrodataException(
            file + ": no column '" + required + "' (columns: " + m.header() + ")");
      }
    }
    String[] actors = m.strings("actor");
    String[] regions = m.strings("region");
    double[] weights = m.requiredNumbers("weight", "weight");
    String[] strata = optional(m, "stratum");
    double[][] ratings = new double[Domain.values().length][];
    for (Domain d : Domain.values()) {
      String column = "rating_" + d.name().toLowerCase(Locale.ROOT);
      ratings[d.ordinal()] = m.header().contains(column) ? m.numbers(column) : null;
    }
    String[] priorities = optional(m, "priorities");
    String[] practice = optional(m, "practice");
    String[] categories = optional(m, "categories");
    String[] alliance = optional(m, "alliance_innovation");
    String[] dynamic = optional(m, "dynamic");
    String[][] roles = new String[LocalAuthorityRole.values().length][];
    for (LocalAuthorityRole item : LocalAuthorityRole.values()) {
      roles[item.ordinal()] = optional(m, "role_" + item.name().toLowerCase(Locale.ROOT));
    }
    Map<Actor, List<Respondent>> out = new EnumMap<>(Actor.class);
    for (int i = 0; i < m.rows(); i++) {
      long line = m.line(i);
      Actor actor = parse(file, line, "actor", actors[i], Actor.class);
      if (regions[i] == null) {
        throw new MicrodataException(file + ": line " + line + ", column 'region': missing");
      }
      if (!(weights[i] > 0)) {
        throw new MicrodataException(
            file + ": line " + line + ", column 'weight': the weight must be positive");
      }
      int[] rated = new int[Domain.values().length];
      for (Domain d : Domain.values()) {
        double[] column = ratings[d.ordinal()];
        double value = column == null ? Double.NaN : column[i];
        if (!Double.isNaN(value)) {
          if (value != Math.rint(value) || value < 1 || value > 10) {
            throw new MicrodataException(
                file
                    + ": line "
                    + line
                    + ", column 'rating_"
                    + d.name().toLowerCase(Locale.ROOT)
                    + "': a rating is a whole number from 1 to 10, got "
                    + value);
          }
          rated[d.ordinal()] = (int) value;
        }
      }
      Set<Domain> cited = EnumSet.noneOf(Domain.class);
      for (String code : split(priorities, i)) {
        cited.add(parse(file, line, "priorities", code, Domain.class));
      }
      if (cited.size() > 3) {
        throw new MicrodataException(
            file + ": line " + line + ", column 'priorities': at most three domains");
      }
      Practice practised = parse(file, line, "practice", at(practice, i), Practice.class);
      Set<PartnershipCategory> kinds = EnumSet.noneOf(PartnershipCategory.class);
      for (String code : split(categories, i)) {
        kinds.add(parse(file, line, "categories", code, PartnershipCategory.class));
      }
      String seen = at(alliance, i);
      Boolean innovation = null;
      if (seen != null) {
        innovation = yesNo(file, line, seen);
      }
      List<RolePriority> answers = new ArrayList<>();
      boolean anyRole = false;
      for (LocalAuthorityRole item : LocalAuthorityRole.values()) {
        RolePriority answer =
            parse(
                file,
                line,
                "role_" + item.name().toLowerCase(Locale.ROOT),
                at(roles[item.ordinal()], i),
                RolePriority.class);
        anyRole |= answer != null;
        answers.add(answer);
      }
      List<Respondent> list = out.computeIfAbsent(actor, a -> new ArrayList<>());
      list.add(
          new Respondent(
              actor,
              list.size() + 1,
              regions[i],
              at(strata, i) == null ? regions[i] : strata[i],
              weights[i],
              rated,
              cited,
              practised,
              kinds,
              innovation,
              parse(file, line, "dynamic", at(dynamic, i), CoConstructionDynamic.class),
              anyRole ? answers : List.of()));
    }
    return out;
  }

  private static String[] optional(Microdata m, String column) {
    return m.header().contains(column) ? m.strings(column) : null;
  }

  private static String at(String[] column, int row) {
    return column == null ? null : column[row];
  }

  private static List<String> split(String[] column, int row) {
    String cell = at(column, row);
    if (cell == null) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return parts;
  }

  private static boolean yesNo(Path file, long line, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "yes", "1", "true" -> true;
      case "no", "0", "false" -> false;
      default ->
          throw new MicrodataException(
              file + ": line " + line + ", column 'alliance_innovation': yes or no, got " + value);
    };
  }

  /** An enum constant by its code (case-insensitive), null for an empty cell. */
  private static <E extends Enum<E>> E parse(
      Path file, long line, String column, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    String code = value.trim().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(code)) {
        return constant;
      }
    }
    List<String> expected = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      expected.add(constant.name().toLowerCase(Locale.ROOT));
    }
    throw new MicrodataException(
        file
            + ": line "
            + line
            + ", column '"
            + column
            + "': '"
            + value
            + "', expected one of "
            + expected);
  }
}
