package org.phare.web.chart;

import java.util.List;
import org.phare.core.text.Numbers;
import org.phare.web.i18n.Lang;

/**
 * Classes of values mapped to colours, shared by maps and bars so a colour means the same thing
 * everywhere. Colours are ColorBrewer RdBu (colour-blind safe); no data is a light grey.
 *
 * @param thresholds ascending class limits; class i holds values in [thresholds[i-1],
 *     thresholds[i])
 * @param colours one more colour than thresholds
 */
public record ColorScale(List<Double> thresholds, List<String> colours) {

  public static final String NO_DATA_COLOUR = "#d9d9d9";

  public ColorScale {
    thresholds = List.copyOf(thresholds);
    colours = List.copyOf(colours);
    if (colours.size() != thresholds.size() + 1) {
      throw new IllegalArgumentException("a colour scale needs one more colour than thresholds");
    }
  }

  /**
   * The scale of oriented fragility scores (standard deviations from the reference): blue is less
   * fragile, red more fragile, the middle class (within half a standard deviation) is neutral.
   */
  public static ColorScale fragility() {
    return new ColorScale(
        List.of(-1.0, -0.5, 0.5, 1.0),
        List.of("#2166ac", "#92c5de", "#ececec", "#f4a582", "#b2182b"));
  }

  /** A sequential scale from low (light) to high (dark red) over [min, max] in five classes. */
  public static ColorScale sequential(double min, double max) {
    double step = (max - min) / 5;
    return new ColorScale(
        List.of(min + step, min + 2 * step, min + 3 * step, min + 4 * step),
        List.of("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"));
  }

  public String colour(double value) {
    if (Double.isNaN(value)) {
      return NO_DATA_COLOUR;
    }
    int i = 0;
    while (i < thresholds.size() && value >= thresholds.get(i)) {
      i++;
    }
    return colours.get(i);
  }

  /** Readable label of class i ("< −1,0", "−1,0 à −0,5", "≥ 1,0"). */
  public String classLabel(int i, Lang lang) {
    Numbers numbers = lang.numbers();
    if (i == 0) {
      return "< " + numbers.fixed(thresholds.get(0), 1);
    }
    if (i == thresholds.size()) {
      return "≥ " + numbers.fixed(thresholds.get(i - 1), 1);
    }
    return numbers.fixed(thresholds.get(i - 1), 1)
        + lang.pick(" à ", " to ")
        + numbers.fixed(thresholds.get(i), 1);
  }
}
