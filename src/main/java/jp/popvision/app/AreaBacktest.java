package jp.popvision.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.IntFunction;
import jp.popvision.engine.Migration;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolvedScenario;

/**
 * The backtest of one area from one base year with every method, using only {@code
 * full.knownAt(baseYear)}; the later census totals of {@code full} are read only to compare.
 *
 * <p>Methods (net migration estimated by the census-survival residual method, {@link
 * Backtest#residualNet}: the end census minus the closed projection of the start census; Siegel
 * &amp; Swanson, <i>The Methods and Materials of Demography</i>, 2nd ed., 2004; births from the
 * base census's child-woman ratio, survival from the WPP 2024 life table of each period, except
 * {@code default}): {@code net-rates} (rates of base − 5 → base held), {@code net-rates-avg2} and
 * {@code net-rates-avg3} (rates averaged over the last two or three intercensal periods), {@code
 * net-rates-shrunk} (area rates blended with the prefecture's: weight P / (P + {@link #SHRINK_K})
 * on the area, P its base population), {@code net-counts} (residual net migrants held), {@code
 * cohort-change} (cohort change ratios held), {@code register-counts} (only where a register
 * exists), {@code cohort-change-avg2} (Hamilton–Perry with the ratios of the last two periods
 * averaged), {@code average} (mean of net-rates, net-counts and cohort-change), {@code
 * net-rates-tfr} and {@code cohort-change-tfr} (the same migration as net-rates / cohort-change,
 * births from the area's TFR × WPP age pattern as {@code default}) and {@code default} (the shipped
 * configuration: TFR × WPP age pattern, net counts with the residual profile, END timing; see
 * {@link AreaMethods#defaultTfr}). {@code default} and {@code net-counts} differ only in fertility.
 *
 * <p>The estimates and projections of the methods are in {@link AreaMethods}.
 */
public final class AreaBacktest {
  private AreaBacktest() {}

  /** Methods in output order ({@code register-counts} only for areas with a register). */
  public static final List<String> METHODS =
      List.of(
          "net-rates",
          "net-rates-avg2",
          "net-rates-avg3",
          "net-rates-shrunk",
          "net-counts",
          "cohort-change",
          "cohort-change-avg2",
          "register-counts",
          "average",
          "net-rates-tfr",
          "cohort-change-tfr",
          "default");

  /** The official projection compared for base 2015. */
  public static final String IPSS = "ipss-h30";

  /**
   * Population at which an area's own rates get half the weight against its prefecture's: fixed
   * before any backtest was run (a town of 10,000 has about 500 persons per 5-year age-sex group),
   * not tuned.
   */
  public static final double SHRINK_K = 10_000;

  /** Years projected to (the last census in the data). */
  static final int LAST_YEAR = 2020;

  /** One projected total against the census. */
  public record Row(
      String areaCode,
      String method,
      int baseYear,
      int year,
      double projected,
      double actual,
      double basePopulation) {
    public double errorPct() {
      return 100 * (projected - actual) / actual;
    }
  }

  /** One projected age-sex structure against the census of a year up to 2015. */
  public record AgeRow(
      String areaCode,
      String method,
      int baseYear,
      int year,
      double basePopulation,
      Population projected,
      Population actual) {
    /**
     * Index of dissimilarity (percentage points) between the projected and the census age-sex
     * distributions: half the sum over the 2 × groups cells of the absolute difference of the
     * cell's share of the total.
     */
    public double dissimilarity() {
      double p = projected.total();
      double a = actual.total();
      double sum = 0;
      for (int i = 0; i < actual.groups().count(); i++) {
        sum += Math.abs(projected.male().get(i) / p - actual.male().get(i) / a);
        sum += Math.abs(projected.female().get(i) / p - actual.female().get(i) / a);
      }
      return 50 * sum;
    }

    /** Mean absolute % error over the age-sex cells whose census count is above zero. */
    public double cellMape() {
      double sum = 0;
      int n = 0;
      for (int i = 0; i < actual.groups().count(); i++) {
        for (int s = 0; s < 2; s++) {
          double a = s == 0 ? actual.male().get(i) : actual.female().get(i);
          double q = s == 0 ? projected.male().get(i) : projected.female().get(i);
          if (a > 0) {
            sum += Math.abs(q - a) / a;
            n++;
          }
        }
      }
      return n == 0 ? Double.NaN : 100 * sum / n;
    }
  }

  /** The total rows and the age-structure rows of one area and base year. */
  public record Out(List<Row> totals, List<AgeRow> ages) {}

  /**
   * Rows of {@code full}'s area from {@code baseYear}, one per method and later census;
   * prefectureRates gives the prefecture's residual rates of the period starting at a year (null
   * when unknown). A method that cannot be estimated (e.g. an empty age group) is left out and
   * named in {@code failed}.
   */
  public static List<Row> run(
      InputData full,
      int baseYear,
      IntFunction<Migration.NetRates> prefectureRates,
      List<String> failed) {
    return runAll(full, baseYear, prefectureRates, failed).totals();
  }

  /**
   * As {@link #run}, with the projected age-sex structure of every method against each later census
   * that has one (up to 2015).
   */
  public static Out runAll(
      InputData full,
      int baseYear,
      IntFunction<Migration.NetRates> prefectureRates,
      List<String> failed) {
    InputData known = full.knownAt(baseYear);
    String code = full.area() == null ? "" : full.area().code();
    Population base = known.census().get(baseYear);
    if (base == null || !known.census().containsKey(baseYear - 5) || !(base.total() > 0)) {
      return new Out(ipss(full, baseYear), List.of());
    }
    int steps = (LAST_YEAR - baseYear) / 5;
    ResolvedScenario cwr = AreaMethods.resolve(known, baseYear, steps, AreaMethods.cwrFertility());
    AreaMethods.Residual last;
    try {
      last = AreaMethods.residual(known, baseYear - 5);
    } catch (RuntimeException e) {
      failed.add(code + " " + baseYear + " residual: " + e.getMessage());
      return new Out(ipss(full, baseYear), List.of());
    }
    Map<String, Population[]> totals =
        AreaMethodRuns.run(
            code,
            baseYear,
            failed,
            known,
            new AreaMethodRuns.Base(base, cwr, steps),
            last,
            prefectureRates);
    return rows(full, totals, base, baseYear, steps);
  }

  /** The rows of every method against each later census, in {@link #METHODS} order, then IPSS. */
  private static Out rows(
      InputData full, Map<String, Population[]> totals, Population base, int baseYear, int steps) {
    String code = full.area() == null ? "" : full.area().code();
    List<Row> rows = new ArrayList<>();
    List<AgeRow> ages = new ArrayList<>();
    for (String m : METHODS) {
      Population[] t = totals.get(m);
      for (int i = 0; t != null && i < steps; i++) {
        int year = baseYear + 5 * (i + 1);
        var actual = full.observed().get(year);
        if (actual != null && actual.total() > 0) {
          rows.add(new Row(code, m, baseYear, year, t[i].total(), actual.total(), base.total()));
        }
        Population cells = full.census().get(year);
        if (cells != null && cells.total() > 0 && cells.groups().equals(t[i].groups())) {
          ages.add(new AgeRow(code, m, baseYear, year, base.total(), t[i], cells));
        }
      }
    }
    rows.addAll(ipss(full, baseYear));
    return new Out(rows, ages);
  }

  /** The IPSS 2018 row of base 2015 (its 2020 figure against the 2020 census), if any. */
  static List<Row> ipss(InputData full, int baseYear) {
    NavigableMap<Integer, Population> ipss = full.ipssH30();
    var actual = full.observed().get(LAST_YEAR);
    Population base = full.census().get(baseYear);
    if (baseYear != 2015 || !ipss.containsKey(LAST_YEAR) || actual == null || base == null) {
      return List.of();
    }
    String code = full.area() == null ? "" : full.area().code();
    return List.of(
        new Row(
            code,
            IPSS,
            baseYear,
            LAST_YEAR,
            ipss.get(LAST_YEAR).total(),
            actual.total(),
            base.total()));
  }

  static Migration.NetRates blend(Migration.NetRates own, Migration.NetRates pref, double w) {
    if (pref == null) {
      throw new IllegalStateException("no prefecture rates");
    }
    return new Migration.NetRates(
        own.male().scale(w).plus(pref.male().scale(1 - w)),
        own.female().scale(w).plus(pref.female().scale(1 - w)));
  }
}
