package org.phare.cli;

import java.util.NoSuchElementException;
import org.phare.cli.diagnostic.DiagnoseCommand;
import org.phare.cli.indicator.ImportCommand;
import org.phare.cli.matching.MatchCommand;
import org.phare.cli.survey.SurveyCommand;
import org.phare.cli.territory.TerritoryCommand;
import org.phare.core.message.RefusedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code phare} command: each subcommand is a thin face over store services. */
@Command(
    name = "phare",
    mixinStandardHelpOptions = true,
    version = "Phare 0.1.0",
    description = "Territorial diagnosis and co-construction platform.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ServeCommand.class,
      TerritoryCommand.class,
      DiagnoseCommand.class,
      ImportCommand.class,
      SurveyCommand.class,
      MatchCommand.class
    })
public final class Phare implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // Given before the subcommand (phare --lang en diagnose ...): some subcommands have a --lang of
  // their own for their output.
  @CommandLine.Option(
      names = "--lang",
      paramLabel = "fr|en",
      description = "Language of messages (default: from LANG, else French).")
  void language(String language) {
    CliMessages.choose(language);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Builds the command line with every subcommand registered; tests use it too. */
  public static CommandLine commandLine() {
    return new CommandLine(new Phare())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (exception, commandLine, parseResult) -> {
              if (commandLine
                  .getCommand()
                  .getClass()
                  .getPackageName()
                  .equals("org.phare.cli.survey")) {
                return SurveyCommand.handle(exception, commandLine, parseResult);
              }
              if (exception instanceof RefusedException refused) {
                return CliMessages.report(refused, commandLine.getErr());
              }
              if (exception instanceof IllegalArgumentException
                  || exception instanceof NoSuchElementException
                  || exception instanceof IllegalStateException) {
                // user errors (unknown territory, bad option value, invalid data): a message, no
                // trace
                commandLine.getErr().println("phare: " + exception.getMessage());
                return 2;
              }
              throw exception;
            });
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
