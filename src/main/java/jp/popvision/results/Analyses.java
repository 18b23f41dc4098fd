package jp.popvision.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** The population-vision analyses of the Cabinet Office worksheet, as pure functions. */
public final class Analyses {
  private Analyses() {}

  /**
   * Level 1–5 of a ratio (in %) given four increasing thresholds: below the first → 1, from the
   * first to below the second → 2, …, at or above the fourth → 5.
   */
  public static int level(double ratioPct, double[] thresholds) {
    if (thresholds.length != 4) {
      throw new IllegalArgumentException("need four thresholds, got " + thresholds.length);
    }
    int level = 1;
    for (double t : thresholds) {
      if (ratioPct >= t) {
        level++;
      }
    }
    return level;
  }

  /**
   * Shapley decomposition of v(all) − v(none) over {@code n} factors: v(mask) is the outcome with
   * the factors in {@code mask} (bit i = factor i) taken from the scenario and the others from the
   * reference. Each factor's part is its marginal effect averaged over all orders in which the
   * factors can be switched, so the parts add up exactly to the total difference.
   */
  public static double[] shapley(int n, IntToDoubleFunction v) {
    int subsets = 1 << n;
    double[] value = new double[subsets];
    for (int m = 0; m < subsets; m++) {
      value[m] = v.applyAsDouble(m);
    }
    double[] fact = new double[n + 1];
    fact[0] = 1;
    for (int i = 1; i <= n; i++) {
      fact[i] = fact[i - 1] * i;
    }
    double[] parts = new double[n];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < subsets; m++) {
        if ((m & (1 << i)) != 0) {
          continue;
        }
        int size = Integer.bitCount(m);
        double weight = fact[size] * fact[n - size - 1] / fact[n];
        parts[i] += weight * (value[m | (1 << i)] - value[m]);
      }
    }
    return parts;
  }

  /** 人口減少段階 of one year. */
  public record Stage(int year, double age65plus, double index, int stage) {}

  /**
   * 人口減少段階 from the 65+ population by year relative to the first year (= 100): stage 1 while 65+ is
   * above the base level (growing), stage 2 while it is within {@code bandPct} below it (maintained
   * or slightly falling), stage 3 below that (falling). The first year itself is stage 1 by
   * convention when the next value is higher, else 2.
   */
  public static List<Stage> stages(int[] years, double[] age65plus, double bandPct) {
    List<Stage> out = new ArrayList<>();
    double base = age65plus[0];
    for (int k = 0; k < years.length; k++) {
      double index = 100 * age65plus[k] / base;
      int stage;
      if (k == 0) {
        stage = years.length > 1 && age65plus[1] > base ? 1 : 2;
      } else if (index > 100) {
        stage = 1;
      } else if (index >= 100 - bandPct) {
        stage = 2;
      } else {
        stage = 3;
      }
      out.add(new Stage(years[k], age65plus[k], index, stage));
    }
    return out;
  }
}
