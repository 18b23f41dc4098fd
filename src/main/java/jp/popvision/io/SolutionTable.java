package jp.popvision.io;

import static jp.popvision.io.CsvFormat.fixed;

/** {@code solution.csv} of {@code popvision solve} (see README). */
public final class SolutionTable {
  private SolutionTable() {}

  /**
   * @param lever {@code tfr} or {@code migration}
   * @param target {@code total}, {@code age_0_14} or {@code share_65_plus}
   * @param appliesFrom the year from which the lever's value applies
   */
  public static String of(
      String lever,
      double value,
      int targetYear,
      double targetValue,
      double achieved,
      String target,
      int appliesFrom) {
    int valueDecimals = lever.equals("tfr") ? 6 : 2;
    int targetDecimals = target.startsWith("share") ? 6 : 2;
    return "lever,value,target_year,target_population,achieved_population,target,applies_from\n"
        + lever
        + ','
        + fixed(value, valueDecimals)
        + ','
        + targetYear
        + ','
        + fixed(targetValue, targetDecimals)
        + ','
        + fixed(achieved, targetDecimals)
        + ','
        + target
        + ','
        + appliesFrom
        + '\n';
  }
}
