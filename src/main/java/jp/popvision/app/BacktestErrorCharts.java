package jp.popvision.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.popvision.chart.BacktestBoxChart;
import jp.popvision.chart.Lang;

/**
 * The box-plot charts of {@link NationalBacktest}: the errors of the 2020 population projected from
 * one base year, by method and size class, on the areas IPSS 2018 projected.
 */
final class BacktestErrorCharts {
  private BacktestErrorCharts() {}

  /** The methods of the box-plot charts; IPSS 2018 last, as the reference. */
  static final List<String> CHART_METHODS =
      List.of(
          "net-rates",
          "net-rates-avg2",
          "net-counts",
          "cohort-change",
          "cohort-change-avg2",
          "default",
          AreaBacktest.IPSS);

  /**
   * Box plots of the errors of the 2020 population projected from {@code baseYear}, on the areas
   * IPSS 2018 projected, by size class; IPSS 2018's 2015 → 2020 errors are the reference.
   */
  static byte[] chart(List<AreaBacktest.Row> rows, int baseYear, Lang lang, int dpi) {
    Set<String> ipss = new HashSet<>();
    rows.stream()
        .filter(r -> r.method().equals(AreaBacktest.IPSS))
        .forEach(r -> ipss.add(r.areaCode()));
    List<BacktestBoxChart.Series> series = new ArrayList<>();
    for (String m : CHART_METHODS) {
      boolean ref = m.equals(AreaBacktest.IPSS);
      int base = ref ? 2015 : baseYear;
      List<double[]> byClass = new ArrayList<>();
      for (String size : BacktestSummary.SIZE_CLASSES) {
        byClass.add(
            rows.stream()
                .filter(
                    r ->
                        r.method().equals(m)
                            && r.baseYear() == base
                            && r.year() == AreaBacktest.LAST_YEAR
                            && ipss.contains(r.areaCode())
                            && (size.equals("all")
                                || BacktestSummary.sizeClass(r.basePopulation()).equals(size)))
                .mapToDouble(AreaBacktest.Row::errorPct)
                .toArray());
      }
      series.add(new BacktestBoxChart.Series(m, ref, byClass));
    }
    return BacktestBoxChart.render(
        lang, baseYear, AreaBacktest.LAST_YEAR, ipss.size(), series, dpi);
  }
}
