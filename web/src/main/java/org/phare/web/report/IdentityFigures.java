package org.phare.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phare.core.diagnostic.IndicatorResult;
import org.phare.core.diagnostic.TerritoryDiagnostic;
import org.phare.core.indicator.Aggregation;
import org.phare.core.territory.IdentityCard;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryReferential;
import org.phare.web.map.GeoAtlas;

/**
 * The key figures of a territory with their share of the national total (part 1 of the report):
 * population, area, density, communes, départements, EPCI, and the additive indicators the data
 * holds (GDP...). Machine values, formatted by the caller.
 */
public final class IdentityFigures {

  /** Additive indicators shown in the identity card when the territory has a value. */
  static final List<String> ADDITIVE =
      List.of(
          "pib-valeur",
          "logement-construction-neuve",
          "nombre-contrats-apprentissage",
          "bpe-medecins-generalistes",
          "bpe-colleges",
          "bpe-lycees");

  /**
   * A key figure.
   *
   * @param key stable key (CSV column)
   * @param value the territory's value, NaN when unknown
   * @param national France's value, NaN when not meaningful
   * @param unit unit as shown
   * @param source producer and vintage
   */
  public record Figure(
      String key,
      String labelFr,
      String labelEn,
      double value,
      double national,
      String unit,
      String source) {

    /** Share of the national total, NaN when either value is missing. */
    public double share() {
      return Double.isNaN(value) || !(national > 0) ? Double.NaN : value / national;
    }
  }

  private IdentityFigures() {}

  public static List<Figure> of(
      Territory territory,
      TerritoryReferential referential,
      GeoAtlas atlas,
      TerritoryDiagnostic nationalDiagnostic) {
    IdentityCard card = referential.identityCard(territory.id());
    Territory country = referential.country();
    List<Figure> figures = new ArrayList<>();
    String cog = "INSEE, populations légales en vigueur 2026 (COG 2026)";
    figures.add(
        new Figure(
            "population",
            "Population",
            "Population",
            card.population() >= 0 ? card.population() : Double.NaN,
            country.population(),
            "hab.",
            cog));
    double area = area(territory, referential, atlas);
    double franceArea = area(country, referential, atlas);
    String areaSource =
        "Calcul Phare : surface équivalente (ellipsoïde GRS80, sphère authalique) des contours "
            + GeoAtlas.SOURCE;
    figures.add(
        new Figure("superficie", "Superficie", "Area", area, franceArea, "km²", areaSource));
    parentOf(territory)
        .flatMap(referential::find)
        .ifPresent(
            parent -> {
              double parentArea = area(parent, referential, atlas);
              if (!Double.isNaN(area) && parentArea > 0) {
                String ofFr =
                    switch (parent.level()) {
                      case EPCI -> "de l’EPCI";
                      case DEPARTEMENT -> "du département";
                      default -> "de la région";
                    };
                figures.add(
                    new Figure(
                        "superficie-part-parent",
                        "Part de la superficie " + ofFr,
                        "Share of the " + parent.level().labelEn() + "'s area",
                        100 * area / parentArea,
                        Double.NaN,
                        "%",
                        "Calcul Phare : superficie / superficie de « " + parent.name() + " »"));
              }
            });
    if (!Double.isNaN(area) && card.population() > 0) {
      figures.add(
          new Figure(
              "densite",
              "Densité",
              "Density",
              card.population() / area,
              Double.NaN,
              "hab./km²",
              "Calcul Phare : population / superficie"));
    }
    figures.add(
        new Figure(
            "communes",
            "Communes",
            "Communes",
            card.communes(),
            referential.size(Level.COMMUNE),
            "",
            "COG 2026"));
    if (territory.level().compareTo(Level.DEPARTEMENT) < 0) {
      figures.add(
          new Figure(
              "departements",
              "Départements",
              "Départements",
              card.departements(),
              referential.size(Level.DEPARTEMENT),
              "",
              "COG 2026"));
    }
    if (territory.level().compareTo(Level.EPCI) < 0) {
      figures.add(
          new Figure(
              "epci",
              "EPCI à fiscalité propre",
              "Intercommunalities (EPCI)",
              card.epcis(),
              referential.size(Level.EPCI),
              "",
              "DGCL 2026 (rattachement au département de plus grande population)"));
    }
    if (nationalDiagnostic != null) {
      for (String code : ADDITIVE) {
        find(nationalDiagnostic, code)
            .filter(IndicatorResult::hasValue)
            .filter(r -> r.indicator().aggregation() == Aggregation.SUM)
            .ifPresent(
                r ->
                    figures.add(
                        new Figure(
                            code,
                            r.indicator().labelFr(),
                            r.indicator().labelEn(),
                            r.value(),
                            r.referenceValue(),
                            r.indicator().unit(),
                            r.indicator().source() + " (" + r.vintage() + ")")));
      }
    }
    return figures;
  }

  private static Optional<IndicatorResult> find(TerritoryDiagnostic diagnostic, String code) {
    return diagnostic.domains().stream()
        .flatMap(d -> d.indicators().stream())
        .filter(r -> r.indicator().code().equals(code))
        .findFirst();
  }

  /**
   * The territory whose area a territory's area is compared with: a commune's EPCI (its département
   * without one), an EPCI's or a département's region... (France is the other column).
   */
  static Optional<org.phare.core.territory.TerritoryId> parentOf(Territory territory) {
    return switch (territory.level()) {
      case COMMUNE ->
          territory.ancestor(Level.EPCI).or(() -> territory.ancestor(Level.DEPARTEMENT));
      case EPCI -> territory.ancestor(Level.DEPARTEMENT);
      case DEPARTEMENT -> territory.ancestor(Level.REGION);
      default -> Optional.empty();
    };
  }

  /**
   * Area in km² from the outlines: a region or département from its own outline, a commune or EPCI
   * from its union of IGN 2018 commune outlines ({@link org.phare.store.geo.CommuneOutlines}),
   * France as the sum of the 18 regions; NaN without an outline (COM, communes re-created since
   * 2018).
   */
  static double area(Territory territory, TerritoryReferential referential, GeoAtlas atlas) {
    return switch (territory.level()) {
      case REGION, DEPARTEMENT -> atlas.areaKm2(territory.level(), territory.code());
      case COMMUNE, EPCI ->
          atlas.hasCommunes() ? atlas.areaKm2(territory.level(), territory.code()) : Double.NaN;
      case COUNTRY -> atlas.totalAreaKm2(Level.REGION);
    };
  }
}
