package jp.popvision.app;

import java.util.SplittableRandom;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.UncertaintySpec;

/**
 * The trajectories of {@link MonteCarlo}: each one's seeded generator, its autocorrelated
 * deviations and its projection with the kernel (see {@link MonteCarlo} for the determinism rule).
 */
final class Trajectories {
  /** Golden-ratio increment of SplitMix64 (Steele, Lea and Flood 2014). */
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private Trajectories() {}

  /** The seed of trajectory {@code index}'s generator. */
  static long seed(long seed, int index) {
    long z = seed + (index + 1L) * GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Trajectories [from, to) keeping series [s0, s1), each stepped over its first {@code steps}
   * periods; returns how many were limited at zero in those periods.
   */
  static int run(
      CompiledScenario f,
      UncertaintySpec u,
      int from,
      int to,
      double[][] store,
      int s0,
      int s1,
      int steps) {
    int periods = f.periods();
    double[] ownTfr = f.ownTfr();
    double[] ownMig = f.ownMigration();
    boolean tfrNoise = u.tfr() != null && u.tfr().sd() > 0;
    boolean migNoise = u.netMigration() != null && u.netMigration().sd() > 0;
    boolean e0Noise = u.e0() != null && u.e0().sd() > 0;
    double sdT = tfrNoise ? u.tfr().sd() : 0;
    double sdM = migNoise ? u.netMigration().sd() : 0;
    double sdE = e0Noise ? u.e0().sd() : 0;
    double rT = tfrNoise ? u.tfr().autocorrelation() : 0;
    double rM = migNoise ? u.netMigration().autocorrelation() : 0;
    double rE = e0Noise ? u.e0().autocorrelation() : 0;
    int first = f.firstLeverPeriod();
    int varied = periods - first;
    // the periods stepped that the levers act on: a trajectory's draws for later periods are not
    // needed (they come after these in its generator, so these are the same without them)
    int drawn = Math.max(0, Math.min(varied, steps - first));
    double[] eT = new double[varied];
    double[] eM = new double[varied];
    double[] eE = new double[varied];
    double[] tfr = new double[periods];
    double[] mig = new double[periods];
    double[] e0 = new double[periods];
    double[] out = new double[f.instants() * CompiledScenario.INDICATORS.size()];
    CompiledScenario.Workspace ws = f.workspace();
    int limited = 0;
    for (int t = from; t < to; t++) {
      deviations(new SplittableRandom(seed(u.seed(), t)), rT, rM, rE, eT, eM, eE, drawn);
      for (int i = first; i < first + drawn; i++) {
        if (tfrNoise) {
          tfr[i] = Math.max(0, ownTfr[i] + sdT * eT[i - first]);
        }
        if (migNoise) {
          mig[i] = ownMig[i] + sdM * eM[i - first];
        }
        e0[i] = sdE * eE[i - first];
      }
      if (f.project(
              ws,
              tfrNoise ? tfr : null,
              migNoise ? mig : null,
              e0Noise ? e0 : null,
              out,
              null,
              steps)
          > 0) {
        limited++;
      }
      for (int k = s0; k < s1; k++) {
        store[k - s0][t] = out[k];
      }
    }
    return limited;
  }

  /**
   * Fills three standard AR(1) series of unit variance (ε(0) = z(0), ε(t) = ρ·ε(t−1) +
   * √(1−ρ²)·z(t)) from {@code rng}, drawing z for TFR, migration and e0 in turn in every period.
   */
  static void deviations(
      SplittableRandom rng,
      double rT,
      double rM,
      double rE,
      double[] eT,
      double[] eM,
      double[] eE) {
    deviations(rng, rT, rM, rE, eT, eM, eE, eT.length);
  }

  /** As above, for the first {@code count} periods only (the same values as the full series). */
  static void deviations(
      SplittableRandom rng,
      double rT,
      double rM,
      double rE,
      double[] eT,
      double[] eM,
      double[] eE,
      int count) {
    double iT = Math.sqrt(1 - rT * rT);
    double iM = Math.sqrt(1 - rM * rM);
    double iE = Math.sqrt(1 - rE * rE);
    for (int i = 0; i < count; i++) {
      double zT = rng.nextGaussian();
      double zM = rng.nextGaussian();
      double zE = rng.nextGaussian();
      if (i == 0) {
        eT[i] = zT;
        eM[i] = zM;
        eE[i] = zE;
      } else {
        eT[i] = rT * eT[i - 1] + iT * zT;
        eM[i] = rM * eM[i - 1] + iM * zM;
        eE[i] = rE * eE[i - 1] + iE * zE;
      }
    }
  }
}
