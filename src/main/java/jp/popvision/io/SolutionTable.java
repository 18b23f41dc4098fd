package jp.popvision.io;

import static jp.popvision.io.CsvFormat.fixed;

/** {@code solution.csv} of {@code popvision solve} (see README). */
public final class SolutionTable {
  private SolutionTable() {}

  /**
   * @param lever {@code tfr} or {@code migration}
   * @param target {@code total}, {@code age_0_14} or {@code share_65_plus}
   * @param appliesFrom the year from which the lever's value applies
   * @param registerRatio for a migration lever on counts stated as register social change ({@code
   *     basis: register}), the register-to-census ratio; null otherwise
   */
  public static String of(
      String lever,
      double value,
      int targetYear,
      double targetValue,
      double achieved,
      String target,
      int appliesFrom,
      Double registerRatio) {
    int valueDecimals = lever.equals("tfr") ? 6 : 2;
    int targetDecimals = target.startsWith("share") ? 6 : 2;
    String basis = lever.equals("tfr") ? "" : registerRatio == null ? "census" : "register";
    return "lever,value,target_year,target_population,achieved_population,target,applies_from,"
        + "net_migration_basis,register_value,register_to_census_ratio\n"
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
        + ','
        + basis
        + ','
        + (registerRatio == null ? "" : fixed(value / registerRatio, valueDecimals))
        + ','
        + (registerRatio == null ? "" : fixed(registerRatio, 4))
        + '\n';
  }
}
