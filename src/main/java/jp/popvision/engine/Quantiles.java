package jp.popvision.engine;

/**
 * Sample quantiles.
 *
 * <p>Contract: the definition of Hyndman and Fan (1996) type 7 (the default of R and of
 * commons-math3 {@code Percentile.EstimationType.R_7}): for sorted x(1) ≤ … ≤ x(N) and p in [0,
 * 1], h = (N − 1)·p and Q(p) = x(⌊h⌋+1) + (h − ⌊h⌋)·(x(⌊h⌋+2) − x(⌊h⌋+1)). Exact: computed from
 * all values, no streaming approximation. Reference: R. J. Hyndman and Y. Fan (1996), "Sample
 * quantiles in statistical packages", The American Statistician 50(4): 361–365.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * Type-7 quantiles of {@code values[from, to)} at each of {@code probs}; sorts that range in
   * place.
   */
  public static double[] of(double[] values, int from, int to, double[] probs) {
    if (to <= from) {
      throw new IllegalArgumentException("no values");
    }
    java.util.Arrays.sort(values, from, to);
    double[] out = new double[probs.length];
    for (int k = 0; k < probs.length; k++) {
      out[k] = sorted(values, from, to, probs[k]);
    }
    return out;
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
