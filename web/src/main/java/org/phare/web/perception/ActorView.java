package org.phare.web.perception;

import java.util.List;
import org.phare.web.Option;
import org.phare.web.chart.Figure;
import org.phare.web.i18n.Lang;

/**
 * The dashboard by actor: perception results of one actor type, nationally or for a region; the
 * badge ("données simulées" or "") and the notes follow the provenance of the figures shown.
 */
public record ActorView(
    Lang lang,
    String title,
    List<Option> actors,
    List<Option> regions,
    List<Option> domains,
    Figure map,
    List<Figure> charts,
    String badge,
    List<String> notes) {}
