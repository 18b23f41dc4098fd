package jp.popvision.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.IntFunction;
import jp.popvision.engine.Estimates;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.Dataset;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.Knot;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.MortalitySpec;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.ScenarioSpec;

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
 * {@link #defaultTfr}). {@code default} and {@code net-counts} differ only in fertility.
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
    Map<String, Population[]> totals = new LinkedHashMap<>();
    ResolvedScenario cwr = resolve(known, baseYear, steps, cwrFertility());
    Residual last;
    try {
      last = residual(known, baseYear - 5);
    } catch (RuntimeException e) {
      failed.add(code + " " + baseYear + " residual: " + e.getMessage());
      return new Out(ipss(full, baseYear), List.of());
    }
    attempt("net-rates", failed, code, baseYear, totals, () -> run(base, cwr, last.rates(), steps));
    attempt(
        "net-rates-avg2",
        failed,
        code,
        baseYear,
        totals,
        () -> run(base, cwr, averageRates(known, baseYear, 2), steps));
    attempt(
        "net-rates-avg3",
        failed,
        code,
        baseYear,
        totals,
        () -> run(base, cwr, averageRates(known, baseYear, 3), steps));
    attempt(
        "net-rates-shrunk",
        failed,
        code,
        baseYear,
        totals,
        () -> {
          Migration.NetRates pref = prefectureRates.apply(baseYear - 5);
          double w = base.total() / (base.total() + SHRINK_K);
          return run(base, cwr, blend(last.rates(), pref, w), steps);
        });
    attempt(
        "net-counts", failed, code, baseYear, totals, () -> run(base, cwr, last.migrants(), steps));
    attempt(
        "cohort-change",
        failed,
        code,
        baseYear,
        totals,
        () ->
            run(
                base,
                cwr,
                Estimates.cohortChangeRatios(known.census().get(baseYear - 5), base),
                steps));
    attempt(
        "cohort-change-avg2",
        failed,
        code,
        baseYear,
        totals,
        () -> {
          Migration.CohortChangeRatios a =
              Estimates.cohortChangeRatios(known.census().get(baseYear - 5), base);
          Migration.CohortChangeRatios b =
              Estimates.cohortChangeRatios(
                  known.census().get(baseYear - 10), known.census().get(baseYear - 5));
          return run(
              base,
              cwr,
              new Migration.CohortChangeRatios(
                  a.male().plus(b.male()).scale(0.5), a.female().plus(b.female()).scale(0.5)),
              steps);
        });
    if (!known.register().isEmpty()) {
      attempt(
          "register-counts",
          failed,
          code,
          baseYear,
          totals,
          () -> {
            double net = Backtest.registerSum(known, baseYear).total();
            return run(base, cwr, scaled(last.migrants(), net), steps);
          });
    }
    List<String> parts = List.of("net-rates", "net-counts", "cohort-change");
    if (totals.keySet().containsAll(parts)) {
      Population[] avg = new Population[steps];
      for (int i = 0; i < steps; i++) {
        AgeVector m = null;
        AgeVector f = null;
        for (String p : parts) {
          Population q = totals.get(p)[i];
          m = m == null ? q.male() : m.plus(q.male());
          f = f == null ? q.female() : f.plus(q.female());
        }
        avg[i] =
            new Population(
                base.groups(),
                baseYear + 5 * (i + 1),
                m.scale(1.0 / parts.size()),
                f.scale(1.0 / parts.size()));
      }
      totals.put("average", avg);
    }
    ResolvedScenario[] tfr = {null};
    try {
      tfr[0] = resolve(known, baseYear, steps, tfrFertility(baseYear, defaultTfr(known, baseYear)));
    } catch (RuntimeException e) {
      failed.add(code + " " + baseYear + " TFR: " + e.getMessage());
    }
    if (tfr[0] != null) {
      attempt(
          "net-rates-tfr",
          failed,
          code,
          baseYear,
          totals,
          () -> run(base, tfr[0], last.rates(), steps));
      attempt(
          "cohort-change-tfr",
          failed,
          code,
          baseYear,
          totals,
          () ->
              run(
                  base,
                  tfr[0],
                  Estimates.cohortChangeRatios(known.census().get(baseYear - 5), base),
                  steps));
      attempt(
          "default",
          failed,
          code,
          baseYear,
          totals,
          () -> run(base, tfr[0], last.migrants(), steps));
    }
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

  private interface Totals {
    Population[] get();
  }

  private static void attempt(
      String method,
      List<String> failed,
      String code,
      int baseYear,
      Map<String, Population[]> totals,
      Totals work) {
    try {
      totals.put(method, work.get());
    } catch (RuntimeException e) {
      failed.add(code + " " + baseYear + " " + method + ": " + e.getMessage());
    }
  }

  /**
   * The TFR of the {@code default} configuration at {@code baseYear}: the published Bayesian TFR
   * 2008–2012 (as the shipped scenarios use) from base 2015 on, when the area has one; otherwise
   * (not yet published at that date) the TFR implied by the base census: its 0–4 divided by the 0–4
   * the previous census projects with TFR 1 and no migration (WPP age pattern and survival).
   */
  static double defaultTfr(InputData known, int baseYear) {
    if (baseYear >= 2015 && known.tfrBayes() != null) {
      return known.tfrBayes();
    }
    int from = baseYear - 5;
    ResolvedScenario r = resolve(known, from, 1, tfrFertility(from, 1.0));
    Population closed =
        Projector.run(r.base(), List.of(r.rates().get(0).withMigration(new Migration.None())))
            .populations()
            .get(1);
    Population end = known.census().get(baseYear);
    return (end.male().get(0) + end.female().get(0))
        / (closed.male().get(0) + closed.female().get(0));
  }

  /** Residual net migrants and rates of the period {@code from} → from + 5. */
  record Residual(Migration.NetMigrants migrants, Migration.NetRates rates) {}

  static Residual residual(InputData known, int from) {
    ResolvedScenario r = resolve(known, from, 1, cwrFertility());
    Population start = known.census().get(from);
    Population end = known.census().get(from + 5);
    PeriodRates rates = r.rates().get(0).withFertility(Estimates.childWomanRatio(end));
    Migration.NetMigrants m = Estimates.residualMigration(start, end, rates);
    return new Residual(
        m, new Migration.NetRates(rates(m.male(), end.male()), rates(m.female(), end.female())));
  }

  /**
   * Residual rates per survivor, migrants / (end − migrants) as {@link Estimates#residualRates}; a
   * group with no survivors (tiny islands) gets rate 0 instead of failing.
   */
  private static AgeVector rates(AgeVector migrants, AgeVector end) {
    double[] r = new double[end.size()];
    for (int i = 0; i < r.length; i++) {
      double closed = end.get(i) - migrants.get(i);
      r[i] = closed > 0 ? migrants.get(i) / closed : 0;
    }
    return AgeVector.of(r);
  }

  private static Migration.NetRates averageRates(InputData known, int baseYear, int periods) {
    AgeVector m = null;
    AgeVector f = null;
    for (int k = 1; k <= periods; k++) {
      Migration.NetRates r = residual(known, baseYear - 5 * k).rates();
      m = m == null ? r.male() : m.plus(r.male());
      f = f == null ? r.female() : f.plus(r.female());
    }
    return new Migration.NetRates(m.scale(1.0 / periods), f.scale(1.0 / periods));
  }

  static Migration.NetRates blend(Migration.NetRates own, Migration.NetRates pref, double w) {
    if (pref == null) {
      throw new IllegalStateException("no prefecture rates");
    }
    return new Migration.NetRates(
        own.male().scale(w).plus(pref.male().scale(1 - w)),
        own.female().scale(w).plus(pref.female().scale(1 - w)));
  }

  private static Migration.NetMigrants scaled(Migration.NetMigrants profile, double total) {
    double sum = profile.male().sum() + profile.female().sum();
    return new Migration.NetMigrants(
        profile.male().scale(total / sum), profile.female().scale(total / sum));
  }

  private static Population[] run(Population base, ResolvedScenario r, Migration m, int steps) {
    List<PeriodRates> rates = new ArrayList<>(steps);
    for (int i = 0; i < steps; i++) {
      PeriodRates p = r.rates().get(i);
      rates.add(
          new PeriodRates(
              p.startYear(),
              p.survivalMale(),
              p.survivalFemale(),
              p.fertility(),
              m,
              MigrationTiming.END));
    }
    Projection proj = Projector.run(base, rates);
    Population[] out = new Population[steps];
    for (int i = 0; i < steps; i++) {
      out[i] = proj.populations().get(i + 1);
    }
    return out;
  }

  private static FertilitySpec cwrFertility() {
    return new FertilitySpec.ChildWomanRatio(Dataset.CENSUS, null);
  }

  private static FertilitySpec tfrFertility(int year, double tfr) {
    return new FertilitySpec.Tfr(new KnotPath(List.of(new Knot(year, tfr))), "wpp2024", null);
  }

  /** The census of {@code baseYear} with survival and fertility for {@code steps} periods. */
  static ResolvedScenario resolve(
      InputData known, int baseYear, int steps, FertilitySpec fertility) {
    ScenarioSpec spec =
        new ScenarioSpec(
            "backtest",
            "",
            "",
            Path.of("backtest"),
            Path.of("."),
            new BaseSpec(Dataset.CENSUS, baseYear),
            baseYear + 5 * steps,
            fertility,
            new MortalitySpec("wpp2024"),
            new MigrationSpec.Zero(),
            null);
    return ScenarioResolver.resolve(spec, known);
  }
}
