package org.phare.store.indicator;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every format Phare reads, and which one reads a file (detected from its header). */
public final class SourceFormats {

  private static final List<SourceFormat> ALL =
      List.of(
          new ChomageLocaliseFormat(),
          new PibRegionauxFormat(),
          new PopulationEstimationsFormat(),
          new ImmigrationFormat(),
          new DelinquanceFormat(),
          new LogementDepartementsFormat(),
          new SanteProfessionnelsFormat(),
          new EnergieProductionFormat(),
          BarometreFormat.detail(),
          BarometreFormat.synthesis(),
          FilosofiFormat.departements2013(),
          FilosofiFormat.communesAndEpci2016(),
          new BpeFormat(),
          new ParisIrisFormat(),
          new Rp2018Format(),
          new ItddFormat(),
          new OtKitsFormat(),
          new OtSofieFormat(),
          new DreesMinimaFormat(),
          new MuseesFormat(),
          GenericFormat.longFormat(),
          GenericFormat.wideFormat());

  /**
   * The columns that identify each format's header: a header holding every column of a signature is
   * of that format. Signatures are chosen so that no two published formats share one; the generic
   * {@code long} header also holds the {@code wide} signature, and the longest signature wins (see
   * {@link #detect(List)}).
   */
  private static final Map<String, List<String>> SIGNATURES =
      Map.ofEntries(
          Map.entry("chomage-localise", List.of("niveau", "code", "periode", "taux_chomage")),
          Map.entry(
              "pib-regionaux",
              List.of("indicateur", "code_region", "annee", "valeur", "valeur_brute")),
          Map.entry(
              "population-estimations", List.of("annee", "code_departement", "ensemble_total")),
          Map.entry("immigration", List.of("part_immigres_pct")),
          Map.entry(
              "delinquance",
              List.of("Code_departement", "annee", "indicateur", "nombre", "taux_pour_mille")),
          Map.entry(
              "logement-departements",
              List.of("annee_publication", "code_departement", "nombre_de_logements")),
          Map.entry(
              "sante-professionnels",
              List.of("profession", "code_departement", "annee", "effectif")),
          Map.entry(
              "energie-production", List.of("annee", "code_departement", "domaine_de_tension")),
          Map.entry("barometre-detail", List.of("id_indicateur", "date", "valeur")),
          Map.entry(
              "barometre-synthese",
              List.of("id_indicateur", "date_valeur_actuelle", "valeur_actuelle")),
          Map.entry(
              "filosofi-2013-departements",
              List.of("Code géographique", "Nombre de personnes dans les ménages fiscaux")),
          Map.entry("filosofi-2016", List.of("CODGEO", "NBPERSMENFISC16", "MED16")),
          Map.entry("bpe", List.of("DEPCOM", "DCIRIS", "AN", "TYPEQU", "NB_EQUIP")),
          Map.entry("paris-iris", List.of("IRIS", "COM", "C17_ACTOCC15P")),
          Map.entry("rp2018-communes", List.of("code_insee", "pop_tot", "pop_act_15p")),
          Map.entry(
              "itdd", List.of("dimension", "niveau", "code", "indicateur", "annee", "valeur")),
          Map.entry("ot-kits", List.of("ID_1", "ID_5", "ID_9")),
          Map.entry("ot-sofie", List.of("epci2018", "Indic", "SEXE", "valeur")),
          Map.entry("drees-minima", List.of("tableau", "code_departement", "colonne", "valeur")),
          Map.entry("musees", List.of("ref_musee", "annee", "total", "code_departement")),
          Map.entry("long", List.of("indicator", "level", "code", "vintage", "value")),
          Map.entry("wide", List.of("level", "code", "vintage")));

  private SourceFormats() {}

  public static List<SourceFormat> all() {
    return ALL;
  }

  /**
   * The format with this name.
   *
   * @throws IllegalArgumentException listing the known names
   */
  public static SourceFormat byName(String name) {
    return ALL.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format '" + name + "' (known: " + names() + ")"));
  }

  private static String names() {
    return ALL.stream().map(SourceFormat::name).collect(Collectors.joining(", "));
  }

  /**
   * The format whose signature the header holds (names compared after stripping spaces), the
   * longest signature when several match; empty when none does. The one detection of the CLI and
   * the web.
   */
  public static Optional<SourceFormat> detect(List<String> header) {
    Set<String> columns = new HashSet<>();
    header.forEach(name -> columns.add(name.strip()));
    SourceFormat best = null;
    int bestSize = 0;
    for (SourceFormat format : ALL) {
      List<String> signature = SIGNATURES.get(format.name());
      if (signature != null && signature.size() > bestSize && columns.containsAll(signature)) {
        best = format;
        bestSize = signature.size();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The format of a file, from its header line.
   *
   * @throws ImportException {@code import.header.unknown-format} on line 1 when no format has these
   *     columns, or the header's own problem (encoding, empty file)
   */
  public static SourceFormat detect(Path file, ReadOptions options) throws ImportException {
    List<String> header = CsvSource.header(file, options);
    return detect(header)
        .orElseThrow(
            () ->
                ImportException.of(
                    file,
                    1,
                    1,
                    "(header)",
                    "import.header.unknown-format",
                    "header",
                    String.join(", ", header),
                    "formats",
                    names()));
  }

  /** The format of a name, or the detected one when the name is null or blank. */
  public static SourceFormat named(String name, Path file, ReadOptions options)
      throws ImportException {
    return name == null || name.isBlank() ? detect(file, options) : byName(name);
  }
}
