package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import jp.popvision.engine.Projection;
import jp.popvision.model.Population;

/**
 * The data of {@code backtest.png}: one panel per base year with the census totals (points), each
 * method's projected totals from that base (lines) and, where it applies, the official IPSS
 * projection made from the same base (dashed). Pure.
 */
public record BacktestChartData(List<Panel> panels) {
  /** One base year. */
  public record Panel(
      int baseYear,
      List<YearValue> census,
      List<TotalPopulationData.Line> methods,
      List<YearValue> official) {
    public Panel {
      census = List.copyOf(census);
      methods = List.copyOf(methods);
      official = List.copyOf(official);
    }
  }

  public BacktestChartData {
    panels = List.copyOf(panels);
  }

  /**
   * @param projections by base year, each method's projection (in method order)
   * @param censusTotals census totals by year
   * @param official official projection totals by year with its base year, or empty
   * @param officialBase the base year of {@code official}
   */
  public static BacktestChartData of(
      NavigableMap<Integer, Map<String, Projection>> projections,
      NavigableMap<Integer, Double> censusTotals,
      NavigableMap<Integer, Double> official,
      int officialBase) {
    List<Panel> panels = new ArrayList<>();
    for (var e : projections.entrySet()) {
      int base = e.getKey();
      List<TotalPopulationData.Line> lines = new ArrayList<>();
      int last = base;
      for (var m : e.getValue().entrySet()) {
        List<YearValue> pts = new ArrayList<>();
        for (Population p : m.getValue().populations()) {
          pts.add(new YearValue(p.year(), p.total()));
          last = Math.max(last, p.year());
        }
        lines.add(new TotalPopulationData.Line(m.getKey(), m.getKey(), pts));
      }
      List<YearValue> census = new ArrayList<>();
      censusTotals
          .subMap(base - 10, true, last, true)
          .forEach((y, v) -> census.add(new YearValue(y, v)));
      List<YearValue> off = new ArrayList<>();
      if (base == officialBase) {
        official.headMap(last, true).forEach((y, v) -> off.add(new YearValue(y, v)));
      }
      panels.add(new Panel(base, census, lines, off));
    }
    return new BacktestChartData(panels);
  }

  /** Largest and smallest value drawn, for a shared y axis. */
  public double[] range() {
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (Panel p : panels) {
      List<List<YearValue>> all = new ArrayList<>();
      all.add(p.census());
      all.add(p.official());
      p.methods().forEach(l -> all.add(l.points()));
      for (List<YearValue> s : all) {
        for (YearValue v : s) {
          lo = Math.min(lo, v.value());
          hi = Math.max(hi, v.value());
        }
      }
    }
    return new double[] {lo, hi};
  }
}
