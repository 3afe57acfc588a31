package org.phare.cli.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.phare.core.matching.AffinityContext;
import org.phare.core.matching.Meeting;
import org.phare.core.matching.Participant;
import org.phare.core.matching.Reason;
import org.phare.core.matching.Round;
import org.phare.core.matching.Schedule;
import org.phare.core.matching.Side;
import org.phare.core.matching.SpeedDatingPlan;

/**
 * Printable text form of a plan: the rounds table by table with the reasons of each pairing, then
 * one line per participant, then the quality figures. French (decimal comma) or English.
 */
final class PlanText {

  private final boolean french;
  private final Locale locale;

  PlanText(boolean french) {
    this.french = french;
    this.locale = french ? Locale.FRANCE : Locale.UK;
  }

  String render(SpeedDatingPlan plan, AffinityContext context) {
    Schedule schedule = plan.schedule();
    StringBuilder out = new StringBuilder();
    long companies = schedule.participants().stream().filter(p -> p.side() == Side.COMPANY).count();
    long associations = schedule.participants().size() - companies;
    var format = schedule.format();
    out.append(
        french
            ? String.format(
                locale,
                "Speed-dating : %d entreprises, %d associations — %d tours de %d min sur %d"
                    + " tables (%s)%n",
                companies,
                associations,
                format.rounds(),
                format.roundMinutes(),
                format.tables(),
                clock(format.totalMinutes()))
            : String.format(
                locale,
                "Speed-dating: %d companies, %d associations — %d rounds of %d min at %d"
                    + " tables (%s)%n",
                companies,
                associations,
                format.rounds(),
                format.roundMinutes(),
                format.tables(),
                clock(format.totalMinutes())));
    if (!context.priorities().isEmpty()) {
      out.append(french ? "Fragilités prioritaires : " : "Priority fragilities: ")
          .append(
              context.priorities().stream()
                  .map(d -> french ? d.labelFr() : d.labelEn())
                  .collect(Collectors.joining(" ; ")))
          .append(System.lineSeparator());
    }
    for (Round round : schedule.rounds()) {
      out.append(System.lineSeparator())
          .append(
              String.format(
                  locale,
                  french ? "Tour %d — %s%n" : "Round %d — %s%n",
                  round.number(),
                  clock(round.startMinute())));
      for (Meeting meeting : round.meetings()) {
        out.append(
            String.format(
                locale,
                french
                    ? "  Table %d : %s ↔ %s — affinité %.1f%n"
                    : "  Table %d: %s ↔ %s — affinity %.1f%n",
                meeting.table(),
                label(meeting.company()),
                label(meeting.association()),
                meeting.affinity().total()));
        for (Reason reason : meeting.affinity().reasons()) {
          out.append(
              String.format(
                  locale,
                  "      · %s (+%.1f)%n",
                  french ? reason.fr() : reason.en(),
                  reason.points()));
        }
      }
      if (!round.onBreak().isEmpty()) {
        out.append(french ? "  Pause : " : "  Break: ")
            .append(round.onBreak().stream().map(Participant::id).collect(Collectors.joining(", ")))
            .append(System.lineSeparator());
      }
    }
    out.append(System.lineSeparator()).append(french ? "Par participant" : "Per participant");
    out.append(System.lineSeparator());
    for (Participant participant : schedule.participants()) {
      out.append("  ").append(label(participant)).append(french ? " : " : ": ");
      List<String> slots =
          schedule.forParticipant(participant.id()).stream()
              .map(
                  slot ->
                      switch (slot.status()) {
                        case MEETING -> {
                          Meeting meeting = slot.meeting().orElseThrow();
                          yield String.format(
                              locale,
                              "T%d table %d %s",
                              slot.round(),
                              meeting.table(),
                              meeting.partnerOf(participant.id()).id());
                        }
                        case BREAK -> "T" + slot.round() + (french ? " pause" : " break");
                        case ABSENT -> "T" + slot.round() + (french ? " absent" : " absent");
                      })
              .toList();
      out.append(String.join(" ; ", slots)).append(System.lineSeparator());
    }
    out.append(System.lineSeparator()).append(french ? "Par table" : "Per table");
    out.append(System.lineSeparator());
    for (int table = 1; table <= format.tables(); table++) {
      List<String> slots =
          schedule.forTable(table).stream()
              .map(
                  slot ->
                      "T"
                          + slot.round()
                          + " "
                          + slot.meeting()
                              .map(m -> m.company().id() + " ↔ " + m.association().id())
                              .orElse(french ? "libre" : "free"))
              .toList();
      out.append(String.format(locale, french ? "  Table %d : " : "  Table %d: ", table))
          .append(String.join(" ; ", slots))
          .append(System.lineSeparator());
    }
    out.append(System.lineSeparator())
        .append(
            String.format(
                locale,
                french
                    ? "Affinité totale : %.1f — borne supérieure : %.1f — %.1f %% de la borne%n"
                    : "Total affinity: %.1f — upper bound: %.1f — %.1f %% of the bound%n",
                plan.totalAffinity(),
                plan.upperBound(),
                100 * plan.ratio()));
    return out.toString();
  }

  private static String label(Participant participant) {
    return participant.name().equals(participant.id())
        ? participant.id()
        : participant.id() + " " + participant.name();
  }

  private static String clock(int minutes) {
    return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
  }
}
