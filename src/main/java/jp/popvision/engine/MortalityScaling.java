package jp.popvision.engine;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * Shifts a life table's life expectancy at birth by scaling mortality proportionally at all ages.
 *
 * <p>Contract. An abridged table is given by its person-years {@code nLx} in groups of width n
 * (last entry open: its T) and radix l0. It is read as a chain of survival ratios: the birth
 * survival s_b = nL(0)/(n·l0), the ratios r(j) = nL(j+1)/nL(j) between closed groups, and the open
 * ratio q = T(open)/T(open−1). Multiplying the force of mortality at every age by k (proportional
 * hazards) raises every survival probability to the power k; applied to these ratios it gives the
 * scaled table
 *
 * <pre>
 *   nL'(0) = n·l0·s_b^k,   nL'(j+1) = nL'(j)·r(j)^k,   T'(open) = nL'(open−1)·q^k / (1 − q^k)
 * </pre>
 *
 * whose life expectancy e0(k) = Σ nL'/l0 decreases strictly in k, with e0(1) the table's own (up to
 * rounding). {@link #factorForShift} finds the k with e0(k) = e0 + shift by a bracketing Brent
 * solver (commons-math3 {@link BracketingNthOrderBrentSolver}) on u = ln k in [−{@value
 * #MAX_LOG_FACTOR}, {@value #MAX_LOG_FACTOR}], to {@value #E0_TOLERANCE} years. The relation
 * between a proportional change of mortality and e0 is Keyfitz's (1977): de0/e0 ≈ −H·dk/k with H
 * the life-table entropy (about 0.1 for Japan's WPP 2024 tables, where one year of e0 takes 10–13 %
 * less mortality).
 *
 * <p>References: N. Keyfitz (1977), "What difference would it make if cancer were eradicated? An
 * examination of the Taeuber paradox", Demography 14(4): 411–418; Preston, Heuveline and Guillot
 * (2001), ch. 3 (life tables) and Box 6.2 (survival ratios from nLx).
 */
public final class MortalityScaling {
  /** Bound on |ln k|: mortality divided or multiplied by up to e^8 ≈ 2,981. */
  public static final double MAX_LOG_FACTOR = 8;

  /** Absolute accuracy of the life expectancy reached, in years. */
  public static final double E0_TOLERANCE = 1e-9;

  private static final int MAX_EVALUATIONS = 200;

  private MortalityScaling() {}

  /** Life expectancy at birth of a table: Σ nLx / l0 (the open entry holding its T). */
  public static double lifeExpectancy(double[] nLx, double l0) {
    double t = 0;
    for (double v : nLx) {
      t += v;
    }
    return t / l0;
  }

  /**
   * The table with mortality multiplied by {@code k} (see the class contract), written into {@code
   * out} (same length as {@code nLx}); returns {@code out}.
   *
   * @param nLx person-years by group of width {@code width}, last entry open; all positive, at
   *     least three groups
   * @param k mortality factor, positive (1 = unchanged)
   */
  public static double[] scaled(double[] nLx, double l0, int width, double k, double[] out) {
    return new Table(nLx, l0, width).scaled(k, out);
  }

  /** Life expectancy at birth of the table with mortality multiplied by {@code k}. */
  public static double lifeExpectancy(double[] nLx, double l0, int width, double k) {
    Table t = new Table(nLx, l0, width);
    return t.lifeExpectancy(k, new double[nLx.length]);
  }

  /**
   * The mortality factor k that moves the table's life expectancy at birth by {@code shift} years
   * (negative: shorter lives). Returns exactly 1 for a shift of 0.
   *
   * @throws IllegalArgumentException if the shift cannot be reached with |ln k| ≤ {@value
   *     #MAX_LOG_FACTOR}
   */
  public static double factorForShift(double[] nLx, double l0, int width, double shift) {
    return new Table(nLx, l0, width).factorForShift(shift);
  }

  /** A table read once as logarithms of its survival ratios, for repeated scaling. */
  public static final class Table {
    private final double l0;
    private final int width;
    private final double e0;

    /** ln s_b, ln r(0) … ln r(m−3), ln q. */
    private final double[] logs;

    public Table(double[] nLx, double l0, int width) {
      int m = nLx.length;
      if (m < 3) {
        throw new IllegalArgumentException("need at least three age groups");
      }
      for (double v : nLx) {
        if (!(v > 0) || Double.isInfinite(v)) {
          throw new IllegalArgumentException("life table person-years must be positive, was " + v);
        }
      }
      this.l0 = l0;
      this.width = width;
      this.e0 = MortalityScaling.lifeExpectancy(nLx, l0);
      this.logs = new double[m];
      logs[0] = Math.log(nLx[0] / (width * l0));
      for (int j = 0; j < m - 2; j++) {
        logs[j + 1] = Math.log(nLx[j + 1] / nLx[j]);
      }
      logs[m - 1] = Math.log(nLx[m - 1] / (nLx[m - 2] + nLx[m - 1]));
    }

    /** The table's own life expectancy at birth. */
    public double lifeExpectancy() {
      return e0;
    }

    /** Person-years with mortality multiplied by {@code k}, into {@code out}; returns it. */
    public double[] scaled(double k, double[] out) {
      int m = logs.length;
      if (out.length != m) {
        throw new IllegalArgumentException("output must have " + m + " entries");
      }
      if (!(k > 0) || Double.isInfinite(k)) {
        throw new IllegalArgumentException(
            "mortality factor must be positive and finite, was " + k);
      }
      out[0] = width * l0 * Math.exp(k * logs[0]);
      for (int j = 1; j < m - 1; j++) {
        out[j] = out[j - 1] * Math.exp(k * logs[j]);
      }
      double q = Math.exp(k * logs[m - 1]);
      out[m - 1] = out[m - 2] * q / (1 - q);
      return out;
    }

    double lifeExpectancy(double k, double[] work) {
      return MortalityScaling.lifeExpectancy(scaled(k, work), l0);
    }

    /** See {@link MortalityScaling#factorForShift}. */
    public double factorForShift(double shift) {
      if (shift == 0) {
        return 1;
      }
      double target = e0 + shift;
      double[] work = new double[logs.length];
      BracketingNthOrderBrentSolver solver =
          new BracketingNthOrderBrentSolver(1e-14, 1e-13, E0_TOLERANCE, 5);
      // an anonymous class, not a lambda: commons-math3's interfaces are Java 5 class files, and
      // JDK 17's class-data-sharing dump at exit (used by the launcher) can crash on lambda
      // proxies of such interfaces (JDK-8274944)
      UnivariateFunction gap =
          new UnivariateFunction() {
            @Override
            public double value(double x) {
              return lifeExpectancy(Math.exp(x), work) - target;
            }
          };
      try {
        double u =
            solver.solve(
                MAX_EVALUATIONS, gap, -MAX_LOG_FACTOR, MAX_LOG_FACTOR, AllowedSolution.ANY_SIDE);
        return Math.exp(u);
      } catch (MathIllegalArgumentException | TooManyEvaluationsException e) {
        throw new IllegalArgumentException(
            String.format(
                java.util.Locale.ROOT,
                "life expectancy %.2f cannot be moved by %+.2f years by scaling mortality",
                e0,
                shift),
            e);
      }
    }
  }
}
