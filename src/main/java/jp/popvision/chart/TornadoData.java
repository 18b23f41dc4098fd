package jp.popvision.chart;

import java.util.List;
import jp.popvision.results.TornadoBar;

/**
 * The bars of {@code tornado_<year>.png}: one indicator in one year, one bar per lever change,
 * largest swing first (the order of {@code tornado.csv}).
 *
 * @param year the year shown
 * @param indicator {@code total}, {@code age_0_14} or {@code age_65_plus}
 * @param base the indicator in the scenario's own run
 * @param bars largest swing first
 */
public record TornadoData(int year, String indicator, double base, List<TornadoBar> bars) {
  public TornadoData {
    bars = List.copyOf(bars);
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("a tornado needs at least one bar");
    }
  }

  /** The bars of {@code year} and {@code indicator} from a tornado, in rank order. */
  public static TornadoData of(List<TornadoBar> all, int year, String indicator) {
    List<TornadoBar> bars =
        all.stream()
            .filter(b -> b.year() == year && b.indicator().equals(indicator))
            .sorted(java.util.Comparator.comparingInt(TornadoBar::rank))
            .toList();
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("no tornado bars for " + year + " " + indicator);
    }
    return new TornadoData(year, indicator, bars.get(0).populationBase(), bars);
  }

  /** Smallest and largest value any bar reaches (the base included). */
  public double min() {
    double m = base;
    for (TornadoBar b : bars) {
      m = Math.min(m, Math.min(b.populationLow(), b.populationHigh()));
    }
    return m;
  }

  public double max() {
    double m = base;
    for (TornadoBar b : bars) {
      m = Math.max(m, Math.max(b.populationLow(), b.populationHigh()));
    }
    return m;
  }

  public String fileName() {
    return "tornado_" + year + ".png";
  }
}
