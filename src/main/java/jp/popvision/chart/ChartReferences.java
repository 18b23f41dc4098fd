package jp.popvision.chart;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ObservedTotals;

/**
 * Observed and official figures charts draw next to a projection, already read and checked (see
 * {@code io.AreaData}).
 *
 * @param censusTotals census total population by year (1980–2020; 2020 has no age breakdown)
 * @param census census population by sex and age by year (1980–2015)
 * @param ipssH30 IPSS 平成30年推計 population by sex and age by year (2015–2045)
 * @param ipssR5Totals IPSS 令和5年推計 total population by year (2020–2050)
 */
public record ChartReferences(
    NavigableMap<Integer, Double> censusTotals,
    NavigableMap<Integer, Population> census,
    NavigableMap<Integer, Population> ipssH30,
    NavigableMap<Integer, Double> ipssR5Totals) {
  public ChartReferences {
    censusTotals = Collections.unmodifiableNavigableMap(new TreeMap<>(censusTotals));
    census = Collections.unmodifiableNavigableMap(new TreeMap<>(census));
    ipssH30 = Collections.unmodifiableNavigableMap(new TreeMap<>(ipssH30));
    ipssR5Totals = Collections.unmodifiableNavigableMap(new TreeMap<>(ipssR5Totals));
  }

  /** The references in the data a scenario was resolved against. */
  public static ChartReferences of(InputData data) {
    return new ChartReferences(
        totals(data.observed()), data.census(), data.ipssH30(), totals(data.ipssR5()));
  }

  private static NavigableMap<Integer, Double> totals(Map<Integer, ObservedTotals> byYear) {
    NavigableMap<Integer, Double> out = new TreeMap<>();
    byYear.forEach((year, t) -> out.put(year, t.total()));
    return out;
  }

  /** No reference figures (charts then show the projection alone). */
  public static ChartReferences none() {
    return new ChartReferences(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
  }
}
