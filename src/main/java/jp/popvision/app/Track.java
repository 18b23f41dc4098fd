package jp.popvision.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;
import jp.popvision.io.KpiBlock;
import jp.popvision.io.RegisterSeries;
import jp.popvision.model.Population;
import jp.popvision.scenario.ResolvedScenario;

/**
 * The arithmetic of {@code popvision track}: the register's figures of each year since the
 * scenario's base next to the scenario's path, and each KPI of the {@code kpi:} block checked
 * against the register. Nothing is interpolated: a year the register lacks stays empty and is
 * named.
 *
 * <p>A calendar year y is set against the projection step (s, s + 5] that contains it (the step
 * from 1 October s: CY2016–2020 → 2015–20), at a fifth of the step's events per year; the projected
 * population of year y (1 October) is set against the register's at the end of CY y (1 January y +
 * 1). The projection is on a census basis, the register on its own.
 *
 * <p>Births-implied TFR of a year: the scenario's age pattern of fertility for the year's step,
 * scaled so that it gives the register's births on the register's women (mean of the year's start
 * and end, or the one of them that exists): TFR = 5 · B · Σf / Σ f_a · W_a.
 */
public final class Track {
  private Track() {}

  /** Age groups of mothers: 15–19 … 45–49 (5-year group indexes). */
  static final int MOTHER_FROM = 3;

  static final int MOTHER_TO = 9;

  /** One register period with the scenario's figures beside it (NaN: none). */
  public record Row(
      RegisterSeries.Period period,
      double social5y,
      double impliedTfr,
      String womenDates,
      double scenarioPopulation,
      double scenarioBirths,
      double scenarioDeaths,
      double scenarioSocial,
      double scenarioTfr) {
    public int year() {
      return period.year();
    }
  }

  /** How a KPI stands. */
  public enum Status {
    MET,
    NOT_MET,
    /** Years are missing and the years with data do not decide it. */
    OPEN,
    /** No year of the KPI has data. */
    NO_DATA
  }

  /**
   * A KPI against the register.
   *
   * @param actual the sum (social change) or mean (TFR) over {@code used}
   * @param margin actual − target (NaN for OPEN and NO_DATA of a sum)
   * @param needed what the missing years would need (sum, or mean TFR) to reach the target
   * @param gapChange the register's total change (natural + social) over the missing years when the
   *     populations around them give it, else NaN
   * @param scenario the scenario's own figure for the KPI years (census basis)
   */
  public record KpiResult(
      KpiBlock.Target target,
      Status status,
      double actual,
      double margin,
      List<Integer> used,
      List<Integer> missing,
      double needed,
      double gapChange,
      double scenario) {}

  /** The whole comparison. */
  public record Result(List<Row> rows, List<Integer> missing, List<KpiResult> kpis) {}

  public static Result of(
      RegisterSeries.Series register,
      ResolvedScenario scenario,
      Projection projection,
      KpiBlock.Kpis kpis) {
    int base = scenario.spec().base().year();
    List<RegisterSeries.Period> periods =
        register.periods().stream().filter(p -> p.year() >= base).toList();
    Map<Integer, RegisterSeries.Period> byYear = new TreeMap<>();
    periods.forEach(p -> byYear.putIfAbsent(p.year(), p));
    List<Row> rows = new ArrayList<>();
    for (RegisterSeries.Period p : periods) {
      int y = p.year();
      StepEvents e = step(projection, y);
      PeriodRates r = e == null ? null : rates(scenario, e.periodStart());
      double[] w = exposure(register.women(), p);
      double tfr = Double.NaN;
      String dates = w == null ? "" : dates(register.women(), p);
      double[] f = r == null ? null : schedule(r);
      if (w != null && f != null) {
        tfr = implied(p.births(), f, w);
      }
      Population at = projection.at(y);
      rows.add(
          new Row(
              p,
              social5y(byYear, y),
              tfr,
              dates,
              at == null || y == base ? Double.NaN : at.total(),
              e == null ? Double.NaN : e.births() / width(e),
              e == null ? Double.NaN : e.deaths() / width(e),
              e == null ? Double.NaN : e.netMigration() / width(e),
              f == null ? Double.NaN : 5 * sum(f)));
    }
    List<Integer> missing = new ArrayList<>();
    if (!periods.isEmpty()) {
      for (int y = periods.get(0).year(); y <= periods.get(periods.size() - 1).year(); y++) {
        if (!byYear.containsKey(y)) {
          missing.add(y);
        }
      }
    }
    List<KpiResult> out = new ArrayList<>();
    if (kpis != null) {
      for (KpiBlock.Target t : kpis.targets()) {
        out.add(kpi(t, rows, byYear, scenario, projection));
      }
    }
    return new Result(rows, missing, out);
  }

  static KpiResult kpi(
      KpiBlock.Target t,
      List<Row> rows,
      Map<Integer, RegisterSeries.Period> byYear,
      ResolvedScenario scenario,
      Projection projection) {
    List<Integer> used = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    double sum = 0;
    double scen = 0;
    int scenYears = 0;
    for (int y = t.from(); y <= t.to(); y++) {
      Row row = null;
      for (Row r : rows) {
        if (r.period().year() == y && row == null) {
          row = r;
        }
      }
      double v =
          row == null
              ? Double.NaN
              : t.kind() == KpiBlock.Kind.TFR ? row.impliedTfr() : row.period().social();
      if (Double.isNaN(v)) {
        missing.add(y);
      } else {
        used.add(y);
        sum += v;
      }
      StepEvents e = step(projection, y);
      if (e != null) {
        PeriodRates r = rates(scenario, e.periodStart());
        double[] f = r == null ? null : schedule(r);
        double s =
            t.kind() == KpiBlock.Kind.TFR
                ? (f == null ? Double.NaN : 5 * sum(f))
                : e.netMigration() / width(e);
        scen += s;
        scenYears++;
      }
    }
    double scenario5 =
        scenYears < t.years()
            ? Double.NaN
            : t.kind() == KpiBlock.Kind.TFR ? scen / scenYears : scen;
    if (used.isEmpty()) {
      return new KpiResult(
          t,
          Status.NO_DATA,
          Double.NaN,
          Double.NaN,
          used,
          missing,
          Double.NaN,
          Double.NaN,
          scenario5);
    }
    if (t.kind() == KpiBlock.Kind.TFR) {
      double mean = sum / used.size();
      double needed =
          missing.isEmpty() ? Double.NaN : (t.target() * t.years() - sum) / missing.size();
      Status s = mean >= t.target() ? Status.MET : Status.NOT_MET;
      return new KpiResult(
          t, s, mean, mean - t.target(), used, missing, needed, Double.NaN, scenario5);
    }
    if (missing.isEmpty()) {
      Status s = sum >= t.target() ? Status.MET : Status.NOT_MET;
      return new KpiResult(
          t, s, sum, sum - t.target(), used, missing, Double.NaN, Double.NaN, scenario5);
    }
    return new KpiResult(
        t,
        Status.OPEN,
        sum,
        Double.NaN,
        used,
        missing,
        t.target() - sum,
        gapChange(byYear, missing),
        scenario5);
  }

  /**
   * The register's total change over the missing years {@code gap} (one run of consecutive years):
   * the population at the start of the year after the gap (its end population minus its births −
   * deaths + social change) minus the population at the end of the year before; NaN when the gap is
   * not one run or a neighbour is missing.
   */
  static double gapChange(Map<Integer, RegisterSeries.Period> byYear, List<Integer> gap) {
    int first = gap.get(0);
    int last = gap.get(gap.size() - 1);
    if (last - first + 1 != gap.size()) {
      return Double.NaN;
    }
    RegisterSeries.Period before = byYear.get(first - 1);
    RegisterSeries.Period after = byYear.get(last + 1);
    if (before == null || after == null) {
      return Double.NaN;
    }
    double startOfAfter = after.population() - (after.births() - after.deaths() + after.social());
    return startOfAfter - before.population();
  }

  /** The 5-year cumulative social change ending with {@code y}; NaN unless all 5 years exist. */
  static double social5y(Map<Integer, RegisterSeries.Period> byYear, int y) {
    double s = 0;
    for (int k = y - 4; k <= y; k++) {
      RegisterSeries.Period p = byYear.get(k);
      if (p == null || !p.calendarYear()) {
        return Double.NaN;
      }
      s += p.social();
    }
    return s;
  }

  /** The projection step (s, s + width] containing year {@code y}, or null. */
  static StepEvents step(Projection projection, int y) {
    for (StepEvents e : projection.events()) {
      if (e.periodStart() < y && y <= e.periodEnd()) {
        return e;
      }
    }
    return null;
  }

  private static double width(StepEvents e) {
    return e.periodEnd() - e.periodStart();
  }

  static PeriodRates rates(ResolvedScenario s, int start) {
    for (PeriodRates r : s.rates()) {
      if (r.startYear() == start) {
        return r;
      }
    }
    return null;
  }

  /** The step's fertility rates of mothers 15–49, or null (child-woman ratio). */
  static double[] schedule(PeriodRates r) {
    if (!(r.fertility() instanceof Fertility.AgeSpecific a)) {
      return null;
    }
    double[] f = new double[MOTHER_TO + 1];
    for (int i = MOTHER_FROM; i <= MOTHER_TO && i < a.fertRateAgeF().size(); i++) {
      f[i] = a.fertRateAgeF().get(i);
    }
    return sum(f) > 0 ? f : null;
  }

  /** TFR = 5 · births · Σf / Σ f_a · W_a. */
  static double implied(double births, double[] f, double[] women) {
    double weighted = 0;
    for (int i = MOTHER_FROM; i <= MOTHER_TO; i++) {
      weighted += f[i] * women[i];
    }
    return weighted > 0 ? 5 * births * sum(f) / weighted : Double.NaN;
  }

  private static double sum(double[] f) {
    double s = 0;
    for (double v : f) {
      s += v;
    }
    return s;
  }

  /**
   * Women by age of the period: the mean of the counts at its start and at the day after its end,
   * or the one of them the register has; null when it has neither.
   */
  static double[] exposure(NavigableMap<LocalDate, double[]> women, RegisterSeries.Period p) {
    double[] a = women.get(p.from());
    double[] b = women.get(p.to().plusDays(1));
    if (a == null && b == null) {
      return null;
    }
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    double[] m = new double[a.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = (a[i] + b[i]) / 2;
    }
    return m;
  }

  /** The reference dates {@link #exposure} used, e.g. {@code 2024-01-01/2025-01-01}. */
  static String dates(NavigableMap<LocalDate, double[]> women, RegisterSeries.Period p) {
    List<String> d = new ArrayList<>();
    if (women.containsKey(p.from())) {
      d.add(p.from().toString());
    }
    if (women.containsKey(p.to().plusDays(1))) {
      d.add(p.to().plusDays(1).toString());
    }
    return String.join("/", d);
  }
}
