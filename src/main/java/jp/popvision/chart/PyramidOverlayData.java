package jp.popvision.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import jp.popvision.model.Population;

/**
 * {@code pyramid_compare_<year>.png}: one scenario's pyramid at {@code year} with other populations
 * of the same year (e.g. 現状推移 and 社人研) and the base year drawn as outlines, all on one scale.
 *
 * @param bars the scenario's pyramid (its own outline is not drawn)
 * @param barsLabel the scenario's name in the legend
 * @param overlays the outlines
 */
public record PyramidOverlayData(PyramidData bars, String barsLabel, List<Overlay> overlays) {
  /** One outline: its legend text, population, colour and whether it is dashed. */
  public record Overlay(String label, Population population, Color color, boolean dashed) {}

  public PyramidOverlayData {
    overlays = List.copyOf(overlays);
  }

  public String fileName() {
    return "pyramid_compare_" + bars.year() + ".png";
  }

  /** Named populations to compare with a scenario's population {@code main}. */
  public record Named(String label, Population population) {}

  /**
   * The scenario's population with the base-year population (solid) and the others (dashed, in the
   * scenario colours 1, 2, …) as outlines; the scale is the largest group of any of them.
   */
  public static PyramidOverlayData of(
      String mainLabel, Population main, Named base, List<Named> others) {
    double max = PyramidData.largestGroup(main);
    List<Overlay> overlays = new ArrayList<>();
    if (base != null) {
      overlays.add(new Overlay(base.label(), base.population(), Palette.OUTLINE, false));
      max = Math.max(max, PyramidData.largestGroup(base.population()));
    }
    for (int i = 0; i < others.size(); i++) {
      Named n = others.get(i);
      overlays.add(new Overlay(n.label(), n.population(), Palette.scenario(i + 1), true));
      max = Math.max(max, PyramidData.largestGroup(n.population()));
    }
    return new PyramidOverlayData(
        new PyramidData(main, null, Ticks.niceCeiling(max)), mainLabel, overlays);
  }
}
