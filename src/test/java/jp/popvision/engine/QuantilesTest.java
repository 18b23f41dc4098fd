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

  @Test
  void handWorkedExample() {
    // x = 1..5: h = 4p; p = 0.1 → 1.4; p = 0.975 → 4.9
    double[] q = Quantiles.of(new double[] {5, 3, 1, 4, 2}, 0, 5, new double[] {0.1, 0.5, 0.975});
    assertEquals(1.4, q[0], 1e-12);
    assertEquals(3.0, q[1], 1e-12);
    assertEquals(4.9, q[2], 1e-12);
  }
}
