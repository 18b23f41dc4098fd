package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import jp.popvision.results.QuantileTable;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.UncertaintySpec;
import jp.popvision.scenario.UncertaintySpec.Noise;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  static LoadedScenario target;
  static CompiledScenario compiled;

  @BeforeAll
  static void read() throws Exception {
    target = LoadedScenario.read(TestData.root().resolve("scenarios/target.yaml"));
    compiled = CompiledScenario.of(target.spec(), target.data());
  }

  static UncertaintySpec spec(int n, long seed, double sdTfr, double sdMig, double sdE0) {
    return new UncertaintySpec(
        n, seed, new Noise(sdTfr, 0.9), new Noise(sdMig, 0.5), new Noise(sdE0, 0.9));
  }

  @Test
  void medianIsCloseToTheDeterministicRunForSymmetricNoise() {
    QuantileTable q = MonteCarlo.run(compiled, spec(4000, 7, 0.05, 100, 0.3), 2, null);
    for (int y = 0; y < q.years().size(); y++) {
      for (int k = 0; k < q.indicators().size(); k++) {
        double det = q.deterministic(y, k);
        double median = q.quantile(y, k, 3);
        assertEquals(det, median, 0.01 * det, q.years().get(y) + " " + q.indicators().get(k));
        // and the deterministic run is strictly inside the central 50 % once the assumptions vary
        // (target is calibrated to the 2020 census: 2015 and 2020 are certain)
        if (y > compiled.firstLeverPeriod()) {
          assertTrue(
              q.quantile(y, k, 2) < det && det < q.quantile(y, k, 4), q.years().get(y) + " " + k);
        }
      }
    }
  }

  @Test
  void quantilesAreOrderedAndTheBandsWidenWithTime() {
    QuantileTable q = MonteCarlo.run(compiled, spec(2000, 11, 0.15, 300, 1.0), 2, null);
    double width = 0;
    for (int y = 0; y < q.years().size(); y++) {
      for (int k = 0; k < q.indicators().size(); k++) {
        for (int j = 1; j < q.probabilities().length; j++) {
          assertTrue(
              q.quantile(y, k, j - 1) <= q.quantile(y, k, j), "ordered " + y + " " + k + " " + j);
        }
      }
      double w = q.quantile(y, 0, 6) - q.quantile(y, 0, 0);
      assertTrue(w >= width, "the 95 % band of the total widens: " + q.years().get(y));
      width = w;
    }
    assertEquals(0, q.quantile(0, 0, 6) - q.quantile(0, 0, 0), 0.0, "the base year is certain");
    assertEquals(0, q.quantile(1, 0, 6) - q.quantile(1, 0, 0), 0.0, "so is the calibrated 2020");
    assertEquals(50_273, q.quantile(1, 0, 3), 1e-3);
  }

  @Test
  void sameSeedSameResultsWithOneAndTwoThreads() {
    UncertaintySpec u = spec(3000, 42, 0.15, 300, 1.0);
    QuantileTable one = MonteCarlo.run(compiled, u, 1, null);
    QuantileTable two = MonteCarlo.run(compiled, u, 2, null);
    QuantileTable again = MonteCarlo.run(compiled, u, 2, null);
    assertTrue(one.sameAs(two));
    assertTrue(two.sameAs(again));
    QuantileTable other = MonteCarlo.run(compiled, u.withSeed(43), 2, null);
    assertFalse(one.sameAs(other));
  }

  @Test
  void seriesKeptInPassesGiveTheSameResultsAsOnePass() {
    UncertaintySpec u = spec(3000, 42, 0.15, 300, 1.0);
    QuantileTable onePass = MonteCarlo.run(compiled, u, 2, null, Long.MAX_VALUE);
    // 3,000 trajectories × 8 bytes = 24,000 bytes a series; a third of 360,000 bytes holds 5
    assertEquals(5, MonteCarlo.seriesPerPass(48, 3000, 360_000));
    int[] total = new int[1];
    QuantileTable passes = MonteCarlo.run(compiled, u, 2, (done, all) -> total[0] = all, 360_000);
    assertTrue(onePass.sameAs(passes));
    // the series of the base year and the calibrated 2020 are the same in every trajectory and
    // not kept; the 40 others take 8 passes of 5
    int series = compiled.instants() * 4;
    int varied = series - MonteCarlo.fixedSeries(compiled);
    assertEquals(4 * (compiled.instants() - compiled.firstLeverPeriod() - 1), varied);
    assertEquals(8, MonteCarlo.passes(compiled, 3000, 360_000));
    assertEquals(3000 * ((varied + 4) / 5), total[0], "progress counts every pass");
    assertTrue(onePass.limitedTrajectories() > 0, "the case should include limited cohorts");
  }

  /**
   * Independent oracle for the passes, the series not kept and the partial projections: every
   * trajectory projected in full with every series kept, then the mean (summed in trajectory order)
   * and the type-7 quantiles of each series; the table must hold the same doubles bit for bit.
   */
  @Test
  void quantilesEqualThoseOfEveryTrajectoryKeptInFull() {
    int n = 2500;
    UncertaintySpec u = spec(n, 9, 0.15, 300, 1.0);
    compiled.prepareLifeExpectancy(1.0);
    int series = compiled.instants() * 4;
    double[][] all = new double[series][n];
    Trajectories.run(compiled, u, 0, n, all, 0, series, compiled.periods());
    QuantileTable q = MonteCarlo.run(compiled, u, 2, null, 3 * 8L * n * 3);
    assertTrue(MonteCarlo.passes(compiled, n, 3 * 8L * n * 3) > 5);
    for (int s = 0; s < series; s++) {
      double sum = 0;
      for (double x : all[s]) {
        sum += x;
      }
      double[] expected = jp.popvision.engine.Quantiles.of(all[s], 0, n, MonteCarlo.PROBABILITIES);
      String at = "series " + s;
      assertEquals(
          Double.doubleToLongBits(sum / n), Double.doubleToLongBits(q.mean(s / 4, s % 4)), at);
      for (int k = 0; k < expected.length; k++) {
        assertEquals(
            Double.doubleToLongBits(expected[k]),
            Double.doubleToLongBits(q.quantile(s / 4, s % 4, k)),
            at + " quantile " + k);
      }
    }
  }

  @Test
  void aMillionTrajectoriesFitA256MbHeapInPasses() {
    // 256 MB / 3 = 89,478,485 bytes; a series of 1,000,000 doubles is 8,000,000 bytes: 11 a pass
    assertEquals(11, MonteCarlo.seriesPerPass(48, 1_000_000, 256L << 20));
    assertEquals(48, MonteCarlo.seriesPerPass(48, 100_000, 256L << 20));
    assertEquals(1, MonteCarlo.seriesPerPass(48, 1_000_000, 1 << 20));
  }

  @Test
  void noNoiseGivesTheDeterministicRunExactly() {
    QuantileTable q = MonteCarlo.run(compiled, spec(50, 1, 0, 0, 0), 2, null);
    for (int y = 0; y < q.years().size(); y++) {
      for (int k = 0; k < q.indicators().size(); k++) {
        for (int j = 0; j < q.probabilities().length; j++) {
          assertEquals(q.deterministic(y, k), q.quantile(y, k, j), 0.0);
        }
      }
    }
  }

  /** The deviations are AR(1) with unit variance and the asked lag-1 correlation. */
  @Test
  void deviationsHaveUnitVarianceAndTheAskedAutocorrelation() {
    int n = 20_000;
    int periods = 11;
    double[] a = new double[periods];
    double[] b = new double[periods];
    double[] c = new double[periods];
    double sumSq = 0;
    double sumLag = 0;
    double sumSqB = 0;
    double sumLagB = 0;
    for (int t = 0; t < n; t++) {
      Trajectories.deviations(
          new SplittableRandom(Trajectories.seed(5, t)), 0.9, 0.0, 1.0, a, b, c);
      sumSq += a[periods - 1] * a[periods - 1];
      sumLag += a[periods - 1] * a[periods - 2];
      sumSqB += b[periods - 1] * b[periods - 1];
      sumLagB += b[periods - 1] * b[periods - 2];
      assertEquals(c[0], c[periods - 1], 0.0, "autocorrelation 1: one shift throughout");
    }
    assertEquals(1.0, sumSq / n, 0.05);
    assertEquals(0.9, sumLag / n, 0.05);
    assertEquals(1.0, sumSqB / n, 0.05);
    assertEquals(0.0, sumLagB / n, 0.05);
  }

  @Test
  void trajectorySeedsDiffer() {
    Set<Long> seeds = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seeds.add(Trajectories.seed(20240601, i));
    }
    assertEquals(100_000, seeds.size());
    assertNotEquals(Trajectories.seed(1, 0), Trajectories.seed(2, 0));
  }
}
