package jp.popvision.engine;

import java.util.Arrays;

/**
 * Sample quantiles.
 *
 * <p>Contract: the definition of Hyndman and Fan (1996) type 7 (the default of R and of
 * commons-math3 {@code Percentile.EstimationType.R_7}): for sorted x(1) ≤ … ≤ x(N) and p in [0, 1],
 * h = (N − 1)·p and Q(p) = x(⌊h⌋+1) + (h − ⌊h⌋)·(x(⌊h⌋+2) − x(⌊h⌋+1)). Exact: computed from all
 * values, no streaming approximation. The order statistics are found by selection (Hoare's
 * quickselect with median-of-three pivots, falling back to sorting a range that does not shrink
 * fast enough), in expected linear time instead of sorting everything. Reference: R. J. Hyndman and
 * Y. Fan (1996), "Sample quantiles in statistical packages", The American Statistician 50(4):
 * 361–365; C. A. R. Hoare (1961), "Algorithm 65: Find", CACM 4(7): 321.
 *
 * <p>Against commons-math3 3.6.1 {@code new Percentile().withEstimationType(R_7)} (setData, then
 * evaluate for each of the seven Monte Carlo probabilities), measured 2026-12-01 on this project's
 * 2-core machine while other builds ran (load 7; three rounds each, normal values): 10,000 values
 * 0.49–0.94 ms here vs 0.34–0.51 ms; 100,000: 6.7–8.9 ms vs 7.6–13.1 ms; 1,000,000: 50–80 ms vs
 * 62–77 ms; sorting a copy took 1.0–1.4, 12–18 and 197–272 ms. The results agree to 10⁻¹² relative
 * (the same order statistics; Percentile's p·100/100 can move the last bits of the interpolation;
 * {@code QuantilesTest} checks it). The speed is the same within the noise; this class is kept
 * because it works in place on the caller's range ({@code Percentile.setData} copies it: 8 MB per
 * year and indicator at a million trajectories) — replacing it by {@code Percentile} would change
 * no figure.
 */
public final class Quantiles {
  private static final int SMALL = 16;

  private Quantiles() {}

  /**
   * Type-7 quantiles of {@code values[from, to)} at each of {@code probs} (any order); reorders
   * that range (not necessarily sorting it). Values must not be NaN.
   */
  public static double[] of(double[] values, int from, int to, double[] probs) {
    if (to <= from) {
      throw new IllegalArgumentException("no values");
    }
    int n = to - from;
    Integer[] order = new Integer[probs.length];
    for (int k = 0; k < probs.length; k++) {
      if (!(probs[k] >= 0 && probs[k] <= 1)) {
        throw new IllegalArgumentException("probability must be in [0, 1], was " + probs[k]);
      }
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(probs[a], probs[b]));
    double[] out = new double[probs.length];
    int lo = from;
    for (int idx : order) {
      double h = (n - 1) * probs[idx];
      int k = (int) Math.floor(h);
      int at = from + Math.min(k, n - 1);
      // everything before lo is already ≤ the values from lo on (earlier selections)
      select(values, lo, to, at);
      double a = values[at];
      double q = a;
      if (h > k && at + 1 < to) {
        double b = values[at + 1];
        for (int i = at + 2; i < to; i++) {
          if (values[i] < b) {
            b = values[i];
          }
        }
        q = a + (h - k) * (b - a);
      }
      out[idx] = q;
      lo = at;
    }
    return out;
  }

  /**
   * Rearranges {@code a[lo, hi)} so that {@code a[k]} holds the value it would hold if the range
   * were sorted, every value before it is ≤ it and every value after it is ≥ it.
   */
  static void select(double[] a, int lo, int hi, int k) {
    int left = lo;
    int right = hi - 1;
    int depth = 0;
    int limit = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, hi - lo))) + 8;
    while (right > left) {
      if (right - left < SMALL || depth++ > limit) {
        Arrays.sort(a, left, right + 1);
        return;
      }
      int mid = (left + right) >>> 1;
      if (a[mid] < a[left]) {
        swap(a, mid, left);
      }
      if (a[right] < a[left]) {
        swap(a, right, left);
      }
      if (a[right] < a[mid]) {
        swap(a, right, mid);
      }
      double pivot = a[mid];
      int i = left;
      int j = right;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      // [left, j] ≤ pivot, [i, right] ≥ pivot, (j, i) = pivot
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return;
      }
    }
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** Type-7 quantile at {@code p} of the sorted range {@code values[from, to)}. */
  public static double sorted(double[] values, int from, int to, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
    }
    int n = to - from;
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return values[to - 1];
    }
    double a = values[from + lo];
    double b = values[from + lo + 1];
    return a + (h - lo) * (b - a);
  }
}
