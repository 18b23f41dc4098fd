package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.model.Population;

/**
 * The series of {@code total_population.png}: census totals as points, one line per projected
 * scenario (one for {@code simulate}; several when scenarios are compared), the official IPSS
 * projections as reference lines, and the years whose projected values are labelled.
 *
 * @param census census total population by year (actuals)
 * @param projections total population of each scenario at every projected instant
 * @param ipssH30 IPSS 平成30年推計 totals (empty if not available)
 * @param ipssR5 IPSS 令和5年推計 totals (empty if not available)
 * @param labelYears years labelled on each projection line (only those inside it)
 */
public record TotalPopulationData(
    List<YearValue> census,
    List<Line> projections,
    List<YearValue> ipssH30,
    List<YearValue> ipssR5,
    List<Integer> labelYears) {

  /** Years labelled by default (the horizon end is added). */
  public static final List<Integer> KEY_YEARS = List.of(2040, 2060);

  /** One projected scenario. */
  public record Line(String name, String title, List<YearValue> points) {
    public Line {
      points = List.copyOf(points);
    }

    /** The value at {@code year}, or null. */
    public Double at(int year) {
      for (YearValue p : points) {
        if (p.year() == year) {
          return p.value();
        }
      }
      return null;
    }
  }

  public TotalPopulationData {
    census = List.copyOf(census);
    projections = List.copyOf(projections);
    ipssH30 = List.copyOf(ipssH30);
    ipssR5 = List.copyOf(ipssR5);
    labelYears = List.copyOf(labelYears);
  }

  /** Builds the data for one or more scenarios against the same references. */
  public static TotalPopulationData of(List<ScenarioRun> runs, ChartReferences refs) {
    List<Line> lines = new ArrayList<>();
    int lastYear = Integer.MIN_VALUE;
    for (ScenarioRun run : runs) {
      List<YearValue> pts = new ArrayList<>();
      for (Population p : run.projection().populations()) {
        pts.add(new YearValue(p.year(), p.total()));
      }
      lines.add(new Line(run.name(), run.title(), pts));
      lastYear = Math.max(lastYear, run.projection().last().year());
    }
    // values are labelled for a single scenario; with several, labels would pile up (the
    // comparison's bar charts carry the values)
    List<Integer> labels = new ArrayList<>();
    if (runs.size() == 1) {
      for (int y : KEY_YEARS) {
        if (y < lastYear) {
          labels.add(y);
        }
      }
      labels.add(lastYear);
    }
    List<YearValue> h30 = new ArrayList<>();
    for (Population p : refs.ipssH30().values()) {
      h30.add(new YearValue(p.year(), p.total()));
    }
    return new TotalPopulationData(
        points(refs.censusTotals()), lines, h30, points(refs.ipssR5Totals()), labels);
  }

  private static List<YearValue> points(Map<Integer, Double> byYear) {
    List<YearValue> out = new ArrayList<>();
    byYear.forEach((y, v) -> out.add(new YearValue(y, v)));
    return out;
  }

  /** Largest value drawn (for the y axis). */
  public double max() {
    double m = 0;
    for (List<YearValue> s : List.of(census, ipssH30, ipssR5)) {
      for (YearValue p : s) {
        m = Math.max(m, p.value());
      }
    }
    for (Line l : projections) {
      for (YearValue p : l.points()) {
        m = Math.max(m, p.value());
      }
    }
    return m;
  }
}
