package org.phare.cli.indicator;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phare.cli.ConsoleProgress;
import org.phare.cli.DatabaseOptions;
import org.phare.store.PhareServices;
import org.phare.store.indicator.ImportException;
import org.phare.store.indicator.IndicatorStore;
import org.phare.store.indicator.ReadOptions;
import org.phare.store.indicator.SourceFormat;
import org.phare.store.indicator.SourceFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phare import}: loads data files, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Imports data files into Phare.",
    subcommands = {ImportCommand.Indicators.class})
public final class ImportCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code phare import indicators --file F [--format NAME]}. */
  @Command(
      name = "indicators",
      mixinStandardHelpOptions = true,
      description = {
        "Imports indicator values from a file, all or nothing: any bad row stops the import with"
            + " its line and column, and the stored data stays as it was.",
        "Re-importing the same file changes nothing."
      })
  public static final class Indicators implements Callable<Integer> {

    @Option(names = "--file", required = true, description = "the CSV file")
    Path file;

    @Option(
        names = "--format",
        defaultValue = "long",
        description = "file format (default: ${DEFAULT-VALUE}); --list-formats shows them all")
    String format;

    @Option(names = "--encoding", description = "UTF-8 (default, checked) or latin1")
    Charset encoding;

    @Option(names = "--delimiter", description = "field delimiter (default: detected, ';' or ',')")
    Character delimiter;

    @Option(names = "--list-formats", description = "list the known formats and exit")
    boolean listFormats;

    @Mixin DatabaseOptions database;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (listFormats) {
        for (SourceFormat f : SourceFormats.all()) {
          System.out.printf("%-28s %s%n", f.name(), f.description());
        }
        return 0;
      }
      ConsoleProgress progress = new ConsoleProgress();
      try (PhareServices phare = PhareServices.open(database.settings(), progress)) {
        IndicatorStore.ImportResult result =
            phare
                .indicatorImports()
                .importFile(file, format, new ReadOptions(encoding, delimiter), progress);
        System.out.printf(
            "%s: %d values read, %d inserted, %d updated, %d unchanged%n",
            result.file(), result.rows(), result.inserted(), result.updated(), result.unchanged());
        result.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        return 0;
      } catch (ImportException e) {
        spec.commandLine()
            .getErr()
            .println("import refused, nothing was stored: " + e.getMessage());
        return 2;
      }
    }
  }
}
