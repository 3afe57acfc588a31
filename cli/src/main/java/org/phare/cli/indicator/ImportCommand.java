package org.phare.cli.indicator;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phare.cli.CliMessages;
import org.phare.cli.ConsoleProgress;
import org.phare.cli.DatabaseOptions;
import org.phare.core.message.Refusal;
import org.phare.store.PhareServices;
import org.phare.store.indicator.ImportError;
import org.phare.store.indicator.ImportException;
import org.phare.store.indicator.ImportPreview;
import org.phare.store.indicator.IndicatorStore;
import org.phare.store.indicator.ReadOptions;
import org.phare.store.indicator.SourceFormat;
import org.phare.store.indicator.SourceFormats;
import org.phare.store.message.MessageCatalogue;
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

  /** {@code phare import indicators --file F [--format NAME] [--dry-run] [--lang fr|en]}. */
  @Command(
      name = "indicators",
      mixinStandardHelpOptions = true,
      description = {
        "Imports indicator values from a file, all or nothing: every bad row is listed with its"
            + " line, column and field, and then nothing is stored.",
        "The format is detected from the header unless --format names it.",
        "--dry-run reads and checks the file and says what would change, writing nothing.",
        "Re-importing the same file changes nothing."
      })
  public static final class Indicators implements Callable<Integer> {

    @Option(names = "--file", required = true, description = "the CSV file")
    Path file;

    @Option(
        names = "--format",
        description = "file format (default: detected from the header); --list-formats shows them")
    String format;

    @Option(
        names = "--dry-run",
        description = "check the file and show what would change, without storing anything")
    boolean dryRun;

    @Option(
        names = "--lang",
        defaultValue = "fr",
        description = "language of the messages: fr (default) or en")
    String lang;

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
      Locale locale = "en".equals(lang) ? MessageCatalogue.ENGLISH : MessageCatalogue.FRENCH;
      boolean english = locale == MessageCatalogue.ENGLISH;
      ReadOptions options = new ReadOptions(encoding, delimiter);
      try (PhareServices phare = PhareServices.open(database.settings(), progress)) {
        if (dryRun) {
          ImportPreview preview = phare.indicatorImports().preview(file, format, options);
          System.out.println(preview(preview, english));
          preview.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
          return 0;
        }
        IndicatorStore.ImportResult result =
            phare.indicatorImports().importFile(file, format, options, progress);
        System.out.printf(
            "%s (%s): %d values read, %d inserted, %d updated, %d unchanged%n",
            result.file(),
            result.format(),
            result.rows(),
            result.inserted(),
            result.updated(),
            result.unchanged());
        result.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        return 0;
      } catch (ImportException e) {
        printErrors(e, locale);
        return 2;
      }
    }

    /** Every problem with where it is ({@link CliMessages#located}), then the count. */
    private void printErrors(ImportException e, Locale locale) {
      java.io.PrintWriter err = spec.commandLine().getErr();
      MessageCatalogue messages = MessageCatalogue.get();
      for (ImportError error : e.errors()) {
        err.println(
            CliMessages.located(
                locale,
                String.valueOf(e.file()),
                error.line(),
                error.column(),
                error.field(),
                error.refusal()));
      }
      if (e.total() > e.errors().size()) {
        err.println(
            messages.render(
                Refusal.of("import.more-problems", "", "count", e.total() - e.errors().size()),
                locale));
      }
      err.println(messages.render(Refusal.of("import.refused", "", "count", e.total()), locale));
    }

    private static String preview(ImportPreview p, boolean english) {
      String list =
          english
              ? "%s%n  format: %s%n  values: %d%n  indicators: %s%n  levels: %s%n  vintages: %s%n  would insert %d, update %d, leave %d unchanged (nothing stored: dry run)"
              : "%s%n  format : %s%n  valeurs : %d%n  indicateurs : %s%n  niveaux : %s%n  millésimes : %s%n  nouvelles valeurs : %d, modifiées : %d, inchangées : %d (rien n'est enregistré : simulation)";
      return String.format(
          Locale.ROOT,
          list,
          english ? "Dry run" : "Simulation",
          p.format(),
          p.rows(),
          String.join(", ", p.indicators()),
          p.levels().stream()
              .map(l -> english ? l.labelEn() : l.labelFr())
              .collect(java.util.stream.Collectors.joining(", ")),
          String.join(", ", p.vintages()),
          p.inserted(),
          p.updated(),
          p.unchanged());
    }
  }
}
