package jp.popvision.app;

import java.util.Locale;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.results.Indicators;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.Levers;
import jp.popvision.scenario.Levers.Adjustment;
import jp.popvision.scenario.MigrationLever;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.TfrLever;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * Goal seeking: the value of one lever that makes an indicator in a target year equal a target.
 *
 * <p>Method: the indicator is a continuous function of the lever (TFR level, or net social change
 * per 5 years, see {@link Levers}), evaluated with the fast path; a root of indicator − target is
 * bracketed by the lever's plausible bounds and found with commons-math3's {@link
 * BracketingNthOrderBrentSolver} (order 5). If the indicator minus the target has the same sign at
 * both bounds, the target is unreachable within them and the bound that comes closest is reported.
 * The solution is then re-run with the reference pipeline ({@link Levers#apply} → {@link
 * Projector}) and that run's value is reported as achieved.
 */
public final class GoalSeek {
  /** Levers that can be solved for, with their plausible bounds. */
  public enum Lever {
    /** TFR level (children per woman), 0.5–4.0 as in the scenario reference. */
    TFR("tfr", 0.5, 4.0),
    /** Net social change per 5 years (persons), ±5,000. */
    MIGRATION("migration", -5000, 5000);

    private final String key;
    private final double min;
    private final double max;

    Lever(String key, double min, double max) {
      this.key = key;
      this.min = min;
      this.max = max;
    }

    public String key() {
      return key;
    }

    public double min() {
      return min;
    }

    public double max() {
      return max;
    }
  }

  /** Indicators that can be targeted. */
  public enum Target {
    TOTAL("total"),
    AGE_0_14("age_0_14"),
    SHARE_65_PLUS("share_65_plus");

    private final String key;

    Target(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    /** Whether the target is a share (0–1) rather than persons. */
    public boolean isShare() {
      return this == SHARE_65_PLUS;
    }
  }

  /** Relative accuracy asked of the solver on the indicator. */
  static final double VALUE_ACCURACY = 1e-9;

  /** Relative tolerance of the check run against the target (the 0.1 %). */
  public static final double CHECK_TOLERANCE = 1e-3;

  private GoalSeek() {}

  /** A solution, checked with the reference pipeline. */
  public record Solution(
      Lever lever,
      double value,
      Target target,
      int targetYear,
      double targetValue,
      double achieved,
      int leverFromYear,
      ResolvedScenario solved,
      Projection projection) {
    /**
     * For a migration lever on counts stated as register social change, the register-to-census
     * ratio ({@code value} is in census terms; {@code value / ratio} in the scenario's register
     * terms); null otherwise.
     */
    public Double registerRatio() {
      return lever == Lever.MIGRATION ? MigrationLever.registerRatio(solved.spec()) : null;
    }
  }

  /** A target that no lever value within the bounds reaches. */
  public static final class Unreachable extends Exception {
    private final double bestValue;
    private final double bestAchieved;

    private final transient jp.popvision.io.Msg.Text text;

    Unreachable(jp.popvision.io.Msg.Text text, double bestValue, double bestAchieved) {
      super(text.render(jp.popvision.io.Lang.EN));
      this.text = text;
      this.bestValue = bestValue;
      this.bestAchieved = bestAchieved;
    }

    /** The message, to be rendered in the chosen language. */
    public jp.popvision.io.Msg.Text text() {
      return text;
    }

    public double bestValue() {
      return bestValue;
    }

    public double bestAchieved() {
      return bestAchieved;
    }
  }

  /** The indicator in {@code instant} from the fast path's output. */
  static double indicator(double[] out, int instant, Target t) {
    int o = instant * CompiledScenario.INDICATORS.size();
    return switch (t) {
      case TOTAL -> out[o + CompiledScenario.TOTAL];
      case AGE_0_14 -> out[o + CompiledScenario.AGE_0_14];
      case SHARE_65_PLUS ->
          out[o + CompiledScenario.TOTAL] > 0
              ? out[o + CompiledScenario.AGE_65_PLUS] / out[o + CompiledScenario.TOTAL]
              : 0;
    };
  }

  static double indicator(Indicators x, Target t) {
    return switch (t) {
      case TOTAL -> x.total();
      case AGE_0_14 -> x.age0to14();
      case SHARE_65_PLUS -> x.share65plus();
    };
  }

  /** Solves on a packed scenario; the check run uses {@code loaded}'s data. */
  public static Solution solve(
      LoadedScenario loaded, CompiledScenario f, Lever lever, Target target, int year, double value)
      throws Unreachable {
    int instant = f.instantOf(year);
    if (instant <= 0) {
      throw new IllegalArgumentException("year " + year + " is not a projected year");
    }
    double[] out = new double[f.instants() * CompiledScenario.INDICATORS.size()];
    CompiledScenario.Workspace ws = f.workspace();
    // an anonymous class, not a lambda (see MortalityScaling: JDK-8274944)
    UnivariateFunction g =
        new UnivariateFunction() {
          @Override
          public double value(double x) {
            if (lever == Lever.TFR) {
              f.project(ws, f.tfrByPeriod(x), null, null, out);
            } else {
              f.project(ws, null, f.migrationByPeriod(x), null, out);
            }
            return indicator(out, instant, target) - value;
          }
        };
    double lo = g.value(lever.min());
    double hi = g.value(lever.max());
    if (lo == 0 || hi == 0 || Math.signum(lo) != Math.signum(hi)) {
      BracketingNthOrderBrentSolver solver =
          new BracketingNthOrderBrentSolver(
              1e-14, 1e-12, VALUE_ACCURACY * Math.max(Math.abs(value), 1e-6), 5);
      double x = solver.solve(500, g, lever.min(), lever.max(), AllowedSolution.ANY_SIDE);
      return checked(loaded, f, lever, target, year, value, x);
    }
    throw unreachable(lever, target, year, value, lo, hi);
  }

  /** The solution x checked by a run of the reference pipeline, which must reach the target. */
  private static Solution checked(
      LoadedScenario loaded,
      CompiledScenario f,
      Lever lever,
      Target target,
      int year,
      double value,
      double x) {
    ScenarioSpec spec = f.resolved().spec();
    Adjustment a = lever == Lever.TFR ? Adjustment.tfr(x) : Adjustment.migration(x);
    ResolvedScenario solved = Levers.apply(spec, loaded.data(), a);
    Projection p = Projector.run(solved.base(), solved.rates());
    double achieved = indicator(Indicators.of(p.at(year)), target);
    if (Math.abs(achieved - value) > CHECK_TOLERANCE * Math.abs(value)) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "check run missed the target: %s %.6f gives %.6f, asked %.6f",
              lever.key(),
              x,
              achieved,
              value));
    }
    int from =
        lever == Lever.TFR ? TfrLever.tfrAnchorYear(spec) : MigrationLever.migrationFromYear(spec);
    return new Solution(lever, x, target, year, value, achieved, from, solved, p);
  }

  /** The target is not reached within the lever's range: the nearest end and what it gives. */
  private static Unreachable unreachable(
      Lever lever, Target target, int year, double value, double lo, double hi) {
    boolean lowCloser = Math.abs(lo) <= Math.abs(hi);
    double best = lowCloser ? lever.min() : lever.max();
    double bestAchieved = (lowCloser ? lo : hi) + value;
    return new Unreachable(
        jp.popvision.io.Msg.SOLVE_UNREACHABLE.with(
            jp.popvision.io.Msg.valueOf("COL_" + target.key().toUpperCase(Locale.ROOT)),
            fmtValue(value, target),
            year,
            lever.key(),
            fmtLever(lever, lever.min()),
            fmtLever(lever, lever.max()),
            fmtValue(bestAchieved, target),
            target.isShare() ? "" : jp.popvision.io.Msg.UNIT_PERSONS,
            fmtLever(lever, best),
            fmtValue(Math.min(lo, hi) + value, target),
            fmtValue(Math.max(lo, hi) + value, target)),
        best,
        bestAchieved);
  }

  static String fmtValue(double v, Target t) {
    return t.isShare()
        ? String.format(Locale.ROOT, "%.4f", v)
        : String.format(Locale.ROOT, "%,.0f", v);
  }

  static String fmtLever(Lever l, double v) {
    return l == Lever.TFR
        ? String.format(Locale.ROOT, "%.2f", v)
        : String.format(Locale.ROOT, "%,.0f", v);
  }
}
