package org.phare.store.perception;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a perception figure comes from. Every page, chart, PDF and CSV row decides its label
 * ("données simulées", the study's name and vintage, the published document) from this value and
 * nowhere else: {@link #labelKey()} is the message catalogue's key ({@code messages/perception_*})
 * and {@link #labelArgs()} its arguments.
 *
 * @param kind study, published national figures, simulation, or none
 * @param name the study's name (STUDY, SIMULATED: the published study the simulation reproduces,
 *     PUBLISHED: the study whose results were published)
 * @param vintage fieldwork or publication date, as written by its producer
 * @param n respondents of the study for this actor type (0 when unknown or not published)
 * @param source the document the figures were published in (PUBLISHED), else ""
 * @param weighting for a territorial study run in Phare ({@code store.study}): {@code raked} or
 *     {@code unweighted}; "" for other provenances
 * @param provisional for a territorial study: whether it is still open (its figures may change)
 */
public record Provenance(
    Kind kind,
    String name,
    String vintage,
    long n,
    String source,
    String weighting,
    boolean provisional) {

  /** The kinds of origin, from the most to the least authoritative. */
  public enum Kind {
    /** Estimated from a study's respondent microdata (a territorial study). */
    STUDY,
    /** A national figure as published by the PHARE programme (no base, no standard error). */
    PUBLISHED,
    /** Estimated from the simulated demonstration microdata. */
    SIMULATED,
    /** No figure: the territory or actor type was not surveyed. */
    NONE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** No figure at all. */
  public static final Provenance NONE = new Provenance(Kind.NONE, "", "", 0, "");

  public Provenance {
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name;
    vintage = vintage == null ? "" : vintage;
    source = source == null ? "" : source;
    weighting = weighting == null ? "" : weighting;
  }

  public Provenance(Kind kind, String name, String vintage, long n, String source) {
    this(kind, name, vintage, n, source, "", false);
  }

  /**
   * A territorial study run in Phare: its title, its dates ({@code vintage}, e.g. "01/12/2026 –
   * 31/12/2026"), the respondents of the actor type, how they were weighted ({@code raked} or
   * {@code unweighted}) and whether it is still open (provisional figures).
   */
  public static Provenance territorialStudy(
      String name, String dates, long n, boolean raked, boolean provisional) {
    return new Provenance(
        Kind.STUDY, name, dates, n, "", raked ? "raked" : "unweighted", provisional);
  }

  /** Whether this is a territorial study run in Phare (labelled with its weighting and n). */
  public boolean territorial() {
    return kind == Kind.STUDY && !weighting.isEmpty();
  }

  public static Provenance study(String name, String vintage, long n) {
    return new Provenance(Kind.STUDY, name, vintage, n, "");
  }

  public static Provenance published(String name, String vintage, long n, String source) {
    return new Provenance(Kind.PUBLISHED, name, vintage, n, source);
  }

  /** Simulated data reproducing the published results of the study {@code name}. */
  public static Provenance simulated(String name, String vintage, long n) {
    return new Provenance(Kind.SIMULATED, name, vintage, n, "");
  }

  /** Whether the figure is simulated: the one test behind every "données simulées" label. */
  public boolean simulated() {
    return kind == Kind.SIMULATED;
  }

  /** Whether the figure comes from real answers (a study or published figures). */
  public boolean real() {
    return kind == Kind.STUDY || kind == Kind.PUBLISHED;
  }

  /** The catalogue key of the label shown next to the figure. */
  public String labelKey() {
    return territorial()
        ? "perception.provenance.territorial"
        : "perception.provenance." + kind.code();
  }

  /** The catalogue key of the sentence explaining the provenance (notes under a page's title). */
  public String noteKey() {
    return territorial()
        ? "perception.provenance.territorial.note"
        : "perception.provenance." + kind.code() + ".note";
  }

  /** Named arguments of the label's and the note's patterns. */
  public Map<String, Object> labelArgs() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("name", name);
    args.put("vintage", vintage);
    args.put("n", n);
    args.put("source", source);
    args.put("weighting", weighting.isEmpty() ? "none" : weighting);
    args.put("provisional", provisional ? "yes" : "no");
    return args;
  }
}
