package org.phare.cli.territory;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.phare.cli.DatabaseOptions;
import org.phare.cli.OutputFormat;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Level;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.Numbers;
import org.phare.store.PhareServices;
import org.phare.store.diagnostic.DiagnosticDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phare territory}: the identity card of a territory. */
@Command(
    name = "territory",
    mixinStandardHelpOptions = true,
    description =
        "Identity card of a territory: population, share of France, communes, départements.")
public final class TerritoryCommand implements Callable<Integer> {

  @Option(
      names = "--code",
      required = true,
      description = "COG code (SIREN for an EPCI, FR for France)")
  String code;

  @Option(
      names = "--level",
      required = true,
      description = "country, region, departement, epci or commune")
  String level;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "json or text (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    try (PhareServices phare = PhareServices.open(database.settings())) {
      IdentityCard card =
          phare.territories().identityCard(TerritoryId.of(Level.parse(level), code));
      if (format == OutputFormat.JSON) {
        System.out.println(
            new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(DiagnosticDocuments.identityCard(card)));
      } else {
        Numbers fr = Numbers.french();
        System.out.println(
            card.territory().name() + " (" + card.territory().level().labelFr() + " " + code + ")");
        System.out.println("  population : " + fr.integer(card.population()));
        System.out.println(
            "  part de la France : " + fr.percentOfFraction(card.shareOfNationalPopulation(), 2));
        System.out.println("  communes : " + fr.integer(card.communes()));
        System.out.println("  départements : " + card.departements());
        System.out.println("  EPCI : " + card.epcis());
      }
      return 0;
    }
  }
}
