package org.phare.web.perception;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phare.store.message.MessageCatalogue;
import org.phare.store.perception.Provenance;
import org.phare.store.perception.Provenance.Kind;
import org.phare.web.i18n.Lang;

/**
 * The one place where the web words the provenance of perception figures ("données simulées", a
 * study's name and vintage, published national figures): every page, chart, key message, PDF and
 * CSV takes its label from here, from the {@link Provenance} the source answered, through the
 * message catalogue ({@code messages/perception_*}).
 */
public final class ProvenanceLabels {

  private final Lang lang;

  public ProvenanceLabels(Lang lang) {
    this.lang = lang;
  }

  private Locale locale() {
    return lang == Lang.EN ? MessageCatalogue.ENGLISH : MessageCatalogue.FRENCH;
  }

  /** The short label of one figure's provenance (after a figure, in brackets). */
  public String label(Provenance p) {
    return MessageCatalogue.get().text(p.labelKey(), locale(), p.labelArgs());
  }

  /**
   * The sources of a set of figures for a chart's source line: studies by name and vintage,
   * published figures with their documents, the simulated studies' names followed by "DONNÉES
   * SIMULÉES" in capitals (the warning must not be missed).
   */
  public String line(Collection<Provenance> provenances) {
    Map<Kind, Set<String>> names = new EnumMap<>(Kind.class);
    Map<Kind, Set<String>> sources = new EnumMap<>(Kind.class);
    for (Provenance p : provenances) {
      if (p.kind() == Kind.NONE) {
        continue;
      }
      // a territorial study's label carries its dates, weighting and n (issue 11 point 5)
      String name =
          p.kind() == Kind.PUBLISHED
              ? p.name()
              : p.territorial()
                  // without n: a source line gives the chart's own base after it
                  ? MessageCatalogue.get()
                      .text("perception.provenance.territorial.line", locale(), p.labelArgs())
                  : label(Provenance.study(p.name(), p.vintage(), 0));
      names.computeIfAbsent(p.kind(), k -> new LinkedHashSet<>()).add(name);
      sources.computeIfAbsent(p.kind(), k -> new LinkedHashSet<>()).add(p.source());
    }
    List<String> parts = new ArrayList<>();
    if (names.containsKey(Kind.STUDY)) {
      parts.add(String.join(", ", names.get(Kind.STUDY)));
    }
    if (names.containsKey(Kind.PUBLISHED)) {
      parts.add(
          label(
              Provenance.published(
                  String.join(", ", names.get(Kind.PUBLISHED)),
                  "",
                  0,
                  String.join(", ", sources.get(Kind.PUBLISHED)))));
    }
    if (names.containsKey(Kind.SIMULATED)) {
      parts.add(
          String.join(", ", names.get(Kind.SIMULATED))
              + " — "
              + label(Provenance.simulated("", "", 0)).toUpperCase(locale()));
    }
    return parts.isEmpty() ? label(Provenance.NONE) : String.join(" ; ", parts);
  }

  /** The short label for a title: distinct labels of the figures (no capitals). */
  public String shortLine(Collection<Provenance> provenances) {
    Set<String> labels = new LinkedHashSet<>();
    for (Provenance p : provenances) {
      if (p.kind() != Kind.NONE) {
        labels.add(
            label(
                p.kind() == Kind.PUBLISHED
                    ? Provenance.published(p.name(), "", 0, p.source())
                    : p));
      }
    }
    return labels.isEmpty() ? label(Provenance.NONE) : String.join(" ; ", labels);
  }

  /** The "données simulées" badge when any of the figures is simulated, else "". */
  public String badge(Collection<Provenance> provenances) {
    return provenances.stream().anyMatch(Provenance::simulated)
        ? label(Provenance.simulated("", "", 0))
        : "";
  }

  /** The explanatory notes of the kinds of provenance present (one sentence per kind). */
  public List<String> notes(Collection<Provenance> provenances) {
    Set<String> notes = new LinkedHashSet<>();
    for (Provenance p : provenances) {
      if (p.kind() != Kind.NONE) {
        notes.add(MessageCatalogue.get().text(p.noteKey(), locale(), p.labelArgs()));
      }
    }
    return List.copyOf(notes);
  }

  /** The CSV's {@code donnees_simulees} cell. */
  public static String csvFlag(Provenance p) {
    return p.simulated() ? "oui" : "non";
  }
}
