package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.popvision.engine.LifeTables;
import jp.popvision.engine.MortalityScaling;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Survival;
import jp.popvision.model.AgeGroups;
import jp.popvision.scenario.FertilitySpec.Tfr;
import jp.popvision.scenario.MigrationSpec.NetCounts;

/**
 * The scenario's levers — TFR level, net social change, life expectancy, sex ratio at birth —
 * set to other values without reading any file again. Pure.
 *
 * <p><b>TFR level</b> (needs {@code fertility.method: tfr}). The level of a TFR path is the value
 * of its last knot when that knot is after the base year b (reached then and held after), else
 * the path's value from b on (a flat path). Setting the level to L keeps the path's shape: the
 * path's value at b, v(b), stays, and every knot after b moves so that its distance from v(b)
 * is scaled by (L − v(b)) / (level − v(b)); the last knot becomes L. A flat path becomes the
 * constant L from b on. Example ({@code target}): 2015: 1.44, 2020: 1.69, 2030: 1.86 with level
 * 2.06 → 2015: 1.44, 2020: 1.81, 2030: 2.06. A path whose last knot equals v(b) but moves in
 * between has no level to scale (error at {@code fertility.tfr}).
 *
 * <p><b>Net social change</b> (needs {@code migration.method: net-counts}). The level is the value
 * of the last knot applying before the horizon when it is after b, else the value from b on.
 * Setting it to M makes the net migrants M per 5 years in every period from that knot's year on
 * (from b for a single knot); earlier periods keep their values (for {@code target}: −1,477 in
 * 2015–2020, then M). The age-sex profile is unchanged.
 *
 * <p><b>Life expectancy</b>. Each period's life table, both sexes, has its mortality scaled
 * proportionally so that e0 moves by the asked number of years ({@link MortalityScaling}); the
 * survival ratios are derived from the scaled table as from any other ({@link LifeTables}).
 *
 * <p><b>Sex ratio at birth</b> (needs {@code fertility.method: tfr}): one value for all periods.
 *
 * <p>Setting a lever to its current value returns the scenario unchanged (bit for bit).
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

  /** The scenario with {@code a} applied, resolved against {@code data}. */
  public static ResolvedScenario apply(ScenarioSpec spec, InputData data, Adjustment a) {
    ScenarioSpec s = spec;
    if (a.tfrLevel() != null) {
      s = withTfrLevel(s, a.tfrLevel());
    }
    if (a.migrationLevel() != null) {
      s = withMigrationLevel(s, a.migrationLevel());
    }
    if (a.srb() != null) {
      s = withSexRatioAtBirth(s, a.srb());
    }
    ResolvedScenario r = ScenarioResolver.resolve(s, data);
    if (a.e0Shift() != 0) {
      r = withLifeExpectancyShift(r, ScenarioResolver.leverInputs(s, data), a.e0Shift());
    }
    return r;
  }

  // ---- TFR

  /** The TFR path of {@code spec}, or an error at fertility.method if there is none. */
  public static KnotPath tfrPath(ScenarioSpec spec) {
    if (spec.fertility() instanceof Tfr f) {
      return f.tfr();
    }
    throw new ResolveException(
        "fertility.method",
        "the TFR lever needs fertility.method: tfr (this scenario uses the child-woman ratio)");
  }

  /** The year at which the TFR level is reached (see the class comment). */
  public static int tfrAnchorYear(ScenarioSpec spec) {
    KnotPath p = tfrPath(spec);
    int last = lastKnot(p).year();
    return last > spec.base().year() ? last : spec.base().year();
  }

  /** The scenario's TFR level (see the class comment). */
  public static double tfrLevel(ScenarioSpec spec) {
    KnotPath p = tfrPath(spec);
    return p.linearAt(tfrAnchorYear(spec));
  }

  /** The TFR path with its level set to {@code level} (rule in the class comment). */
  public static KnotPath tfrPathWithLevel(KnotPath path, int baseYear, double level) {
    if (!(level >= 0) || Double.isInfinite(level)) {
      throw new ResolveException("fertility.tfr", "a TFR level must be a finite number >= 0, was " + level);
    }
    Knot last = lastKnot(path);
    if (last.year() <= baseYear) {
      return last.value() == level ? path : new KnotPath(List.of(new Knot(baseYear, level)));
    }
    if (last.value() == level) {
      return path;
    }
    double vb = path.linearAt(baseYear);
    if (last.value() == vb) {
      throw new ResolveException(
          "fertility.tfr",
          String.format(Locale.ROOT,
              "the TFR path ends (%d) where it stands in the base year (%.4f): it has no level to"
                  + " scale; give it a last knot that differs from the base year's value",
              last.year(), vb));
    }
    double factor = (level - vb) / (last.value() - vb);
    List<Knot> knots = new ArrayList<>();
    knots.add(new Knot(baseYear, vb));
    for (Knot k : path.knots()) {
      if (k.year() > baseYear) {
        double v = k == last ? level : vb + (k.value() - vb) * factor;
        if (v < 0) {
          throw new ResolveException(
              "fertility.tfr",
              String.format(Locale.ROOT,
                  "with a TFR level of %.4f the path's knot %d would fall below 0 (%.4f)",
                  level, k.year(), v));
        }
        knots.add(new Knot(k.year(), v));
      }
    }
    return new KnotPath(knots);
  }

  public static ScenarioSpec withTfrLevel(ScenarioSpec spec, double level) {
    Tfr f = (Tfr) spec.fertility();
    KnotPath p = tfrPathWithLevel(tfrPath(spec), spec.base().year(), level);
    return p == f.tfr() ? spec : spec.withFertility(new Tfr(p, f.agePattern(), f.sexRatioAtBirth()));
  }

  // ---- net social change

  /** The net-counts path of {@code spec}, or an error at migration.method if there is none. */
  public static KnotPath migrationPath(ScenarioSpec spec) {
    if (spec.migration() instanceof NetCounts c) {
      return c.perPeriod();
    }
    throw new ResolveException(
        "migration.method",
        "the migration lever needs migration.method: net-counts (net migrants per 5 years)");
  }

  /** The first year from which the migration level applies (see the class comment). */
  public static int migrationFromYear(ScenarioSpec spec) {
    return migrationFromYear(migrationPath(spec), spec.base().year(), spec.horizon());
  }

  static int migrationFromYear(KnotPath path, int baseYear, int horizon) {
    int from = baseYear;
    for (Knot k : path.knots()) {
      if (k.year() > baseYear && k.year() < horizon) {
        from = k.year();
      }
    }
    return from;
  }

  /** The scenario's net social change per 5 years from {@link #migrationFromYear} on. */
  public static double migrationLevel(ScenarioSpec spec) {
    return migrationPath(spec).stepAt(migrationFromYear(spec));
  }

  /** The net-counts path with its level from {@code fromYear} on set to {@code level}. */
  public static KnotPath migrationPathWithLevel(KnotPath path, int baseYear, int horizon, double level) {
    if (!Double.isFinite(level)) {
      throw new ResolveException("migration.net_counts", "a migration level must be finite, was " + level);
    }
    int from = migrationFromYear(path, baseYear, horizon);
    if (path.stepAt(from) == level && lastKnot(path).year() <= from) {
      return path;
    }
    List<Knot> knots = new ArrayList<>();
    for (Knot k : path.knots()) {
      if (k.year() < from) {
        knots.add(k);
      }
    }
    knots.add(new Knot(from, level));
    return new KnotPath(knots);
  }

  public static ScenarioSpec withMigrationLevel(ScenarioSpec spec, double level) {
    KnotPath old = migrationPath(spec);
    NetCounts c = (NetCounts) spec.migration();
    KnotPath p = migrationPathWithLevel(old, spec.base().year(), spec.horizon(), level);
    return p == old ? spec : spec.withMigration(new NetCounts(p, c.profileYear(), c.timing()));
  }

  // ---- sex ratio at birth

  public static ScenarioSpec withSexRatioAtBirth(ScenarioSpec spec, double srb) {
    if (!(spec.fertility() instanceof Tfr f)) {
      throw new ResolveException(
          "fertility.method",
          "the sex ratio at birth lever needs fertility.method: tfr (the child-woman ratio carries"
              + " its own sex ratio)");
    }
    if (!(srb > 0) || Double.isInfinite(srb)) {
      throw new ResolveException("fertility.sex_ratio_at_birth", "must be positive, was " + srb);
    }
    return spec.withFertility(new Tfr(f.tfr(), f.agePattern(), srb));
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
    return new Shifted(LifeTables.survival(scaled, l0, groups), MortalityScaling.lifeExpectancy(scaled, l0));
  }

  /** As {@link #shift(double[], MortalityScaling.Table, double, AgeGroups, double)}. */
  public static Shifted shift(double[] nLx, double l0, AgeGroups groups, double shift) {
    return shift(nLx, new MortalityScaling.Table(nLx, l0, groups.width()), l0, groups, shift);
  }

  /**
   * {@code r} with every period's survival (both sexes) taken from its life table with life
   * expectancy moved by {@code years}; the assumptions report the moved e0.
   */
  public static ResolvedScenario withLifeExpectancyShift(
      ResolvedScenario r, LeverInputs inputs, double years) {
    if (years == 0) {
      return r;
    }
    if (!Double.isFinite(years)) {
      throw new ResolveException("mortality", "a life expectancy shift must be finite, was " + years);
    }
    AgeGroups g = r.base().groups();
    List<PeriodRates> rates = new ArrayList<>();
    List<PeriodAssumption> assumptions = new ArrayList<>();
    for (int i = 0; i < r.rates().size(); i++) {
      LifeTable t = inputs.lifeTables().get(i);
      PeriodRates p = r.rates().get(i);
      Shifted male;
      Shifted female;
      try {
        male = shift(t.nLxMale().toArray(), t.l0(), g, years);
        female = shift(t.nLxFemale().toArray(), t.l0(), g, years);
      } catch (IllegalArgumentException e) {
        throw new ResolveException("mortality", e.getMessage());
      }
      rates.add(new PeriodRates(p.startYear(), male.survival(), female.survival(), p.fertility(),
          p.migration(), p.timing()));
      PeriodAssumption a = r.assumptions().get(i);
      assumptions.add(new PeriodAssumption(a.periodStart(), a.periodEnd(), a.tfr(),
          a.childWomanRatio(), a.sexRatioAtBirth(), male.e0(), female.e0(), a.netMigrationAssumed()));
    }
    return new ResolvedScenario(r.spec(), r.base(), rates, assumptions, r.notes());
  }

  private static Knot lastKnot(KnotPath p) {
    return p.knots().get(p.knots().size() - 1);
  }
}
