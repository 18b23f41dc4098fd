package jp.popvision.results;

/**
 * One bar of a one-way sensitivity (tornado) chart: an indicator in one year with one lever set low
 * and high around the scenario.
 *
 * @param year the year recorded
 * @param indicator {@code total}, {@code age_0_14} or {@code age_65_plus}
 * @param lever {@code tfr} (TFR level), {@code migration} (net social change per 5 years), {@code
 *     e0} (life expectancy shift, years) or {@code srb} (sex ratio at birth)
 * @param change the ± change of the lever (NaN for srb, whose two values are given)
 * @param lowValue the lever's value for the low run (for e0: the shift, e.g. −1)
 * @param highValue the lever's value for the high run
 * @param populationLow the indicator with the lever low
 * @param populationHigh the indicator with the lever high
 * @param populationBase the indicator in the scenario's own run
 * @param rank 1 = largest swing among the bars of this year and indicator
 */
public record TornadoBar(
    int year,
    String indicator,
    String lever,
    double change,
    double lowValue,
    double highValue,
    double populationLow,
    double populationHigh,
    double populationBase,
    int rank) {

  /** |high − low|: the width of the bar, by which bars are ranked. */
  public double swing() {
    return Math.abs(populationHigh - populationLow);
  }

  public TornadoBar withRank(int r) {
    return new TornadoBar(
        year,
        indicator,
        lever,
        change,
        lowValue,
        highValue,
        populationLow,
        populationHigh,
        populationBase,
        r);
  }
}
