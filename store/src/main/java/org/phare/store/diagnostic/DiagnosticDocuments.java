package org.phare.store.diagnostic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Territory;

/**
 * The JSON and CSV shapes of identity cards and diagnostics, shared by the CLI and the web API.
 * Missing values are JSON {@code null} and empty CSV cells, never zero.
 */
public final class DiagnosticDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DiagnosticDocuments() {}

  public static ObjectNode identityCard(IdentityCard card) {
    ObjectNode node = territory(card.territory(), card);
    node.put("share_of_national_population", nullable(card.shareOfNationalPopulation()));
    if (card.parent() != null) {
      node.putObject("parent")
          .put("code", card.parent().code())
          .put("level", card.parent().level().code())
          .put("name", card.parent().name());
    }
    node.put("regions", card.regions());
    node.put("departements", card.departements());
    node.put("epcis", card.epcis());
    return node;
  }

  private static ObjectNode territory(Territory territory, IdentityCard card) {
    ObjectNode node = JSON.createObjectNode();
    node.put("code", territory.code());
    node.put("level", territory.level().code());
    node.put("name", territory.name());
    if (territory.population() >= 0) {
      node.put("population", territory.population());
    } else {
      node.putNull("population");
    }
    node.put("communes", card.communes());
    return node;
  }

  /** {@code territory{...}, reference, priorities[], domains[{..., indicators[...]}]}. */
  public static ObjectNode diagnostic(TerritoryDiagnostic diagnostic, IdentityCard card) {
    ObjectNode root = JSON.createObjectNode();
    root.set("territory", territory(diagnostic.territory(), card));
    ObjectNode reference = root.putObject("reference");
    reference.put("kind", diagnostic.reference().code());
    if (diagnostic.referenceTerritory() != null) {
      reference.put("code", diagnostic.referenceTerritory().code());
      reference.put("level", diagnostic.referenceTerritory().level().code());
      reference.put("name", diagnostic.referenceTerritory().name());
    }
    reference.put("peers", diagnostic.peerCount());
    ArrayNode priorities = root.putArray("priorities");
    diagnostic.priorities().forEach(d -> priorities.add(d.name()));
    ArrayNode domains = root.putArray("domains");
    for (DomainResult domain : diagnostic.domains()) {
      ObjectNode d = domains.addObject();
      d.put("code", domain.domain().name());
      d.put("label", domain.domain().labelFr());
      d.put("criterion", domain.domain().criterion().name());
      d.put("score", nullable(domain.score()));
      d.put("rank", domain.hasData() ? domain.rank() : null);
      d.put("of", domain.of());
      d.put("indicator_count", domain.indicatorCount());
      d.put("scored_indicators", domain.scoredIndicators());
      d.put("minimum_indicators", domain.minimum());
      d.put(
          "status",
          domain.hasData() ? "scored" : domain.insufficient() ? "insufficient_data" : "no_data");
      ArrayNode indicators = d.putArray("indicators");
      for (IndicatorResult result : domain.indicators()) {
        ObjectNode i = indicators.addObject();
        i.put("code", result.indicator().code());
        i.put("label", result.indicator().labelFr());
        i.put("unit", result.indicator().unit());
        i.put("vintage", result.vintage());
        i.put("value", nullable(result.value()));
        i.put("reference_value", nullable(result.referenceValue()));
        i.put("gap", nullable(result.gap()));
        i.put("score", nullable(result.score()));
        i.put("rank", result.hasValue() ? result.rank() : null);
        i.put("of", result.of());
        i.put("percentile", nullable(result.percentile()));
        i.put("aggregated", result.aggregated());
        i.put("source", result.indicator().source());
        if (result.trend() != null) {
          i.putObject("trend")
              .put("since", result.trend().earlierVintage())
              .put("earlier_value", result.trend().earlierValue())
              .put("change", result.trend().change())
              .put("direction", result.trend().direction().name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return root;
  }

  /** One CSV line per indicator, with its domain columns; machine format (dot decimals). */
  public static String csv(TerritoryDiagnostic diagnostic) {
    StringBuilder out =
        new StringBuilder(
            "territory_code,territory_level,domain,criterion,domain_score,domain_rank,domain_of,"
                + "indicator,vintage,value,reference_value,gap,score,rank,of,percentile,aggregated\n");
    Territory t = diagnostic.territory();
    for (DomainResult domain : diagnostic.domains()) {
      for (IndicatorResult r : domain.indicators()) {
        out.append(t.code()).append(',').append(t.level().code()).append(',');
        out.append(domain.domain().name()).append(',').append(domain.domain().criterion().name());
        out.append(',').append(cell(domain.score())).append(',');
        out.append(domain.hasData() ? domain.rank() : "").append(',').append(domain.of());
        out.append(',').append(r.indicator().code()).append(',');
        out.append(r.vintage() == null ? "" : r.vintage()).append(',');
        out.append(cell(r.value())).append(',').append(cell(r.referenceValue())).append(',');
        out.append(cell(r.gap())).append(',').append(cell(r.score())).append(',');
        out.append(r.hasValue() ? r.rank() : "").append(',').append(r.of()).append(',');
        out.append(cell(r.percentile())).append(',').append(r.aggregated()).append('\n');
      }
    }
    return out.toString();
  }

  private static String cell(double value) {
    return Double.isNaN(value) ? "" : Double.toString(value);
  }

  private static Double nullable(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
  }
}
