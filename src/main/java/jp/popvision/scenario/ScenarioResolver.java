package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;

/**
 * Turns a {@link ScenarioSpec} and {@link InputData} into rates per step. Pure. The steps: data
 * lookups ({@link ResolveContext}), fertility ({@link FertilityResolver}), migration ({@link
 * MigrationResolver}), then mortality, the assumptions shown per period and calibration here.
 */
public final class ScenarioResolver {
  /** Mothers' ages covered by fertility patterns: 15–19 … 45–49. */
  public static final int FERTILE_FROM = 15;

  public static final int FERTILE_GROUPS = 7;

  private final ResolveContext ctx;
  private final ScenarioSpec spec;
  private final FertilityResolver fertility;

  private ScenarioResolver(ScenarioSpec spec, InputData data, Population base) {
    this.ctx = new ResolveContext(spec, data, base.groups());
    this.spec = spec;
    this.fertility = new FertilityResolver(ctx);
  }

  public static ResolvedScenario resolve(ScenarioSpec spec, InputData data) {
    Population base = ResolveContext.basePopulation(data, spec.base());
    AreaInputs filled = AreaInputs.apply(spec, data); // basis: register and TFR knots `area`
    ScenarioResolver r = new ScenarioResolver(filled.spec(), data, base);
    r.ctx.notes.addAll(filled.notes());
    return r.run(base);
  }

  /**
   * The life tables, fertility patterns and migration profile that {@link #resolve} uses for each
   * period of the scenario, for fast paths that rescale levers without resolving again.
   */
  public static LeverInputs leverInputs(ScenarioSpec given, InputData data) {
    Population base = ResolveContext.basePopulation(data, given.base());
    ScenarioSpec spec = AreaInputs.apply(given, data).spec(); // basis: register, TFR `area`
    ScenarioResolver r = new ScenarioResolver(spec, data, base);
    List<LifeTable> tables = new ArrayList<>();
    List<AgeVector> patterns = new ArrayList<>();
    for (int t = base.year(); t < spec.horizon(); t += r.ctx.groups.width()) {
      tables.add(r.ctx.lifeTable(t));
      if (spec.fertility() instanceof FertilitySpec.Tfr f) {
        patterns.add(r.fertility.fertilityPattern(f.agePattern(), t));
      }
    }
    AgeVector[] profile = {null, null};
    if (spec.migration() instanceof MigrationSpec.NetCounts c) {
      profile = new MigrationResolver(r.ctx, r.fertility, base).residualProfile(c.profileYear());
    }
    return new LeverInputs(tables, patterns, profile[0], profile[1]);
  }

  private ResolvedScenario run(Population base) {
    int width = ctx.groups.width();
    if ((spec.horizon() - base.year()) % width != 0 || spec.horizon() <= base.year()) {
      throw new ResolveException(
          "horizon", ResolveException.Reason.HORIZON, spec.horizon(), base.year(), width);
    }
    KnotRules.check(spec, base.year(), width);
    MigrationPlan plan = new MigrationResolver(ctx, fertility, base).plan(spec.migration());
    List<PeriodRates> rates = new ArrayList<>();
    List<PeriodAssumption> assumptions = new ArrayList<>();
    for (int t = base.year(); t < spec.horizon(); t += width) {
      LifeTable table = ctx.lifeTable(t);
      Fertility fert = fertility.fertility(t);
      Migration migration = plan.forPeriod(t);
      rates.add(
          new PeriodRates(
              t,
              ctx.survivalMale(table),
              ctx.survivalFemale(table),
              fert,
              migration,
              plan.timing(t)));
      assumptions.add(assumption(t, table, fert, plan));
    }
    CalibrationResult calibration =
        spec.calibration() == null ? null : calibrate(base, rates, assumptions, plan);
    return new ResolvedScenario(
        spec, base, rates, assumptions, new ArrayList<>(ctx.notes), calibration);
  }

  /** The assumptions shown for the period starting {@code t}. */
  private PeriodAssumption assumption(int t, LifeTable table, Fertility fert, MigrationPlan plan) {
    int width = ctx.groups.width();
    Double tfr = null;
    Double srb = null;
    Double cwr = null;
    if (spec.fertility() instanceof FertilitySpec.Tfr f) {
      tfr =
          SharedHistory.applies(spec, t) // basis: shared history
              ? SharedHistory.tfr(ctx.data)
              : f.tfr().linearAt(t + width / 2.0);
      srb = ((Fertility.AgeSpecific) fert).srb();
    } else {
      cwr = ((Fertility.ChildWomanRatio) fert).ratio();
      FertilitySpec.ChildWomanRatio c = (FertilitySpec.ChildWomanRatio) spec.fertility();
      if (c.tfr() != null) {
        tfr =
            SharedHistory.applies(spec, t) // basis: shared history
                ? c.tfr().knots().get(0).value()
                : c.tfr().linearAt(t + width / 2.0);
      }
    }
    return new PeriodAssumption(
        t, t + width, tfr, cwr, srb, table.e0Male(), table.e0Female(), plan.assumedTotal(t));
  }

  /** Calibrates the scenario's lever to the observed figures, with notes on what was solved. */
  private CalibrationResult calibrate(
      Population base,
      List<PeriodRates> rates,
      List<PeriodAssumption> assumptions,
      MigrationPlan plan) {
    CalibrationResult calibration =
        Calibrator.calibrate(
            spec.calibration(),
            observedFor(spec.calibration()),
            base,
            rates,
            assumptions,
            plan::lever);
    if (spec.calibration().sharedHistory()) { // basis: shared history
      ctx.notes.add(Note.of(Note.Kind.SHARED_HISTORY, base.year(), spec.calibration().year()));
    }
    boolean counts = calibration.lever().equals("net_migrants");
    boolean shift = calibration.lever().equals(Calibrator.SHIFT);
    ctx.notes.add(
        Note.of(
            counts
                ? Note.Kind.CALIBRATED_COUNTS
                : shift ? Note.Kind.CALIBRATED_SHIFT : Note.Kind.CALIBRATED_RATES,
            calibration.periodStart(),
            calibration.year(),
            persons(calibration.observed().total()),
            persons(calibration.netMigration()),
            counts
                ? persons(calibration.assumed())
                : String.format(
                    java.util.Locale.ROOT, shift ? "%+.4f" : "%.4f", calibration.solved())));
    if (spec.calibration().sharedHistory()) {
      ctx.notes.add(AgeBandFit.note(calibration));
    }
    return calibration;
  }

  /** The observed figures for a calibration: the scenario's own, else the data's. */
  private ObservedTotals observedFor(CalibrationSpec c) {
    ObservedTotals d = ctx.data.observed().get(c.year());
    if (c.total() == null && d == null) {
      throw new ResolveException("calibration.year", ResolveException.Reason.NO_OBSERVED, c.year());
    }
    if (c.total() != null) {
      boolean own = c.age0to14() != null || c.age15to64() != null || c.age65plus() != null;
      return new ObservedTotals(
          c.year(),
          c.total(),
          own ? c.age0to14() : null,
          own ? c.age15to64() : null,
          own ? c.age65plus() : null,
          "scenario file");
    }
    return d;
  }

  private static String persons(double v) {
    return ResolveContext.persons(v);
  }
}
