package jp.popvision.scenario;

import java.util.function.DoubleToIntFunction;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Finds a root of a function that need not be monotone (a projected total as a function of a
 * migration level is piecewise smooth once cohorts are limited at zero): the range is scanned on a
 * grid dense near zero and coarse far out, Brent's method solves every bracket with a sign change,
 * and of the roots the one with the fewest limited cohorts wins, then the one nearest a preferred
 * value. Pure.
 */
final class RootScan {
  private RootScan() {}

  /** Grid points on each side of zero. */
  static final int POINTS_PER_SIDE = 240;

  /** Absolute accuracy of the solved function value. */
  static final double ACCURACY = 1e-6;

  /**
   * A root ({@code solved}, null when no sign change was found) and, when none, the grid point with
   * the smallest absolute value ({@code best}).
   */
  record Root(Double solved, double best) {}

  static Root find(
      UnivariateFunction f, DoubleToIntFunction limits, double lo, double hi, double preferred) {
    double[] x = grid(lo, hi, preferred);
    double[] y = values(f, x);
    Double chosen = null;
    int chosenLimits = Integer.MAX_VALUE;
    int best = 0;
    BrentSolver brent = new BrentSolver(ACCURACY * 1e-3, ACCURACY);
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(y[i]) < Math.abs(y[best])) {
        best = i;
      }
      Double r = null;
      if (y[i] == 0) {
        r = x[i];
      } else if (i + 1 < x.length && y[i + 1] != 0 && (y[i] < 0) != (y[i + 1] < 0)) {
        r = brent.solve(400, f, x[i], x[i + 1]);
      }
      if (r == null) {
        continue;
      }
      int l = limits.applyAsInt(r);
      if (chosen == null
          || l < chosenLimits
          || (l == chosenLimits && Math.abs(r - preferred) < Math.abs(chosen - preferred))) {
        chosen = r;
        chosenLimits = l;
      }
    }
    return new Root(chosen, x[best]);
  }

  /**
   * {@code f} at every point of {@code x}: the second half on a second thread (each value is the
   * same whichever thread computes it; issue 15: the grid is most of a calibrated run's resolving,
   * and the machine has two cores).
   */
  static double[] values(UnivariateFunction f, double[] x) {
    double[] y = new double[x.length];
    int half = x.length / 2;
    RuntimeException[] failed = new RuntimeException[1];
    Thread second =
        new Thread(
            () -> {
              try {
                for (int i = half; i < x.length; i++) {
                  y[i] = f.value(x[i]);
                }
              } catch (RuntimeException e) {
                failed[0] = e;
              }
            },
            "popvision-root-scan");
    second.setDaemon(true);
    second.start();
    for (int i = 0; i < half; i++) {
      y[i] = f.value(x[i]);
    }
    try {
      second.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning for a root", e);
    }
    if (failed[0] != null) {
      throw failed[0];
    }
    return y;
  }

  /**
   * Grid over [lo, hi] (lo < 0 < hi): cubes of i / POINTS_PER_SIDE on each side of zero, and the
   * preferred value, sorted.
   */
  static double[] grid(double lo, double hi, double preferred) {
    int n = POINTS_PER_SIDE;
    java.util.TreeSet<Double> pts = new java.util.TreeSet<>();
    for (int i = 0; i <= n; i++) {
      double u = (double) i / n;
      pts.add(lo * u * u * u);
      pts.add(hi * u * u * u);
    }
    if (preferred > lo && preferred < hi) {
      pts.add(preferred);
    }
    return pts.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
