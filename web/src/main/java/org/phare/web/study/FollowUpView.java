package org.phare.web.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phare.core.territory.Level;
import org.phare.core.text.Numbers;
import org.phare.store.perception.Actor;
import org.phare.store.study.StudyStore;
import org.phare.web.i18n.Lang;

/**
 * The follow-up of a study as the organiser's page shows it: per actor type the answers started and
 * submitted, the completion rate (submitted / started, "–" when nobody started), the median time to
 * answer, and whether the base is under {@value StudyPages#SMALL_BASE} (no figure will be published
 * for it) or under {@value StudyPages#FRAGILE_BASE} (published with a warning); the same base marks
 * per département and per commune.
 */
public final class FollowUpView {

  /** A line of the table. */
  public record Row(
      String label, String started, String submitted, String rate, String median, String base) {}

  /** A place's count of answers for one actor type. */
  public record Place(String actor, String place, String submitted, String base) {}

  /** Names a territory for the tables. */
  public interface Names {
    String name(Level level, String code);
  }

  private final List<Row> rows = new ArrayList<>();
  private final List<Place> departements = new ArrayList<>();
  private final List<Place> communes = new ArrayList<>();

  FollowUpView(Lang lang, StudyStore.FollowUp f, Names names) {
    Numbers n = lang.numbers();
    f.byActor()
        .forEach(
            (actor, p) ->
                rows.add(
                    new Row(
                        label(actor, lang),
                        n.integer(p.started()),
                        n.integer(p.submitted()),
                        Double.isNaN(p.completionRate())
                            ? Numbers.NO_DATA
                            : n.percentOfFraction(p.completionRate(), 0),
                        duration(p.medianSeconds(), lang),
                        base(p.submitted(), lang))));
    places(f.byDepartement(), Level.DEPARTEMENT, departements, lang, names);
    places(f.byCommune(), Level.COMMUNE, communes, lang, names);
  }

  private static void places(
      Map<Actor, Map<String, Long>> counts, Level level, List<Place> out, Lang lang, Names names) {
    counts.forEach(
        (actor, byPlace) ->
            byPlace.forEach(
                (code, count) ->
                    out.add(
                        new Place(
                            label(actor, lang),
                            names.name(level, code),
                            lang.numbers().integer(count),
                            base(count, lang)))));
  }

  private static String label(Actor actor, Lang lang) {
    return lang.pick(actor.labelFr(), actor.labelEn());
  }

  /** "base < 30" under 30 answers, "base < 100" under 100, else "". */
  static String base(long n, Lang lang) {
    if (n < StudyPages.SMALL_BASE) {
      return lang.pick("base < 30 : non publiée", "base < 30: not published");
    }
    if (n < StudyPages.FRAGILE_BASE) {
      return lang.pick("base < 100 : à lire avec prudence", "base < 100: read with care");
    }
    return "";
  }

  /** "4 min 05 s", "–" without any answer. */
  static String duration(double seconds, Lang lang) {
    if (Double.isNaN(seconds)) {
      return Numbers.NO_DATA;
    }
    long s = Math.round(seconds);
    return s / 60 + " min " + String.format(java.util.Locale.ROOT, "%02d", s % 60) + " s";
  }

  public List<Row> rows() {
    return rows;
  }

  public List<Place> departements() {
    return departements;
  }

  public List<Place> communes() {
    return communes;
  }
}
