package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class QuantilesTest {
  /** Oracle: commons-math3's Percentile with the R-7 estimation type. */
  @Test
  void equalsCommonsMathR7() {
    Random rnd = new Random(9);
    double[] probs = {0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 1};
    for (int n : new int[] {1, 2, 3, 10, 101, 1000, 4321}) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextGaussian() * 100 + (i % 7 == 0 ? 5 : 0);
      }
      Percentile oracle = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
      oracle.setData(v.clone());
      double[] q = Quantiles.of(v.clone(), 0, n, probs);
      for (int k = 0; k < probs.length; k++) {
        double p = probs[k] * 100;
        assertEquals(oracle.evaluate(p), q[k], 1e-9, "n " + n + " p " + probs[k]);
      }
    }
  }

  /** An independent implementation: commons-math3's Percentile with R's type 7 gives the same. */
  @Test
  void equalsCommonsMathPercentileR7Exactly() {
    java.util.Random rnd = new java.util.Random(7);
    double[] probs = {0.025, 0.10, 0.25, 0.50, 0.75, 0.90, 0.975, 0, 1};
    for (int n : new int[] {1, 2, 3, 10, 101, 10_000}) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = i % 7 == 0 ? 42 : 20_000 + 3_000 * rnd.nextGaussian();
      }
      org.apache.commons.math3.stat.descriptive.rank.Percentile pc =
          new org.apache.commons.math3.stat.descriptive.rank.Percentile()
              .withEstimationType(
                  org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType.R_7);
      pc.setData(v.clone());
      double[] q = Quantiles.of(v.clone(), 0, n, probs);
      for (int k = 0; k < probs.length; k++) {
        double want = probs[k] == 0 ? pc.evaluate(Double.MIN_VALUE) : pc.evaluate(probs[k] * 100);
        // the same order statistics; the interpolation may differ in the last bits (p·100/100)
        assertEquals(want, q[k], 1e-12 * Math.abs(want), "n=" + n + " p=" + probs[k]);
      }
    }
  }

  /** Selection gives exactly the sorted array's quantiles, with ties, constants and any sizes. */
  @Test
  void selectionEqualsSortingExactly() {
    Random rnd = new Random(21);
    double[] probs = {0.975, 0.025, 0.5, 0.1, 0.9, 0.25, 0.75, 0, 1};
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rnd.nextInt(trial < 100 ? 40 : 3000);
      double[] v = new double[n];
      int kind = trial % 4;
      for (int i = 0; i < n; i++) {
        v[i] =
            switch (kind) {
              case 0 -> rnd.nextGaussian();
              case 1 -> rnd.nextInt(5); // many ties
              case 2 -> 42; // constant
              default -> i % 2 == 0 ? i : n - i; // organ pipe
            };
      }
      double[] sorted = v.clone();
      java.util.Arrays.sort(sorted);
      double[] q = Quantiles.of(v.clone(), 0, n, probs);
      for (int k = 0; k < probs.length; k++) {
        assertEquals(
            Quantiles.sorted(sorted, 0, n, probs[k]),
            q[k],
            0.0,
            "trial " + trial + " p " + probs[k]);
      }
      // select puts the k-th value in place with ≤ before and ≥ after
      double[] w = v.clone();
      int at = rnd.nextInt(n);
      Quantiles.select(w, 0, n, at);
      assertEquals(sorted[at], w[at], 0.0);
      for (int i = 0; i < n; i++) {
        org.junit.jupiter.api.Assertions.assertTrue(i < at ? w[i] <= w[at] : w[i] >= w[at]);
      }
    }
  }

  @Test
  void handWorkedExample() {
    // x = 1..5: h = 4p; p = 0.1 → 1.4; p = 0.975 → 4.9
    double[] q = Quantiles.of(new double[] {5, 3, 1, 4, 2}, 0, 5, new double[] {0.1, 0.5, 0.975});
    assertEquals(1.4, q[0], 1e-12);
    assertEquals(3.0, q[1], 1e-12);
    assertEquals(4.9, q[2], 1e-12);
  }
}
