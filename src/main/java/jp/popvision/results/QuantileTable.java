package jp.popvision.results;

import java.util.List;

/**
 * Monte Carlo summary: for every year and indicator, quantiles of the simulated values, their mean
 * and the deterministic (scenario's own) value. Immutable.
 */
public final class QuantileTable {
  private final int[] years;
  private final List<String> indicators;
  private final double[] probabilities;
  private final double[] quantiles;
  private final double[] mean;
  private final double[] deterministic;
  private final int trajectories;
  private final int limitedTrajectories;
  private final long seed;

  /**
   * @param quantiles index (year · indicators + indicator) · probabilities + k
   * @param mean index year · indicators + indicator
   * @param deterministic index year · indicators + indicator
   * @param limitedTrajectories trajectories in which out-migration was limited at zero at least
   *     once
   */
  public QuantileTable(
      int[] years,
      List<String> indicators,
      double[] probabilities,
      double[] quantiles,
      double[] mean,
      double[] deterministic,
      int trajectories,
      int limitedTrajectories,
      long seed) {
    int cells = years.length * indicators.size();
    if (quantiles.length != cells * probabilities.length
        || mean.length != cells
        || deterministic.length != cells) {
      throw new IllegalArgumentException("quantile table sizes do not match");
    }
    this.years = years.clone();
    this.indicators = List.copyOf(indicators);
    this.probabilities = probabilities.clone();
    this.quantiles = quantiles.clone();
    this.mean = mean.clone();
    this.deterministic = deterministic.clone();
    this.trajectories = trajectories;
    this.limitedTrajectories = limitedTrajectories;
    this.seed = seed;
  }

  public List<Integer> years() {
    return java.util.Arrays.stream(years).boxed().toList();
  }

  public List<String> indicators() {
    return indicators;
  }

  public double[] probabilities() {
    return probabilities.clone();
  }

  /**
   * The quantile at {@code probabilities()[k]} of indicator {@code indicator} in the year {@code
   * years().get(yearIndex)} (an index into {@link #years()}, not a calendar year).
   */
  public double quantile(int yearIndex, int indicator, int k) {
    return quantiles[(yearIndex * indicators.size() + indicator) * probabilities.length + k];
  }

  /** The mean over trajectories; {@code yearIndex} as in {@link #quantile}. */
  public double mean(int yearIndex, int indicator) {
    return mean[yearIndex * indicators.size() + indicator];
  }

  /** The scenario's own (deterministic) projection; {@code yearIndex} as in {@link #quantile}. */
  public double deterministic(int yearIndex, int indicator) {
    return deterministic[yearIndex * indicators.size() + indicator];
  }

  public int trajectories() {
    return trajectories;
  }

  public int limitedTrajectories() {
    return limitedTrajectories;
  }

  public long seed() {
    return seed;
  }

  /** Equal content (for determinism tests). */
  public boolean sameAs(QuantileTable o) {
    return java.util.Arrays.equals(years, o.years)
        && indicators.equals(o.indicators)
        && java.util.Arrays.equals(probabilities, o.probabilities)
        && java.util.Arrays.equals(quantiles, o.quantiles)
        && java.util.Arrays.equals(mean, o.mean)
        && java.util.Arrays.equals(deterministic, o.deterministic)
        && trajectories == o.trajectories
        && limitedTrajectories == o.limitedTrajectories
        && seed == o.seed;
  }
}
