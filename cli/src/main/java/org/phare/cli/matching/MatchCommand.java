package org.phare.cli.matching;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code phare match}: mise en relation between companies and associations. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = "Mise en relation entreprises / associations (speed-dating plans).",
    subcommands = {MatchPlanCommand.class})
public final class MatchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
