package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.results.QuantileTable;

/**
 * The data of {@code fan_chart.png}: for every projected year the total population's 2.5, 10, 25,
 * 50, 75, 90 and 97.5 % quantiles (the 95 %, 80 % and 50 % bands and the median), the scenario's
 * own (deterministic) run, and census totals as points.
 *
 * @param rows one per year, in order
 * @param census census totals from {@link #CENSUS_YEARS_BEFORE} years before the base year on
 * @param trajectories number of trajectories behind the quantiles
 * @param seed their seed
 * @param noise the deviations behind the fan (shown as a note)
 */
public record FanChartData(
    List<Row> rows, List<YearValue> census, int trajectories, long seed, List<Noise> noise) {

  /**
   * One source of deviations: {@code tfr} (children per woman), {@code net_migration} (persons per
   * 5 years) or {@code e0} (years), with its standard deviation and autocorrelation.
   */
  public record Noise(String source, double sd, double autocorrelation) {}

  /** Census points shown before the base year. */
  public static final int CENSUS_YEARS_BEFORE = 20;

  /** Years whose median is labelled (those inside the projection; the horizon is added). */
  public static final List<Integer> LABEL_YEARS = List.of(2040, 2060);

  /** Quantiles of one year. */
  public record Row(
      int year,
      double p2_5,
      double p10,
      double p25,
      double p50,
      double p75,
      double p90,
      double p97_5,
      double deterministic) {
    public Row {
      double[] q = {p2_5, p10, p25, p50, p75, p90, p97_5};
      for (int k = 1; k < q.length; k++) {
        if (!(q[k - 1] <= q[k])) {
          throw new IllegalArgumentException("quantiles of " + year + " are not ordered");
        }
      }
    }
  }

  public FanChartData {
    rows = List.copyOf(rows);
    census = List.copyOf(census);
    noise = List.copyOf(noise);
    if (rows.size() < 2) {
      throw new IllegalArgumentException("a fan chart needs at least two years");
    }
  }

  /**
   * The total population's quantiles from {@code q} (probabilities 0.025, 0.1, 0.25, 0.5, 0.75,
   * 0.9, 0.975 in this order) and the census totals of {@code refs}.
   */
  public static FanChartData of(QuantileTable q, ChartReferences refs, List<Noise> noise) {
    double[] expected = {0.025, 0.10, 0.25, 0.50, 0.75, 0.90, 0.975};
    if (!java.util.Arrays.equals(expected, q.probabilities())) {
      throw new IllegalArgumentException(
          "the fan chart needs the quantiles " + java.util.Arrays.toString(expected));
    }
    int total = q.indicators().indexOf("total");
    List<Row> rows = new ArrayList<>();
    for (int y = 0; y < q.years().size(); y++) {
      rows.add(
          new Row(
              q.years().get(y),
              q.quantile(y, total, 0),
              q.quantile(y, total, 1),
              q.quantile(y, total, 2),
              q.quantile(y, total, 3),
              q.quantile(y, total, 4),
              q.quantile(y, total, 5),
              q.quantile(y, total, 6),
              q.deterministic(y, total)));
    }
    int from = rows.get(0).year() - CENSUS_YEARS_BEFORE;
    int to = rows.get(rows.size() - 1).year();
    List<YearValue> census = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : refs.censusTotals().entrySet()) {
      if (e.getKey() >= from && e.getKey() <= to) {
        census.add(new YearValue(e.getKey(), e.getValue()));
      }
    }
    return new FanChartData(rows, census, q.trajectories(), q.seed(), noise);
  }

  public int firstYear() {
    return Math.min(
        rows.get(0).year(), census.isEmpty() ? Integer.MAX_VALUE : census.get(0).year());
  }

  public int lastYear() {
    return rows.get(rows.size() - 1).year();
  }

  public double max() {
    double m = 0;
    for (Row r : rows) {
      m = Math.max(m, Math.max(r.p97_5(), r.deterministic()));
    }
    for (YearValue c : census) {
      m = Math.max(m, c.value());
    }
    return m;
  }

  /** The row of {@code year}, or null. */
  public Row at(int year) {
    for (Row r : rows) {
      if (r.year() == year) {
        return r;
      }
    }
    return null;
  }
}
