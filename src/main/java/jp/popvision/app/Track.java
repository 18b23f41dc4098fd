package jp.popvision.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 *
 * <p>The implied TFR is computed by {@link ImpliedTfr}, the KPIs are checked by {@link TrackKpis}.
 */
public final class Track {
  private Track() {}

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
      double[] w = ImpliedTfr.exposure(register.women(), p);
      double tfr = Double.NaN;
      String dates = w == null ? "" : ImpliedTfr.dates(register.women(), p);
      double[] f = r == null ? null : ImpliedTfr.schedule(r);
      if (w != null && f != null) {
        tfr = ImpliedTfr.implied(p.births(), f, w);
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
              f == null ? Double.NaN : 5 * ImpliedTfr.sum(f)));
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
        out.add(TrackKpis.kpi(t, rows, byYear, scenario, projection));
      }
    }
    return new Result(rows, missing, out);
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

  static double width(StepEvents e) {
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
}
