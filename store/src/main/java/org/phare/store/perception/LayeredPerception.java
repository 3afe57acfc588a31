package org.phare.store.perception;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.phare.core.territory.TerritoryReferential;

/**
 * Sources in order of preference: each figure (actor type, measure, territory) comes from the first
 * source that has it. The application's order ({@link #standard}): the studies (real respondents)
 * first, then the published national figures, then the simulation, so a real figure always wins and
 * the simulation only fills what nothing real answers. See ADR 0030 (amendment).
 */
public final class LayeredPerception implements PerceptionSource {

  private final List<PerceptionSource> layers;
  private final Function<String, String> region;

  public LayeredPerception(List<? extends PerceptionSource> layers) {
    this(layers, key -> null);
  }

  /**
   * @param region the region of a territory that is not one ({@code level:code} keys of the
   *     territorial studies): an actor type a territory's study did not survey takes the figure of
   *     the territory's region; null for none
   */
  public LayeredPerception(
      List<? extends PerceptionSource> layers, Function<String, String> region) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a layered perception source needs at least one source");
    }
    this.layers = List.copyOf(layers);
    this.region = region;
  }

  /**
   * The application's source: the given studies (may be none), the published national figures and
   * the simulated demonstration data over the referential's metropolitan regions.
   */
  public static LayeredPerception standard(
      TerritoryReferential referential, List<? extends PerceptionSource> studies) {
    List<PerceptionSource> layers = new java.util.ArrayList<>(studies);
    layers.add(new PublishedNationalFigures());
    layers.add(PerceptionStudies.demo(referential));
    return over(referential, layers);
  }

  /**
   * The layers in order, an actor type a territory's study did not survey taking the figure of the
   * territory's region in the referential.
   */
  public static LayeredPerception over(
      TerritoryReferential referential, List<? extends PerceptionSource> layers) {
    return new LayeredPerception(
        layers,
        key -> {
          if (key.indexOf(':') < 0) {
            return null;
          }
          try {
            return referential
                .find(org.phare.core.territory.TerritoryId.parse(key))
                .flatMap(t -> t.ancestor(org.phare.core.territory.Level.REGION))
                .map(org.phare.core.territory.TerritoryId::code)
                .orElse(null);
          } catch (IllegalArgumentException notATerritory) {
            return null;
          }
        });
  }

  public List<PerceptionSource> layers() {
    return layers;
  }

  /** Read from the layers at each call: a study layer gains territories as answers come. */
  @Override
  public Set<String> regions() {
    TreeSet<String> codes = new TreeSet<>();
    layers.forEach(layer -> codes.addAll(layer.regions()));
    return Collections.unmodifiableSet(codes);
  }

  @Override
  public Optional<PerceptionFigure> national(Actor actor, Measure measure) {
    return first(layer -> layer.national(actor, measure));
  }

  @Override
  public Optional<PerceptionFigure> region(Actor actor, Measure measure, String key) {
    Optional<PerceptionFigure> found = first(layer -> layer.region(actor, measure, key));
    String parent = found.isPresent() ? null : region.apply(key);
    return parent == null ? found : first(layer -> layer.region(actor, measure, parent));
  }

  private Optional<PerceptionFigure> first(
      Function<PerceptionSource, Optional<PerceptionFigure>> ask) {
    for (PerceptionSource layer : layers) {
      Optional<PerceptionFigure> found = ask.apply(layer);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Changes when any layer's version changes (a hash of the layers' versions in order). */
  @Override
  public long version() {
    long v = 17;
    for (PerceptionSource layer : layers) {
      v = 31 * v + layer.version();
    }
    return v;
  }
}
