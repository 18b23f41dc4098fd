package jp.popvision.scenario;

import java.util.Locale;
import jp.popvision.scenario.FertilitySpec.Tfr;

/**
 * The TFR lever of {@link Levers}: the scenario's TFR level, its anchor year and the TFR per
 * period.
 */
public final class TfrLever {
  private TfrLever() {}

  /** The TFR path of {@code spec}, or an error at fertility.method if there is none. */
  public static KnotPath tfrPath(ScenarioSpec spec) {
    return tfrPath(spec, ResolveException.Reason.TFR_LEVER_METHOD);
  }

  static KnotPath tfrPath(ScenarioSpec spec, ResolveException.Reason why) {
    if (spec.fertility() instanceof Tfr f) {
      return f.tfr();
    }
    throw new ResolveException("fertility.method", why);
  }

  /** The year at which the TFR level is reached (see {@link Levers}). */
  public static int tfrAnchorYear(ScenarioSpec spec) {
    int last = lastKnot(tfrPath(spec)).year();
    int s = Levers.startYear(spec);
    return last > s ? last : s;
  }

  /** The scenario's TFR level (see {@link Levers}). */
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
    int s = Levers.startYear(spec);
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

  static Knot lastKnot(KnotPath p) {
    return p.knots().get(p.knots().size() - 1);
  }
}
