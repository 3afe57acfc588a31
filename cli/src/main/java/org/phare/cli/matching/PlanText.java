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
import org.phare.core.text.Numbers;

/**
 * Printable text form of a plan: the rounds table by table with the reasons of each pairing, then
 * one line per participant, then the quality figures. French (decimal comma) or English.
 */
final class PlanText {

  private final boolean french;
  private final Numbers numbers;

  PlanText(boolean french) {
    this.french = french;
    this.numbers = french ? Numbers.french() : Numbers.english();
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
                Locale.ROOT,
                "Speed-dating : %d entreprises, %d associations — %d tours de %d min sur %d"
                    + " tables (%s)%n",
                companies,
                associations,
                format.rounds(),
                format.roundMinutes(),
                format.tables(),
                clock(format.totalMinutes()))
            : String.format(
                Locale.ROOT,
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
                  Locale.ROOT,
                  french ? "Tour %d — %s%n" : "Round %d — %s%n",
                  round.number(),
                  clock(round.startMinute())));
      for (Meeting meeting : round.meetings()) {
        out.append(
            String.format(
                Locale.ROOT,
                french
                    ? "  Table %d : %s ↔ %s — affinité %s%n"
                    : "  Table %d: %s ↔ %s — affinity %s%n",
                meeting.table(),
                label(meeting.company()),
                label(meeting.association()),
                numbers.fixed(meeting.affinity().total(), 1)));
        for (Reason reason : meeting.affinity().reasons()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "      · %s (%s)%n",
                  french ? reason.fr() : reason.en(),
                  numbers.signed(reason.points(), 1)));
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
                              Locale.ROOT,
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
      out.append(String.format(Locale.ROOT, french ? "  Table %d : " : "  Table %d: ", table))
          .append(String.join(" ; ", slots))
          .append(System.lineSeparator());
    }
    out.append(System.lineSeparator())
        .append(
            String.format(
                Locale.ROOT,
                french
                    ? "Affinité totale : %s — borne supérieure : %s — %s de la borne%n"
                    : "Total affinity: %s — upper bound: %s — %s of the bound%n",
                numbers.fixed(plan.totalAffinity(), 1),
                numbers.fixed(plan.upperBound(), 1),
                numbers.percentOfFraction(plan.ratio(), 1)));
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
