package org.phare.cli;

import org.phare.cli.survey.SurveyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code phare} command: each subcommand is a thin face over store services. */
@Command(
    name = "phare",
    mixinStandardHelpOptions = true,
    version = "Phare 0.1.0",
    description = "Territorial diagnosis and co-construction platform.",
    subcommands = {CommandLine.HelpCommand.class, SurveyCommand.class})
public final class Phare implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Builds the command line with every subcommand registered; tests use it too. */
  public static CommandLine commandLine() {
    return new CommandLine(new Phare())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (e, cmd, parseResult) -> {
              if (cmd.getCommand().getClass().getPackageName().equals("org.phare.cli.survey")) {
                return SurveyCommand.handle(e, cmd, parseResult);
              }
              throw e;
            });
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
