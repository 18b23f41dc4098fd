package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.model.Population;
import jp.popvision.scenario.RootScan.Root;
import org.apache.commons.math3.analysis.UnivariateFunction;

/**
 * 時点修正: solves the net migration level of one period so that the projection passes through an
 * observed census total: a bracket scan over the whole range, then Brent's method in every bracket
 * (commons-math3); of several roots the one that limits the fewest cohorts at zero, then the one
 * nearest the assumed level, is taken ({@link RootScan}). Pure.
 */
final class Calibrator {
  private Calibrator() {}

  /**
   * A migration level that can be solved for: its name, current value and the migration it gives.
   */
  record Lever(String name, double value, DoubleFunction<Migration> migration) {}

  /** Absolute accuracy of the solved total, persons. */
  static final double ACCURACY = 1e-6;

  static CalibrationResult calibrate(
      CalibrationSpec spec,
      ObservedTotals observed,
      Population base,
      List<PeriodRates> rates,
      List<PeriodAssumption> assumptions,
      IntFunction<Lever> levers) {
    int width = base.groups().width();
    int periodStart = spec.year() - width;
    int k = period(spec, base, rates, periodStart);
    Lever assumed = lever(spec, levers, periodStart);
    List<PeriodRates> head = new ArrayList<>(rates.subList(0, k + 1));
    double span = assumed.name().equals("net_migrants") ? base.total() : 20;
    Solution sol = solve(base, head, k, assumed, observed.total(), span);
    if (sol.root().solved() == null) {
      throw unreachable(spec, observed, periodStart, span, sol);
    }
    Lever lever = sol.lever();
    double solved = sol.root().solved();
    PeriodRates calibrated = rates.get(k).withMigration(lever.migration().apply(solved));
    Fitted fitted = fitAgeBands(spec, observed, base, head, k, calibrated);
    rates.set(k, fitted.rates());
    head.set(k, fitted.rates());
    Projection p = Projector.run(base, head);
    double net = p.events().get(k).netMigration();
    recordNet(assumptions, k, net);
    return new CalibrationResult(
        periodStart,
        spec.year(),
        lever.name(),
        lever.value(),
        solved,
        net,
        fitted.shifts(),
        observed,
        projected(spec, p.last()));
  }

  /** The index of the period that ends at the calibration year, or a ResolveException. */
  private static int period(
      CalibrationSpec spec, Population base, List<PeriodRates> rates, int periodStart) {
    int width = base.groups().width();
    int k = (periodStart - base.year()) / width;
    if (k < 0 || k >= rates.size()) {
      throw new ResolveException(
          "calibration.year",
          ResolveException.Reason.CALIBRATION_OUTSIDE,
          spec.year(),
          base.year(),
          base.year() + width * rates.size());
    }
    return k;
  }

  /** The lever of the period starting at periodStart, or a ResolveException. */
  private static Lever lever(CalibrationSpec spec, IntFunction<Lever> levers, int periodStart) {
    Lever lever = levers.apply(periodStart);
    if (lever == null) {
      throw new ResolveException(
          "calibration", ResolveException.Reason.CALIBRATION_METHOD, periodStart, spec.year());
    }
    return lever;
  }

  /** The lever, its gap function and the root found (solved or not). */
  private record Solution(Lever lever, Gap gap, Root root) {}

  /** A root of the lever's gap; failing that, of a uniform rate shift when that one solves. */
  private static Solution solve(
      Population base, List<PeriodRates> head, int k, Lever lever, double total, double span) {
    Gap gap = new Gap(base, head, k, lever, total);
    Root root = RootScan.find(gap, new Limits(base, head, k, lever), -span, span, lever.value());
    if (root.solved() == null && lever.migration().apply(1.0) instanceof Migration.NetRates r) {
      // a multiplier cannot reach every total (rates of both signs: scaled up, the in-migrating
      // cohorts grow while the out-migrating ones are limited at zero); a uniform shift of every
      // rate moves all cohorts one way. Said in a note (CALIBRATED_SHIFT) and calibration.csv.
      Lever shift = new Lever(SHIFT, 0.0, new RateShift(r));
      Gap g2 = new Gap(base, head, k, shift, total);
      Root r2 =
          RootScan.find(g2, new Limits(base, head, k, shift), AgeBandFit.LOW, AgeBandFit.HIGH, 0.0);
      if (r2.solved() != null) {
        return new Solution(shift, g2, r2);
      }
    }
    return new Solution(lever, gap, root);
  }

  private static ResolveException unreachable(
      CalibrationSpec spec, ObservedTotals observed, int periodStart, double span, Solution sol) {
    Gap gap = sol.gap();
    Root root = sol.root();
    return new ResolveException(
        "calibration",
        ResolveException.Reason.CALIBRATION_UNREACHABLE,
        persons(observed.total()),
        spec.year(),
        sol.lever().name(),
        periodStart,
        spec.year(),
        persons(-span),
        persons(span),
        persons(gap.value(-span) + observed.total()),
        persons(gap.value(span) + observed.total()),
        String.format(Locale.ROOT, "%,.6g", root.best()),
        persons(gap.value(root.best()) + observed.total()));
  }

  /** The calibrated rates of the period and the age-band shifts fitted to them (maybe none). */
  private record Fitted(PeriodRates rates, List<Double> shifts) {}

  /** With a shared history and observed age bands, fits the bands; head's period k is updated. */
  private static Fitted fitAgeBands(
      CalibrationSpec spec,
      ObservedTotals observed,
      Population base,
      List<PeriodRates> head,
      int k,
      PeriodRates calibrated) {
    if (spec.sharedHistory() && AgeBandFit.possible(observed)) {
      head.set(k, calibrated);
      AgeBandFit.Fit fit = AgeBandFit.fit(base, head, k, observed);
      if (fit != null) {
        return new Fitted(
            calibrated.withMigration(fit.migration()),
            java.util.Arrays.stream(fit.shifts()).boxed().toList());
      }
    }
    return new Fitted(calibrated, List.of());
  }

  /** Replaces the net migration of period k's assumption with the calibrated one. */
  private static void recordNet(List<PeriodAssumption> assumptions, int k, double net) {
    PeriodAssumption a = assumptions.get(k);
    assumptions.set(
        k,
        new PeriodAssumption(
            a.periodStart(),
            a.periodEnd(),
            a.tfr(),
            a.childWomanRatio(),
            a.sexRatioAtBirth(),
            a.e0Male(),
            a.e0Female(),
            net));
  }

  private static ObservedTotals projected(CalibrationSpec spec, Population at) {
    return new ObservedTotals(
        spec.year(),
        at.total(),
        at.sumAges(0, 14),
        at.sumAges(15, 64),
        at.sumAges(65, -1),
        "projection after calibration");
  }

  /** The lever of net rates that a multiplier cannot calibrate: a shift added to every rate. */
  static final String SHIFT = "rate_shift";

  /** Net rates with x added to every sex-age rate. */
  private record RateShift(Migration.NetRates r) implements DoubleFunction<Migration> {
    @Override
    public Migration apply(double x) {
      jp.popvision.model.AgeVector add = jp.popvision.model.AgeVector.filled(r.male().size(), x);
      return new Migration.NetRates(r.male().plus(add), r.female().plus(add));
    }
  }

  /** Projected total minus the observed for a lever value (a record, not a lambda: JDK-8274944). */
  private record Gap(Population base, List<PeriodRates> head, int k, Lever lever, double observed)
      implements UnivariateFunction {
    @Override
    public double value(double x) {
      return totalAt(base, head, k, lever.migration().apply(x)) - observed;
    }
  }

  /** The number of cohorts whose migration is limited at zero for a lever value. */
  private record Limits(Population base, List<PeriodRates> head, int k, Lever lever)
      implements java.util.function.DoubleToIntFunction {
    @Override
    public int applyAsInt(double x) {
      List<PeriodRates> r = new ArrayList<>(head);
      r.set(k, r.get(k).withMigration(lever.migration().apply(x)));
      return Projector.run(base, r).limits().size();
    }
  }

  private static double totalAt(Population base, List<PeriodRates> head, int k, Migration m) {
    List<PeriodRates> r = new ArrayList<>(head);
    r.set(k, r.get(k).withMigration(m));
    Projection p = Projector.run(base, r);
    return p.last().total();
  }

  private static String persons(double v) {
    return String.format(Locale.ROOT, "%,.0f", Math.abs(v) < 0.5 ? 0.0 : v);
  }
}
