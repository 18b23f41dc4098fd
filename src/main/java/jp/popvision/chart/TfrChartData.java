package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.scenario.TfrEstimate;

/**
 * The series of {@code tfr.png} (合計特殊出生率の比較): the area's published TFR estimates, its prefecture's,
 * and Japan's annual TFR, each where the data have it. Nothing is filled in: a missing series is
 * named in {@link #missing()} for the chart's note.
 *
 * @param areaName the area's name
 * @param area the area's estimates (spans of years)
 * @param prefecture the prefecture's estimates (empty when the data have none)
 * @param japan Japan's published annual TFR
 * @param missing what the data lack: {@code "area"}, {@code "prefecture"}, {@code "japan"}
 */
public record TfrChartData(
    String areaName,
    List<TfrEstimate> area,
    List<TfrEstimate> prefecture,
    List<YearValue> japan,
    List<String> missing) {
  /** File name of the chart. */
  public static final String FILE = "tfr.png";

  public TfrChartData {
    area = List.copyOf(area);
    prefecture = List.copyOf(prefecture);
    japan = List.copyOf(japan);
    missing = List.copyOf(missing);
  }

  /**
   * Picks the area's and the prefecture's estimates by code (the prefecture's code is the area
   * code's first two digits followed by {@code 000}) and Japan's annual series.
   */
  public static TfrChartData of(
      String areaCode,
      String areaName,
      List<TfrEstimate> estimates,
      Map<Integer, Double> japanByYear) {
    String pref = areaCode.substring(0, 2) + "000";
    List<TfrEstimate> area = estimates.stream().filter(e -> e.code().equals(areaCode)).toList();
    List<TfrEstimate> prefecture = estimates.stream().filter(e -> e.code().equals(pref)).toList();
    List<YearValue> japan = new ArrayList<>();
    new java.util.TreeMap<>(japanByYear).forEach((y, v) -> japan.add(new YearValue(y, v)));
    List<String> missing = new ArrayList<>();
    if (area.isEmpty()) {
      missing.add("area");
    }
    if (prefecture.isEmpty()) {
      missing.add("prefecture");
    }
    if (japan.isEmpty()) {
      missing.add("japan");
    }
    return new TfrChartData(areaName, area, prefecture, japan, missing);
  }

  public boolean isEmpty() {
    return area.isEmpty() && prefecture.isEmpty() && japan.isEmpty();
  }

  /** First and last year of any series. */
  public int[] years() {
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (YearValue p : japan) {
      lo = Math.min(lo, p.year());
      hi = Math.max(hi, p.year());
    }
    for (List<TfrEstimate> l : List.of(area, prefecture)) {
      for (TfrEstimate e : l) {
        lo = Math.min(lo, e.fromYear());
        hi = Math.max(hi, e.toYear());
      }
    }
    return new int[] {lo, hi};
  }
}
