package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.LifeTables;
import jp.popvision.engine.Migration;
import jp.popvision.engine.MortalityScaling;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Survival;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.scenario.FertilitySpec.Tfr;
import jp.popvision.scenario.MigrationSpec.NetCounts;

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
    double[] tfr = a.tfrLevel() != null ? tfrByPeriod(spec, starts, g.width(), a.tfrLevel()) : null;
    double[] mig =
        a.migrationLevel() != null ? migrationByPeriod(spec, starts, a.migrationLevel()) : null;
    if (a.srb() != null) {
      tfrPath(spec, ResolveException.Reason.SRB_LEVER_METHOD);
      if (!(a.srb() > 0) || Double.isInfinite(a.srb())) {
        throw new ResolveException(
            "fertility.sex_ratio_at_birth", ResolveException.Reason.SRB_POSITIVE, a.srb());
      }
    }
    if (!Double.isFinite(a.e0Shift())) {
      throw new ResolveException("mortality", ResolveException.Reason.E0_SHIFT_FINITE, a.e0Shift());
    }
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
      Fertility fert = p.fertility();
      Double periodTfr = as.tfr();
      Double srb = as.sexRatioAtBirth();
      if (tfr != null || a.srb() != null) {
        Fertility.AgeSpecific f = (Fertility.AgeSpecific) fert;
        AgeVector rate = f.fertRateAgeF();
        if (tfr != null) {
          rate = fertilityRates(tfr[i], inputs.fertilityPatterns().get(i), g);
          periodTfr = tfr[i];
        }
        srb = a.srb() != null ? a.srb() : f.srb();
        fert = new Fertility.AgeSpecific(rate, srb);
      }
      Migration m = p.migration();
      Double net = as.netMigrationAssumed();
      if (mig != null) {
        m =
            new Migration.NetMigrants(
                inputs.profileMale().scale(mig[i]), inputs.profileFemale().scale(mig[i]));
        net = mig[i];
      }
      Survival male = p.survivalMale();
      Survival female = p.survivalFemale();
      double e0m = as.e0Male();
      double e0f = as.e0Female();
      if (a.e0Shift() != 0) {
        LifeTable t = inputs.lifeTables().get(i);
        try {
          Shifted sm = shift(t.nLxMale().toArray(), t.l0(), g, a.e0Shift());
          Shifted sf = shift(t.nLxFemale().toArray(), t.l0(), g, a.e0Shift());
          male = sm.survival();
          female = sf.survival();
          e0m = sm.e0();
          e0f = sf.e0();
        } catch (IllegalArgumentException e) {
          throw new ResolveException(
              "mortality", ResolveException.Reason.E0_SHIFT_TABLE, a.e0Shift());
        }
      }
      rates.add(new PeriodRates(p.startYear(), male, female, fert, m, p.timing()));
      assumptions.add(
          new PeriodAssumption(
              as.periodStart(),
              as.periodEnd(),
              periodTfr,
              as.childWomanRatio(),
              srb,
              e0m,
              e0f,
              net));
    }
    return new ResolvedScenario(
        spec, own.base(), rates, assumptions, own.notes(), own.calibration());
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

  // ---- TFR

  /** The TFR path of {@code spec}, or an error at fertility.method if there is none. */
  public static KnotPath tfrPath(ScenarioSpec spec) {
    return tfrPath(spec, ResolveException.Reason.TFR_LEVER_METHOD);
  }

  private static KnotPath tfrPath(ScenarioSpec spec, ResolveException.Reason why) {
    if (spec.fertility() instanceof Tfr f) {
      return f.tfr();
    }
    throw new ResolveException("fertility.method", why);
  }

  /** The year at which the TFR level is reached (see the class comment). */
  public static int tfrAnchorYear(ScenarioSpec spec) {
    int last = lastKnot(tfrPath(spec)).year();
    int s = startYear(spec);
    return last > s ? last : s;
  }

  /** The scenario's TFR level (see the class comment). */
  public static double tfrLevel(ScenarioSpec spec) {
    return tfrPath(spec).linearAt(tfrAnchorYear(spec));
  }

  /**
   * The TFR of each period (starting at {@code starts}, of {@code width} years) with the level set
   * to {@code level}; periods before the lever year keep the path's value.
   */
  public static double[] tfrByPeriod(ScenarioSpec spec, int[] starts, int width, double level) {
    KnotPath path = tfrPath(spec);
    if (!(level >= 0) || Double.isInfinite(level)) {
      throw new ResolveException("fertility.tfr", ResolveException.Reason.TFR_LEVEL_FINITE, level);
    }
    int s = startYear(spec);
    double a = tfrLevel(spec);
    double v = path.linearAt(s);
    boolean flat = lastKnot(path).year() <= s;
    if (!flat && a == v && level != a) {
      throw new ResolveException(
          "fertility.tfr",
          ResolveException.Reason.TFR_PATH_FLAT,
          lastKnot(path).year(),
          s,
          String.format(Locale.ROOT, "%.4f", v));
    }
    double factor = flat ? 1 : (level - v) / (a - v);
    double[] out = new double[starts.length];
    for (int i = 0; i < starts.length; i++) {
      double t = path.linearAt(starts[i] + width / 2.0);
      if (starts[i] < s || level == a) {
        out[i] = t;
      } else {
        out[i] = flat ? level : v + (t - v) * factor;
        if (out[i] < 0) {
          throw new ResolveException(
              "fertility.tfr",
              ResolveException.Reason.TFR_BELOW_ZERO,
              String.format(Locale.ROOT, "%.4f", level),
              starts[i],
              starts[i] + width,
              String.format(Locale.ROOT, "%.4f", out[i]));
        }
      }
    }
    return out;
  }

  // ---- net social change

  /** The net-counts path of {@code spec}, or an error at migration.method if there is none. */
  public static KnotPath migrationPath(ScenarioSpec spec) {
    if (spec.migration() instanceof NetCounts c) {
      return c.perPeriod();
    }
    throw new ResolveException("migration.method", ResolveException.Reason.MIGRATION_LEVER_METHOD);
  }

  /** The first year from which the migration level applies (see the class comment). */
  public static int migrationFromYear(ScenarioSpec spec) {
    KnotPath path = migrationPath(spec);
    int from = startYear(spec);
    for (Knot k : path.knots()) {
      if (k.year() > from && k.year() < spec.horizon()) {
        from = k.year();
      }
    }
    return from;
  }

  /** The scenario's net social change per 5 years from {@link #migrationFromYear} on. */
  public static double migrationLevel(ScenarioSpec spec) {
    return migrationPath(spec).stepAt(migrationFromYear(spec));
  }

  /**
   * Net migrants of each period (starting at {@code starts}) with the level set to {@code level}
   * from {@link #migrationFromYear} on; earlier periods keep the path's value (periods before the
   * lever year are left to the resolved scenario, e.g. calibrated).
   */
  public static double[] migrationByPeriod(ScenarioSpec spec, int[] starts, double level) {
    KnotPath path = migrationPath(spec);
    if (!Double.isFinite(level)) {
      throw new ResolveException(
          "migration.net_counts", ResolveException.Reason.MIGRATION_LEVEL_FINITE, level);
    }
    int from = migrationFromYear(spec);
    double[] out = new double[starts.length];
    for (int i = 0; i < starts.length; i++) {
      out[i] = starts[i] >= from ? level : path.stepAt(starts[i]);
    }
    return out;
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

  private static Knot lastKnot(KnotPath p) {
    return p.knots().get(p.knots().size() - 1);
  }
}
