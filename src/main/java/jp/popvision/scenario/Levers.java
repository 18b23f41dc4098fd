package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.LifeTables;
import jp.popvision.engine.Migration;
import jp.popvision.engine.MortalityScaling;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Survival;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;

/**
 * The scenario's levers — TFR level, net social change, life expectancy, sex ratio at birth — set
 * to other values without reading any file again. Pure.
 *
 * <p><b>Where levers act.</b> On the periods that start in or after the <i>lever year</i> S: the
 * calibration year when the scenario has one (時点修正: the periods before it reproduce an observed
 * census and are history), else the base year. Earlier periods keep their rates.
 *
 * <p><b>TFR level</b> (needs {@code fertility.method: tfr}). The level of the TFR path is the value
 * of its last knot when that knot is after S (the level reached then and held), else the path's
 * value from S on (a path flat from S). Setting the level to L keeps the path's shape: with v =
 * path(S) and a = the level, a period's TFR (the path at the period's midpoint t) becomes v +
 * (path(t) − v)·(L − v)/(a − v), i.e. every knot after S moves so that its distance from v is
 * scaled and the last knot becomes L; a path flat from S becomes the constant L. Example ({@code
 * target}, calibrated to 2020): knots 2015: 1.44, 2020: 1.69, 2030: 1.86 with level 2.06 → 2015:
 * 1.44, 2020: 1.69, 2030: 2.06. A path whose last knot equals v but moves in between has no level
 * to scale (error at {@code fertility.tfr}).
 *
 * <p><b>Net social change</b> (needs {@code migration.method: net-counts}). The level is the value
 * of the last knot before the horizon when it is after S (for {@code target}: −1,200 from 2020),
 * else the value at S. Setting it to M makes the net migrants M per 5 years in every period from
 * that knot's year (or S) on; the age-sex profile is unchanged.
 *
 * <p><b>Life expectancy</b> (any method). Each period's life table, both sexes, has its mortality
 * scaled proportionally so that e0 moves by the asked number of years ({@link MortalityScaling});
 * the survival ratios are derived from the scaled table as from any other ({@link LifeTables}).
 * With cohort change ratios survival only splits deaths from migrants: the population does not
 * change.
 *
 * <p><b>Sex ratio at birth</b> (needs {@code fertility.method: tfr}): one value for all periods.
 *
 * <p>Setting a lever to its current value gives the scenario's own rates exactly (bit for bit).
 */
public final class Levers {
  private Levers() {}

  /** Lever values to set; null (or a shift of 0) keeps the scenario's own. */
  public record Adjustment(Double tfrLevel, Double migrationLevel, double e0Shift, Double srb) {
    public static final Adjustment NONE = new Adjustment(null, null, 0, null);

    public static Adjustment tfr(double level) {
      return new Adjustment(level, null, 0, null);
    }

    public static Adjustment migration(double level) {
      return new Adjustment(null, level, 0, null);
    }

    public static Adjustment e0(double shift) {
      return new Adjustment(null, null, shift, null);
    }

    public static Adjustment sexRatioAtBirth(double srb) {
      return new Adjustment(null, null, 0, srb);
    }
  }

  /** The lever year S: the calibration year if any (after the base year), else the base year. */
  public static int startYear(ScenarioSpec spec) {
    CalibrationSpec c = spec.calibration();
    return c != null && c.year() > spec.base().year() ? c.year() : spec.base().year();
  }

  /** The scenario resolved against {@code data} with {@code a} applied. */
  public static ResolvedScenario apply(ScenarioSpec spec, InputData data, Adjustment a) {
    ResolvedScenario own = ScenarioResolver.resolve(spec, data);
    if (a.equals(Adjustment.NONE)) {
      return own;
    }
    return apply(own, ScenarioResolver.leverInputs(spec, data), a);
  }

  /** {@code own} (resolved, with its {@link LeverInputs}) with {@code a} applied. */
  public static ResolvedScenario apply(ResolvedScenario own, LeverInputs inputs, Adjustment a) {
    ScenarioSpec spec = own.spec();
    AgeGroups g = own.base().groups();
    int s = startYear(spec);
    int[] starts = periodStarts(own);
    double[] tfr =
        a.tfrLevel() != null ? TfrLever.tfrByPeriod(spec, starts, g.width(), a.tfrLevel()) : null;
    double[] mig =
        a.migrationLevel() != null
            ? MigrationLever.migrationByPeriod(spec, starts, a.migrationLevel())
            : null;
    check(spec, a);
    List<PeriodRates> rates = new ArrayList<>();
    List<PeriodAssumption> assumptions = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      PeriodRates p = own.rates().get(i);
      PeriodAssumption as = own.assumptions().get(i);
      if (starts[i] < s) {
        rates.add(p);
        assumptions.add(as);
        continue;
      }
      Period period =
          period(p, as, inputs, i, g, a, tfr == null ? null : tfr[i], mig == null ? null : mig[i]);
      rates.add(period.rates());
      assumptions.add(period.assumption());
    }
    return new ResolvedScenario(
        spec, own.base(), rates, assumptions, own.notes(), own.calibration());
  }

  /** The sex ratio at birth (with a TFR path) and the life-expectancy shift must be usable. */
  private static void check(ScenarioSpec spec, Adjustment a) {
    if (a.srb() != null) {
      TfrLever.tfrPath(spec, ResolveException.Reason.SRB_LEVER_METHOD);
      if (!(a.srb() > 0) || Double.isInfinite(a.srb())) {
        throw new ResolveException(
            "fertility.sex_ratio_at_birth", ResolveException.Reason.SRB_POSITIVE, a.srb());
      }
    }
    if (!Double.isFinite(a.e0Shift())) {
      throw new ResolveException("mortality", ResolveException.Reason.E0_SHIFT_FINITE, a.e0Shift());
    }
  }

  /** The rates of one period and the assumptions shown for it. */
  private record Period(PeriodRates rates, PeriodAssumption assumption) {}

  /**
   * Period {@code i} ({@code p}, {@code as}) with the levers of {@code a} set: its TFR {@code tfr}
   * and net migrants {@code net} (null: the scenario's own).
   */
  private static Period period(
      PeriodRates p,
      PeriodAssumption as,
      LeverInputs inputs,
      int i,
      AgeGroups g,
      Adjustment a,
      Double tfr,
      Double mig) {
    Fertility fert = p.fertility();
    Double periodTfr = as.tfr();
    Double srb = as.sexRatioAtBirth();
    if (tfr != null || a.srb() != null) {
      Fertility.AgeSpecific f = (Fertility.AgeSpecific) fert;
      AgeVector rate = f.fertRateAgeF();
      if (tfr != null) {
        rate = fertilityRates(tfr, inputs.fertilityPatterns().get(i), g);
        periodTfr = tfr;
      }
      srb = a.srb() != null ? a.srb() : f.srb();
      fert = new Fertility.AgeSpecific(rate, srb);
    }
    Migration m = p.migration();
    Double net = as.netMigrationAssumed();
    if (mig != null) {
      m =
          new Migration.NetMigrants(
              inputs.profileMale().scale(mig), inputs.profileFemale().scale(mig));
      net = mig;
    }
    Shifted[] survival = survival(p, as, inputs, i, g, a.e0Shift());
    return new Period(
        new PeriodRates(
            p.startYear(), survival[0].survival(), survival[1].survival(), fert, m, p.timing()),
        new PeriodAssumption(
            as.periodStart(),
            as.periodEnd(),
            periodTfr,
            as.childWomanRatio(),
            srb,
            survival[0].e0(),
            survival[1].e0(),
            net));
  }

  /** The survival and e0 of both sexes (male, female) after a life-expectancy shift. */
  private static Shifted[] survival(
      PeriodRates p, PeriodAssumption as, LeverInputs inputs, int i, AgeGroups g, double e0Shift) {
    if (e0Shift == 0) {
      return new Shifted[] {
        new Shifted(p.survivalMale(), as.e0Male()), new Shifted(p.survivalFemale(), as.e0Female())
      };
    }
    LifeTable t = inputs.lifeTables().get(i);
    try {
      return new Shifted[] {
        shift(t.nLxMale().toArray(), t.l0(), g, e0Shift),
        shift(t.nLxFemale().toArray(), t.l0(), g, e0Shift)
      };
    } catch (IllegalArgumentException e) {
      throw new ResolveException("mortality", ResolveException.Reason.E0_SHIFT_TABLE, e0Shift);
    }
  }

  /**
   * Age-specific fertility rates of a period: TFR × pattern / width for mothers 15–19 … 45–49, the
   * operations of {@link ScenarioResolver} (so equal TFRs give equal rates bit for bit).
   */
  static AgeVector fertilityRates(double tfr, AgeVector pattern, AgeGroups g) {
    double[] rate = new double[g.count()];
    int first = g.indexOf(ScenarioResolver.FERTILE_FROM);
    for (int k = 0; k < ScenarioResolver.FERTILE_GROUPS; k++) {
      rate[first + k] = tfr * pattern.get(k) / g.width();
    }
    return AgeVector.of(rate);
  }

  static int[] periodStarts(ResolvedScenario r) {
    return r.rates().stream().mapToInt(PeriodRates::startYear).toArray();
  }

  // ---- life expectancy

  /** Survival of a life table (one sex) after a life-expectancy shift, and the e0 reached. */
  public record Shifted(Survival survival, double e0) {}

  /**
   * One sex's life table {@code nLx} (radix {@code l0}; {@code table} prepared from it) with life
   * expectancy moved by {@code shift} years: the survival ratios for {@code groups} and the e0
   * reached. A shift of 0 gives the table's own survival exactly.
   */
  public static Shifted shift(
      double[] nLx, MortalityScaling.Table table, double l0, AgeGroups groups, double shift) {
    if (shift == 0) {
      return new Shifted(LifeTables.survival(nLx, l0, groups), table.lifeExpectancy());
    }
    double k = table.factorForShift(shift);
    double[] scaled = table.scaled(k, new double[nLx.length]);
    return new Shifted(
        LifeTables.survival(scaled, l0, groups), MortalityScaling.lifeExpectancy(scaled, l0));
  }

  /** As {@link #shift(double[], MortalityScaling.Table, double, AgeGroups, double)}. */
  public static Shifted shift(double[] nLx, double l0, AgeGroups groups, double shift) {
    return shift(nLx, new MortalityScaling.Table(nLx, l0, groups.width()), l0, groups, shift);
  }
}
