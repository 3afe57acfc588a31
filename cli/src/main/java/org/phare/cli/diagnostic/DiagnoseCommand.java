package org.phare.cli.diagnostic;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.phare.cli.DatabaseOptions;
import org.phare.cli.OutputFormat;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.Numbers;
import org.phare.store.PhareServices;
import org.phare.store.diagnostic.DiagnosticDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phare diagnose}: a territory's objective fragilities against a reference. */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    description =
        "Objective diagnostic of a territory: indicators and the 16 domains against a reference.")
public final class DiagnoseCommand implements Callable<Integer> {

  @Option(names = "--territory", required = true, description = "COG code (SIREN for an EPCI)")
  String code;

  @Option(names = "--level", required = true, description = "region, departement, epci or commune")
  String level;

  @Option(
      names = "--reference",
      defaultValue = "national",
      description = "national, parent or peers (default: ${DEFAULT-VALUE})")
  String reference;

  @Option(names = "--vintage", description = "latest vintage to use, e.g. 2021 (default: latest)")
  String vintage;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "json, csv or text (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    TerritoryId id = TerritoryId.of(Level.parse(level), code);
    Reference ref = Reference.parse(reference);
    try (PhareServices phare = PhareServices.open(database.settings())) {
      TerritoryDiagnostic diagnostic = phare.diagnostics().diagnose(id, ref, vintage);
      IdentityCard card = phare.territories().identityCard(id);
      switch (format) {
        case JSON ->
            System.out.println(
                new ObjectMapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(DiagnosticDocuments.diagnostic(diagnostic, card)));
        case CSV -> System.out.print(DiagnosticDocuments.csv(diagnostic));
        case TEXT -> System.out.print(text(diagnostic));
      }
      return 0;
    }
  }

  static String text(TerritoryDiagnostic diagnostic) {
    Numbers fr = Numbers.french();
    StringBuilder out = new StringBuilder();
    out.append(diagnostic.territory().name())
        .append(" — comparaison : ")
        .append(diagnostic.reference().labelFr());
    if (diagnostic.referenceTerritory() != null) {
      out.append(" (").append(diagnostic.referenceTerritory().name()).append(')');
    }
    out.append('\n');
    out.append("Fragilités prioritaires : ");
    out.append(
        diagnostic.priorities().isEmpty()
            ? "aucune"
            : String.join(", ", diagnostic.priorities().stream().map(d -> d.labelFr()).toList()));
    out.append("\n\n");
    for (DomainResult domain : diagnostic.domains()) {
      out.append(String.format("%-42s ", domain.domain().labelFr()));
      if (domain.hasData()) {
        out.append("score ")
            .append(fr.signed(domain.score(), 2))
            .append("  rang ")
            .append(domain.rank())
            .append('/')
            .append(domain.of())
            .append("  (")
            .append(domain.indicatorCount())
            .append(" indicateur(s))\n");
      } else {
        out.append("pas de donnée\n");
      }
      for (IndicatorResult r : domain.indicators()) {
        if (!r.hasValue()) {
          continue;
        }
        out.append("    ")
            .append(r.indicator().labelFr())
            .append(" (")
            .append(r.vintage())
            .append(") : ")
            .append(fr.decimal(r.value(), 2))
            .append(' ')
            .append(r.indicator().unit())
            .append(" ; référence ")
            .append(fr.decimal(r.referenceValue(), 2))
            .append(" ; rang ")
            .append(r.rank())
            .append('/')
            .append(r.of())
            .append('\n');
      }
    }
    return out.toString();
  }
}
