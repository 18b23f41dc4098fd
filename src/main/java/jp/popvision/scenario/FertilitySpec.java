package jp.popvision.scenario;

/** Fertility assumption. */
public sealed interface FertilitySpec {

  /**
   * A TFR path times an age pattern of fertility. The TFR of a period is the path's value at the
   * period's midpoint (its average over the period, since the path is linear between knots).
   *
   * @param agePattern {@code wpp2024} (the WPP 2024 Japan pattern of each period) or {@code
   *     mhlw-YYYY} (the MHLW pattern of that year)
   * @param sexRatioAtBirth males per female births; null = WPP 2024 of each period
   */
  record Tfr(KnotPath tfr, String agePattern, Double sexRatioAtBirth) implements FertilitySpec {}

  /**
   * The IPSS child-woman ratio of each period taken from {@code source} (the ratio and 0–4 sex
   * ratio at each of its years after the first), held after its last period. With a TFR path, the
   * ratio is scaled by TFR(period) / TFR(first knot): the ratio of CWR to TFR stays that of the
   * source (the rule the Cabinet Office worksheet uses to turn TFR targets into CWRs).
   *
   * @param tfr optional TFR path (null = the source's ratios unchanged)
   */
  record ChildWomanRatio(Dataset source, KnotPath tfr) implements FertilitySpec {}
}
