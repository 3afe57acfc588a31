package org.phare.cli.survey;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code phare survey}: design-based estimation and calibration of perception surveys. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description = "Perception surveys: weighted estimates, comparisons, calibration.",
    subcommands = {EstimateCommand.class, RakeCommand.class, ChisqCommand.class})
public final class SurveyCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * Turns bad input into a one-line message on stderr and exit code 2 (no stack trace): the message
   * already says what and where.
   */
  public static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    Throwable t = e;
    if (t instanceof SurveyInputException
        || t instanceof IllegalArgumentException
        || t instanceof IllegalStateException
        || t instanceof java.io.UncheckedIOException) {
      cmd.getErr().println("phare survey: error: " + t.getMessage());
      return 2;
    }
    throw new IllegalStateException(e);
  }
}
