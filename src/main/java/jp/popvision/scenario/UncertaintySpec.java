package jp.popvision.scenario;

/**
 * The {@code uncertainty:} block of a scenario: random deviations of the assumptions for {@code
 * popvision uncertainty} (Monte Carlo over the deterministic projection).
 *
 * <p>Each assumption's deviation from the scenario's value in period t is sd·ε(t) with ε a
 * stationary first-order autoregressive series over the periods the levers act on (from the
 * calibration year, else the base year): ε(1) = z(1), ε(t) = ρ·ε(t−1) + √(1−ρ²)·z(t), z independent
 * standard normal, so that every period's deviation has standard deviation sd and consecutive
 * periods correlate with ρ (ρ = 1: one shift for the whole horizon; ρ = 0: independent periods).
 *
 * @param trajectories number of simulated futures
 * @param seed seed of the random numbers (same seed → same results)
 * @param tfr deviation of the period TFR (children per woman); null = none
 * @param netMigration deviation of the net social change (persons per 5 years); null = none
 * @param e0 deviation of life expectancy at birth, both sexes alike (years); null = none
 */
public record UncertaintySpec(
    int trajectories, long seed, Noise tfr, Noise netMigration, Noise e0) {

  public static final int DEFAULT_TRAJECTORIES = 10_000;
  public static final long DEFAULT_SEED = 1;

  public UncertaintySpec {
    if (trajectories < Limits.TRAJECTORIES_MIN || trajectories > Limits.TRAJECTORIES_MAX) {
      throw new IllegalArgumentException(
          "trajectories must be from "
              + Limits.TRAJECTORIES_MIN
              + " to "
              + Limits.TRAJECTORIES_MAX
              + ", was "
              + trajectories);
    }
  }

  public UncertaintySpec withTrajectories(int n) {
    return new UncertaintySpec(n, seed, tfr, netMigration, e0);
  }

  public UncertaintySpec withSeed(long s) {
    return new UncertaintySpec(trajectories, s, tfr, netMigration, e0);
  }

  /** Standard deviation and period-to-period autocorrelation of one assumption's deviation. */
  public record Noise(double sd, double autocorrelation) {
    public Noise {
      if (!(sd >= 0) || Double.isInfinite(sd)) {
        throw new IllegalArgumentException("sd must be a finite number >= 0, was " + sd);
      }
      if (!(autocorrelation >= 0 && autocorrelation <= 1)) {
        throw new IllegalArgumentException(
            "autocorrelation must be in [0, 1], was " + autocorrelation);
      }
    }
  }
}
