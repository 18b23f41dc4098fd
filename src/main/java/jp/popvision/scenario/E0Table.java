package jp.popvision.scenario;

import java.util.List;
import jp.popvision.engine.MortalityScaling;
import jp.popvision.engine.PackedRates;
import jp.popvision.engine.Survival;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Sex;

/**
 * The survival ratios of {@link CompiledScenario}'s life tables with e0 shifted, tabulated for
 * Monte Carlo (see {@link CompiledScenario#prepareLifeExpectancy}): for every period and sex,
 * shifts from −{@value CompiledScenario#E0_GRID_SDS}·sd to +{@value
 * CompiledScenario#E0_GRID_SDS}·sd in steps of sd/{@value CompiledScenario#E0_GRID_POINTS_PER_SD},
 * each exact ({@link Levers#shift}), interpolated quadratically in between. Immutable once built.
 */
final class E0Table {
  private final double sd;
  private final double lo;
  private final double step;
  private final int points;
  private final double[][][] values;
  private final int n;

  private E0Table(double sd, double lo, double step, int points, double[][][] values, int n) {
    this.sd = sd;
    this.lo = lo;
    this.step = step;
    this.points = points;
    this.values = values;
    this.n = n;
  }

  double sd() {
    return sd;
  }

  /**
   * Tabulates periods [firstLever, periods) of {@code resolved} (the unshifted point is the
   * resolved survival itself), on {@code pool} or, when it is null, in the calling thread.
   */
  static E0Table build(
      double sd,
      java.util.concurrent.ExecutorService pool,
      int firstLever,
      int periods,
      List<LifeTable> lifeTables,
      ResolvedScenario resolved,
      AgeGroups groups) {
    int n = groups.count();
    int half = CompiledScenario.E0_GRID_SDS * CompiledScenario.E0_GRID_POINTS_PER_SD;
    int points = 2 * half + 1;
    double step = sd / CompiledScenario.E0_GRID_POINTS_PER_SD;
    double[][][] v = new double[periods][points][2 * n + 2];
    // periods × sexes are independent: fill them in parallel (the values do not depend on it)
    List<java.util.concurrent.Callable<Void>> tasks = new java.util.ArrayList<>();
    for (int task = 2 * firstLever; task < 2 * periods; task++) {
      int i = task / 2;
      Sex sex = Sex.values()[task % 2];
      tasks.add(
          () -> {
            tabulate(v, i, sex, half, step, lifeTables, resolved, groups);
            return null;
          });
    }
    try {
      if (pool == null) {
        for (var t : tasks) {
          t.call();
        }
      } else {
        for (var f : pool.invokeAll(tasks)) {
          f.get();
        }
      }
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (Exception e) {
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e);
    }
    return new E0Table(sd, -half * step, step, points, v, n);
  }

  private static void tabulate(
      double[][][] v,
      int i,
      Sex sex,
      int half,
      double step,
      List<LifeTable> lifeTables,
      ResolvedScenario resolved,
      AgeGroups groups) {
    int n = groups.count();
    LifeTable t = lifeTables.get(i);
    double[] nLx = (sex == Sex.MALE ? t.nLxMale() : t.nLxFemale()).toArray();
    MortalityScaling.Table table = new MortalityScaling.Table(nLx, t.l0(), groups.width());
    for (int j = 0; j < v[i].length; j++) {
      double shift = (j - half) * step;
      Survival s;
      try {
        s =
            j == half
                ? resolved.rates().get(i).survival(sex)
                : Levers.shift(nLx, table, t.l0(), groups, shift).survival();
      } catch (IllegalArgumentException e) {
        throw new ResolveException(
            "uncertainty.e0.sd", ResolveException.Reason.E0_SHIFT_TABLE, shift);
      }
      System.arraycopy(s.ratios().toArray(), 0, v[i][j], sex.ordinal() * n, n);
      v[i][j][2 * n + sex.ordinal()] = s.birthSurvival();
    }
  }

  /**
   * Quadratic (three-point Lagrange) interpolation at the nearest grid point and its neighbours;
   * exact at grid points, error of order step³.
   */
  void interpolate(int period, double shift, PackedRates r) {
    double x = (shift - lo) / step;
    int j = (int) Math.rint(x);
    if (j < 1) {
      j = 1;
      x = Math.max(x, 0);
    } else if (j > points - 2) {
      j = points - 2;
      x = Math.min(x, points - 1);
    }
    double t = x - j;
    double wa = t * (t - 1) / 2;
    double wb = 1 - t * t;
    double wc = t * (t + 1) / 2;
    double[][] v = values[period];
    double[] a = v[j - 1];
    double[] b = v[j];
    double[] c = v[j + 1];
    double[] s = r.survival();
    int nn = 2 * n;
    for (int k = 0; k < nn; k++) {
      s[k] = wb * b[k] + wa * a[k] + wc * c[k];
    }
    double[] sb = r.birthSurvival();
    sb[0] = wb * b[nn] + wa * a[nn] + wc * c[nn];
    sb[1] = wb * b[nn + 1] + wa * a[nn + 1] + wc * c[nn + 1];
  }
}
