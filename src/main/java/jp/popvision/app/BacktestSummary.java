package jp.popvision.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.popvision.engine.Quantiles;

/**
 * Error statistics of a national backtest by method, base year, target year and size class, as the
 * small-area literature reports them (Smith, Tayman & Swanson, <i>State and Local Population
 * Projections</i>, 2001, ch. 13): median and mean absolute percentage error, mean signed percentage
 * error and the 90th percentile of the absolute error (type-7 quantiles, {@link Quantiles}); the
 * same for age structures. Written by {@link BacktestCsv}.
 */
public final class BacktestSummary {
  private BacktestSummary() {}

  /** Size classes by base-year population, in output order; {@code all} last. */
  public static final List<String> SIZE_CLASSES =
      List.of("lt5000", "5000-19999", "20000-99999", "ge100000", "all");

  /** One line of {@code backtest_summary.csv}. */
  public record Line(
      String method,
      int baseYear,
      int year,
      int areas,
      double medianApe,
      double mape,
      double meanPe,
      double p90Ape,
      String sizeClass) {
    public int horizon() {
      return year - baseYear;
    }
  }

  /** The size class of a base population. */
  public static String sizeClass(double basePopulation) {
    if (basePopulation < 5_000) {
      return SIZE_CLASSES.get(0);
    }
    if (basePopulation < 20_000) {
      return SIZE_CLASSES.get(1);
    }
    return basePopulation < 100_000 ? SIZE_CLASSES.get(2) : SIZE_CLASSES.get(3);
  }

  /**
   * The method chosen on targets up to {@link #SELECTION_LAST_YEAR} only: the lowest median
   * absolute error over all areas, averaged over every base year and target year up to it (the 2020
   * targets are never looked at). Null when no method has such lines.
   */
  public static String choose(List<Line> lines, List<String> candidates) {
    String best = null;
    double bestScore = Double.POSITIVE_INFINITY;
    for (String m : candidates) {
      double sum = 0;
      int n = 0;
      for (Line l : lines) {
        if (l.method().equals(m)
            && l.sizeClass().equals("all")
            && l.year() <= SELECTION_LAST_YEAR) {
          sum += l.medianApe();
          n++;
        }
      }
      if (n > 0 && sum / n < bestScore) {
        bestScore = sum / n;
        best = m;
      }
    }
    return best;
  }

  /** The last target year the default is chosen on. */
  public static final int SELECTION_LAST_YEAR = 2015;

  /** Statistics of the rows, by method (in {@code methods} order), base year, year, size class. */
  public static List<Line> of(List<AreaBacktest.Row> rows, List<String> methods) {
    Map<String, Map<String, List<Double>>> byKey = new TreeMap<>();
    java.util.Set<String> ipssAreas = new java.util.HashSet<>();
    for (AreaBacktest.Row r : rows) {
      if (r.method().equals(AreaBacktest.IPSS)) {
        ipssAreas.add(r.areaCode());
      }
    }
    for (AreaBacktest.Row r : rows) {
      if (r.baseYear() == 2015
          && r.year() == AreaBacktest.LAST_YEAR
          && !ipssAreas.isEmpty()
          && !ipssAreas.contains(r.areaCode())) {
        continue; // 2015 → 2020 over the areas IPSS 2018 projected, as the comparison needs
      }
      String key = r.baseYear() + "/" + r.year();
      Map<String, List<Double>> g =
          byKey.computeIfAbsent(r.method() + "|" + key, k -> new LinkedHashMap<>());
      g.computeIfAbsent(sizeClass(r.basePopulation()), k -> new ArrayList<>()).add(r.errorPct());
      g.computeIfAbsent("all", k -> new ArrayList<>()).add(r.errorPct());
    }
    List<Line> out = new ArrayList<>();
    for (String m : methods) {
      for (var e : byKey.entrySet()) {
        String[] k = e.getKey().split("\\|");
        if (!k[0].equals(m)) {
          continue;
        }
        String[] years = k[1].split("/");
        for (String size : SIZE_CLASSES) {
          List<Double> errors = e.getValue().get(size);
          if (errors != null) {
            out.add(line(m, Integer.parseInt(years[0]), Integer.parseInt(years[1]), size, errors));
          }
        }
      }
    }
    return out;
  }

  static Line line(String method, int base, int year, String size, List<Double> errors) {
    double[] abs = new double[errors.size()];
    double sumAbs = 0;
    double sum = 0;
    for (int i = 0; i < abs.length; i++) {
      double e = errors.get(i);
      abs[i] = Math.abs(e);
      sumAbs += abs[i];
      sum += e;
    }
    double[] q =
        Quantiles.of(Arrays.copyOf(abs, abs.length), 0, abs.length, new double[] {0.5, 0.9});
    return new Line(
        method, base, year, abs.length, q[0], sumAbs / abs.length, sum / abs.length, q[1], size);
  }

  // ---- age structure

  /** The age-structure errors of one projection: {@link AreaBacktest.AgeRow} without the cells. */
  public record AgeStat(
      String areaCode,
      String method,
      int baseYear,
      int year,
      double basePopulation,
      double dissimilarity,
      double cellMape) {
    static AgeStat of(AreaBacktest.AgeRow r) {
      return new AgeStat(
          r.areaCode(),
          r.method(),
          r.baseYear(),
          r.year(),
          r.basePopulation(),
          r.dissimilarity(),
          r.cellMape());
    }
  }

  /**
   * One line of {@code backtest_ages_summary.csv}: over the areas, the median, mean and 90th
   * percentile of the index of dissimilarity between the projected and the census age-sex
   * distributions (percentage points; Duncan &amp; Duncan 1955, the measure Smith, Tayman &amp;
   * Swanson use for the accuracy of projected age structures), and the median over areas of the
   * mean absolute % error of the age-sex cells.
   */
  public record AgeLine(
      String method,
      int baseYear,
      int year,
      int areas,
      double medianId,
      double meanId,
      double p90Id,
      double medianCellMape,
      String sizeClass) {
    public int horizon() {
      return year - baseYear;
    }
  }

  /** Age-structure statistics by method (in {@code methods} order), base year, year, size class. */
  public static List<AgeLine> ages(List<AgeStat> stats, List<String> methods) {
    Map<String, Map<String, List<AgeStat>>> byKey = new TreeMap<>();
    for (AgeStat r : stats) {
      Map<String, List<AgeStat>> g =
          byKey.computeIfAbsent(
              r.method() + "|" + r.baseYear() + "/" + r.year(), k -> new LinkedHashMap<>());
      g.computeIfAbsent(sizeClass(r.basePopulation()), k -> new ArrayList<>()).add(r);
      g.computeIfAbsent("all", k -> new ArrayList<>()).add(r);
    }
    List<AgeLine> out = new ArrayList<>();
    for (String m : methods) {
      for (var e : byKey.entrySet()) {
        String[] k = e.getKey().split("\\|");
        if (!k[0].equals(m)) {
          continue;
        }
        String[] years = k[1].split("/");
        for (String size : SIZE_CLASSES) {
          List<AgeStat> g = e.getValue().get(size);
          if (g == null) {
            continue;
          }
          double[] id = g.stream().mapToDouble(AgeStat::dissimilarity).toArray();
          double[] cm = g.stream().mapToDouble(AgeStat::cellMape).toArray();
          double[] q = Quantiles.of(id.clone(), 0, id.length, new double[] {0.5, 0.9});
          double[] qc = Quantiles.of(cm.clone(), 0, cm.length, new double[] {0.5});
          out.add(
              new AgeLine(
                  m,
                  Integer.parseInt(years[0]),
                  Integer.parseInt(years[1]),
                  id.length,
                  q[0],
                  Arrays.stream(id).average().orElse(Double.NaN),
                  q[1],
                  qc[0],
                  size));
        }
      }
    }
    return out;
  }
}
