package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.model.Population;

/**
 * The data of {@code scenarios_<year>.png}: for each scenario that reaches {@code year}, its
 * population in the three broad age groups (年少・生産年齢・老年人口). Pure.
 */
public record ComparisonBarsData(int year, List<Bar> bars) {
  /** One scenario's bar, in the order the scenarios were given. */
  public record Bar(
      String name, String title, double age0to14, double age15to64, double age65plus) {
    public double total() {
      return age0to14 + age15to64 + age65plus;
    }
  }

  public ComparisonBarsData {
    bars = List.copyOf(bars);
  }

  public static ComparisonBarsData of(List<ScenarioRun> runs, int year) {
    List<Bar> bars = new ArrayList<>();
    for (ScenarioRun r : runs) {
      Population p = r.projection().at(year);
      if (p != null) {
        bars.add(
            new Bar(r.name(), r.title(), p.sumAges(0, 14), p.sumAges(15, 64), p.sumAges(65, -1)));
      }
    }
    return new ComparisonBarsData(year, bars);
  }

  /** Largest total (for the axis). */
  public double max() {
    return bars.stream().mapToDouble(Bar::total).max().orElse(0);
  }

  public String fileName() {
    return "scenarios_" + year + ".png";
  }
}
