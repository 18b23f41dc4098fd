package jp.popvision.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.app.Track.KpiResult;
import jp.popvision.app.Track.Row;
import jp.popvision.app.Track.Status;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;
import jp.popvision.io.KpiBlock;
import jp.popvision.io.RegisterSeries;
import jp.popvision.scenario.ResolvedScenario;

/**
 * Each KPI of the {@code kpi:} block checked against the register for {@link Track}: the sum
 * (social change) or mean (TFR) over the years with data, what the missing years would need, and
 * the scenario's own figure for the KPI years.
 */
final class TrackKpis {
  private TrackKpis() {}

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
      double v = registerFigure(t, rows, y);
      if (Double.isNaN(v)) {
        missing.add(y);
      } else {
        used.add(y);
        sum += v;
      }
      StepEvents e = Track.step(projection, y);
      if (e != null) {
        scen += scenarioFigure(t, scenario, e);
        scenYears++;
      }
    }
    double scenario5 =
        scenYears < t.years()
            ? Double.NaN
            : t.kind() == KpiBlock.Kind.TFR ? scen / scenYears : scen;
    return result(t, used, missing, sum, scenario5, byYear);
  }

  /** The register's figure of year {@code y} for the KPI (NaN: none). */
  private static double registerFigure(KpiBlock.Target t, List<Row> rows, int y) {
    Row row = null;
    for (Row r : rows) {
      if (r.period().year() == y && row == null) {
        row = r;
      }
    }
    return row == null
        ? Double.NaN
        : t.kind() == KpiBlock.Kind.TFR ? row.impliedTfr() : row.period().social();
  }

  /** The scenario's figure of a year of step {@code e} for the KPI (census basis). */
  private static double scenarioFigure(KpiBlock.Target t, ResolvedScenario scenario, StepEvents e) {
    PeriodRates r = Track.rates(scenario, e.periodStart());
    double[] f = r == null ? null : ImpliedTfr.schedule(r);
    return t.kind() == KpiBlock.Kind.TFR
        ? (f == null ? Double.NaN : 5 * ImpliedTfr.sum(f))
        : e.netMigration() / Track.width(e);
  }

  /** How the KPI stands, given the years used and missing and the register's sum over them. */
  private static KpiResult result(
      KpiBlock.Target t,
      List<Integer> used,
      List<Integer> missing,
      double sum,
      double scenario5,
      Map<Integer, RegisterSeries.Period> byYear) {
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
}
