package org.phare.cli.matching;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.phare.cli.CliMessages;
import org.phare.core.indicator.Domain;
import org.phare.core.matching.AffinityContext;
import org.phare.core.matching.AffinityModel;
import org.phare.core.matching.EventFormat;
import org.phare.core.matching.Participant;
import org.phare.core.matching.SpeedDatingPlan;
import org.phare.core.matching.SpeedDatingPlanner;
import org.phare.store.ecosystem.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code phare match plan}: plans the rounds of a speed-dating from a participants CSV and prints
 * them as text (French by default) or JSON.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Plans a speed-dating between companies and associations: who meets whom, at which table,"
          + " in which round, and why.",
      "Participants CSV columns: id, side (company|association), domains (codes separated by |),"
          + " commune, objectives (codes separated by |); optional: name, epci, departement,"
          + " region, categories."
    })
public final class MatchPlanCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  /** Language of the text output. */
  enum Lang {
    FR,
    EN
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--participants", required = true, description = "Participants CSV file.")
  Path participants;

  @Option(names = "--rounds", required = true, description = "Number of rounds.")
  int rounds;

  @Option(names = "--tables", required = true, description = "Number of tables.")
  int tables;

  @Option(
      names = "--round-minutes",
      defaultValue = "8",
      description = "Length of a round in minutes (default: ${DEFAULT-VALUE}).")
  int roundMinutes;

  @Option(
      names = "--priorities",
      split = ",",
      description = "Priority fragility domains of the territory, e.g. EMPLOYMENT,HEALTH.")
  List<String> priorities = List.of();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--lang",
      defaultValue = "fr",
      description = "Language of the text output: ${COMPLETION-CANDIDATES} (default: fr).")
  Lang lang;

  @Override
  public Integer call() {
    EventFormat eventFormat;
    Set<Domain> priorityDomains = EnumSet.noneOf(Domain.class);
    try {
      eventFormat = new EventFormat(rounds, tables, roundMinutes);
      for (String code : priorities) {
        priorityDomains.add(Domain.parse(code));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.message(e));
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Participant> list;
    try {
      list = ParticipantsCsv.read(participants);
    } catch (ImportException e) {
      for (ImportException.LineError problem : e.errors()) {
        err.println(
            CliMessages.located(
                problem.file(),
                problem.line(),
                problem.column(),
                problem.field(),
                problem.reason()));
      }
      err.flush();
      return 1;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage() + ": " + e.getCause().getMessage());
      err.flush();
      return 1;
    }
    AffinityContext context = new AffinityContext(priorityDomains);
    SpeedDatingPlan plan =
        new SpeedDatingPlanner(AffinityModel.withDefaults()).plan(list, context, eventFormat);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(PlanJson.write(plan, context));
    } else {
      out.print(new PlanText(lang == Lang.FR).render(plan, context));
    }
    out.flush();
    return 0;
  }
}
