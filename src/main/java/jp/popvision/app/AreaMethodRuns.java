package jp.popvision.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import jp.popvision.engine.Estimates;
import jp.popvision.engine.Migration;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolvedScenario;

/**
 * Runs every method of {@link AreaBacktest} for one area and base year, in output order: the net
 * rates methods, the cohort change methods, their average and the TFR methods; a method that cannot
 * be estimated is left out and named in {@code failed}.
 */
final class AreaMethodRuns {
  private AreaMethodRuns() {}

  /** Projections of a base census with one scenario's survival and fertility. */
  record Base(Population base, ResolvedScenario r, int steps) {
    Population[] with(Migration m) {
      return AreaMethods.run(base, r, m, steps);
    }
  }

  /** The projected populations of each method that ran, by method, in output order. */
  static Map<String, Population[]> run(
      String code,
      int baseYear,
      List<String> failed,
      InputData known,
      Base cwr,
      AreaMethods.Residual last,
      IntFunction<Migration.NetRates> prefectureRates) {
    Methods ms = new Methods(code, baseYear, failed, new LinkedHashMap<>());
    netRatesMethods(ms, known, cwr, last, prefectureRates);
    cohortMethods(ms, known, cwr, last);
    average(ms, cwr.base(), cwr.steps());
    tfrMethods(ms, known, cwr.base(), cwr.steps(), last);
    return ms.totals();
  }

  /** The methods of one area and base year: their projections so far, and those that failed. */
  private record Methods(
      String code, int baseYear, List<String> failed, Map<String, Population[]> totals) {
    /** Runs {@code method}; a failure is named in {@code failed}. */
    void attempt(String method, Totals work) {
      try {
        totals.put(method, work.get());
      } catch (RuntimeException e) {
        failed.add(code + " " + baseYear + " " + method + ": " + e.getMessage());
      }
    }
  }

  private interface Totals {
    Population[] get();
  }

  /** net-rates, its averages over two and three periods, net-rates-shrunk and net-counts. */
  private static void netRatesMethods(
      Methods ms,
      InputData known,
      Base cwr,
      AreaMethods.Residual last,
      IntFunction<Migration.NetRates> prefectureRates) {
    int baseYear = ms.baseYear();
    Population base = cwr.base();
    ms.attempt("net-rates", () -> cwr.with(last.rates()));
    ms.attempt("net-rates-avg2", () -> cwr.with(AreaMethods.averageRates(known, baseYear, 2)));
    ms.attempt("net-rates-avg3", () -> cwr.with(AreaMethods.averageRates(known, baseYear, 3)));
    ms.attempt(
        "net-rates-shrunk",
        () -> {
          Migration.NetRates pref = prefectureRates.apply(baseYear - 5);
          double w = base.total() / (base.total() + AreaBacktest.SHRINK_K);
          return cwr.with(AreaBacktest.blend(last.rates(), pref, w));
        });
    ms.attempt("net-counts", () -> cwr.with(last.migrants()));
  }

  /** cohort-change, cohort-change-avg2 and, where the area has a register, register-counts. */
  private static void cohortMethods(
      Methods ms, InputData known, Base cwr, AreaMethods.Residual last) {
    int baseYear = ms.baseYear();
    Population base = cwr.base();
    ms.attempt(
        "cohort-change",
        () -> cwr.with(Estimates.cohortChangeRatios(known.census().get(baseYear - 5), base)));
    ms.attempt(
        "cohort-change-avg2",
        () -> {
          Migration.CohortChangeRatios a =
              Estimates.cohortChangeRatios(known.census().get(baseYear - 5), base);
          Migration.CohortChangeRatios b =
              Estimates.cohortChangeRatios(
                  known.census().get(baseYear - 10), known.census().get(baseYear - 5));
          return cwr.with(
              new Migration.CohortChangeRatios(
                  a.male().plus(b.male()).scale(0.5), a.female().plus(b.female()).scale(0.5)));
        });
    if (!known.register().isEmpty()) {
      ms.attempt(
          "register-counts",
          () -> {
            double net = Backtest.registerSum(known, baseYear).total();
            return cwr.with(AreaMethods.scaled(last.migrants(), net));
          });
    }
  }

  /** average: the mean of net-rates, net-counts and cohort-change, when all three ran. */
  private static void average(Methods ms, Population base, int steps) {
    List<String> parts = List.of("net-rates", "net-counts", "cohort-change");
    if (ms.totals().keySet().containsAll(parts)) {
      List<Population[]> runs = parts.stream().map(ms.totals()::get).toList();
      ms.totals().put("average", AreaMethods.average(base, ms.baseYear(), steps, runs));
    }
  }

  /** net-rates-tfr, cohort-change-tfr and default: births from the area's TFR. */
  private static void tfrMethods(
      Methods ms, InputData known, Population base, int steps, AreaMethods.Residual last) {
    int baseYear = ms.baseYear();
    ResolvedScenario tfr;
    try {
      tfr =
          AreaMethods.resolve(
              known,
              baseYear,
              steps,
              AreaMethods.tfrFertility(baseYear, AreaMethods.defaultTfr(known, baseYear)));
    } catch (RuntimeException e) {
      ms.failed().add(ms.code() + " " + baseYear + " TFR: " + e.getMessage());
      return;
    }
    Base runs = new Base(base, tfr, steps);
    ms.attempt("net-rates-tfr", () -> runs.with(last.rates()));
    ms.attempt(
        "cohort-change-tfr",
        () -> runs.with(Estimates.cohortChangeRatios(known.census().get(baseYear - 5), base)));
    ms.attempt("default", () -> runs.with(last.migrants()));
  }
}
