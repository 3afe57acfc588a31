package org.phare.web.report;

import static org.phare.web.account.Api.guarded;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phare.core.diagnostic.DomainResult;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.Reference;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.web.PhareData;
import org.phare.web.RouteModule;
import org.phare.web.account.Api;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * One territory's diagnosis as JSON, the figures of the report's part 2: {@code GET
 * /api/territories/{territory}/diagnostic} ({@code departement:45}, like the other {@code
 * /api/territories/{territory}/…} routes), with {@code ref=national|parent|peers} or the user's
 * peers {@code pairs=18,41} (codes of the same level, as on the report page; unknown codes refused
 * in French, {@code diagnostic.peers.unknown}). Every domain gives its score, the number of
 * indicators used and scored, the minimum it needs, and its status ({@code score}, {@code
 * insufficient} below the minimum, {@code no-data}); every indicator its value, reference value,
 * gap, oriented score and rank; the peers are named. A missing number is {@code null}, never NaN.
 * Documented in docs/openapi.yaml.
 */
public final class DiagnosticApi implements RouteModule {

  public static final String PATH = "/api/territories/{territory}/diagnostic";

  private final PhareData data;

  public DiagnosticApi(PhareData data) {
    this.data = data;
  }

  @Override
  public void register(Javalin app) {
    app.get(PATH, guarded(this::diagnostic));
  }

  private void diagnostic(Context ctx) {
    TerritoryId id = TerritoryId.parse(ctx.pathParam("territory"));
    data.referential().require(id);
    Lang lang = Messages.apiLang(ctx);
    List<TerritoryId> peers = ReportRoutes.peers(ctx, id);
    String ref = ctx.queryParam("ref");
    TerritoryDiagnostic d =
        peers.isEmpty()
            ? data.diagnose(
                id, ref == null || ref.isBlank() ? Reference.NATIONAL : Reference.parse(ref))
            : data.diagnose(id, peers);
    Api.json(ctx, 200, json(d, lang));
  }

  /** The diagnosis as a tree of maps and lists, labels in {@code lang}. */
  static Map<String, Object> json(TerritoryDiagnostic d, Lang lang) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("territory", territory(d.territory()));
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("code", d.chosenPeers() ? "chosen-peers" : d.reference().code());
    reference.put(
        "label",
        d.chosenPeers()
            ? lang.pick("médiane des territoires pairs choisis", "median of the chosen peers")
            : lang.pick(d.reference().labelFr(), d.reference().labelEn()));
    reference.put(
        "territory", d.referenceTerritory() == null ? null : territory(d.referenceTerritory()));
    body.put("reference", reference);
    body.put("chosenPeers", d.chosenPeers());
    body.put("peerCount", d.peerCount());
    body.put("peers", d.peers().stream().map(DiagnosticApi::territory).toList());
    body.put("priorities", d.priorities().stream().map(Enum::name).toList());
    List<Map<String, Object>> domains = new ArrayList<>();
    for (DomainResult r : d.domains()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("domain", r.domain().name());
      m.put("label", lang.pick(r.domain().labelFr(), r.domain().labelEn()));
      m.put("status", r.hasData() ? "score" : r.insufficient() ? "insufficient" : "no-data");
      m.put("score", number(r.score()));
      m.put("indicatorsUsed", r.indicatorCount());
      m.put("indicatorsScored", r.scoredIndicators());
      m.put("minimum", r.minimum());
      m.put("rank", r.rank() == 0 ? null : r.rank());
      m.put("of", r.of());
      List<Map<String, Object>> indicators = new ArrayList<>();
      for (IndicatorResult i : r.indicators()) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("code", i.indicator().code());
        n.put("label", lang.pick(i.indicator().labelFr(), i.indicator().labelEn()));
        n.put("unit", i.indicator().unit());
        n.put("polarity", i.indicator().polarity().name());
        n.put("vintage", i.vintage());
        n.put("value", number(i.value()));
        n.put("reference", number(i.referenceValue()));
        n.put("gap", number(i.gap()));
        n.put("score", number(i.score()));
        n.put("rank", i.rank() == 0 ? null : i.rank());
        n.put("of", i.of());
        n.put("aggregated", i.aggregated());
        n.put("source", i.indicator().source());
        indicators.add(n);
      }
      m.put("indicators", indicators);
      domains.add(m);
    }
    body.put("domains", domains);
    return body;
  }

  private static Map<String, Object> territory(Territory t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id().toString());
    m.put("level", t.id().level().code());
    m.put("code", t.id().code());
    m.put("name", t.name());
    return m;
  }

  private static Double number(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
  }
}
