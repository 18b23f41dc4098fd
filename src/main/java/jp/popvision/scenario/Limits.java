package jp.popvision.scenario;

/**
 * Hard limits of the scenario values: a value outside is an error (exit 3), not an assumption. Each
 * limit says where it comes from. Warning thresholds for values that are possible but implausible
 * are in {@link Plausibility}; the limits here are wider, so that they stop typos (14.4 for 1.44, a
 * year with a missing digit) and values the shipped data cannot support, never a deliberate
 * scenario.
 */
public final class Limits {
  private Limits() {}

  /**
   * Lowest TFR, children per woman. Below every rate on record: Japan's municipal TFRs of 2008–2012
   * lay between about 0.7 and 2.8 (see {@link Plausibility}); the lowest national TFR ever recorded
   * is South Korea's 0.72 (2023).
   */
  public static final double TFR_MIN = 0.5;

  /**
   * Highest TFR, children per woman. Above Japan's national TFR in every year since 1950 (3.65 in
   * 1950, 人口動態統計; 4.54 at the 1947 peak) and above the highest municipal rate of 2008–2012 (about
   * 2.8).
   */
  public static final double TFR_MAX = 4.0;

  /**
   * Lowest sex ratio at birth, males per female birth. Stated reason: the biological norm is about
   * 1.05 (the warning range 1.03–1.08 of {@link Plausibility}, WPP 2024 Japan 1.04–1.07); a tenth
   * or more away from it is not a plausible assumption for any population.
   */
  public static final double SRB_MIN = 0.9;

  /** Highest sex ratio at birth, males per female birth (the reason of {@link #SRB_MIN}). */
  public static final double SRB_MAX = 1.2;

  /**
   * Largest net migration, persons per 5 years, either sign. Stated reason: more than a quarter of
   * Japan's largest municipality (Yokohama, about 3.8 million) moving in or out in five years is
   * beyond any planning scenario; the limit stops typos (an extra digit or two).
   */
  public static final double NET_COUNT_MAX = 1_000_000;

  /**
   * Earliest year of a knot ({@code fertility.tfr}, {@code migration.net_counts}): the first year
   * of the UN World Population Prospects 2024 estimates, whose life tables and fertility pattern
   * the projection uses ({@code data/japan/wpp2024_*}, 1950–2100).
   */
  public static final int YEAR_MIN = 1950;

  /**
   * Earliest base year and earliest {@code migration.zero_from}: the first census in the shipped
   * data ({@code data/asakura/census_age5_sex_1980_2015.csv}, 国勢調査 1980).
   */
  public static final int BASE_YEAR_MIN = 1980;

  /**
   * Latest base year: the last year of the IPSS 2018 municipal projection ({@code
   * data/asakura/ipss_h30_2018_age5_sex_2015_2045.csv}), the latest population by sex and age a
   * base can take from the shipped datasets.
   */
  public static final int BASE_YEAR_MAX = 2045;

  /**
   * Last projected year: the end of IPSS's long-range auxiliary projection for Japan (日本の将来推計人口
   * 令和5年推計, 参考推計 to 2120); WPP 2024's life tables end in 2100 and are held after it.
   */
  public static final int HORIZON_MAX = 2120;

  /** Length of a projection step and of the census interval, years. */
  public static final int STEP_YEARS = 5;

  // ---- the analyses: sizes of a run, not demographic values

  /**
   * Fewest Monte Carlo trajectories: below 10 the 10 % and 90 % quantiles that the fan chart shows
   * would be the lowest and highest trajectory.
   */
  public static final int TRAJECTORIES_MIN = 10;

  /**
   * Most Monte Carlo trajectories: 1,000,000 is the size the memory target is measured at
   * (≤ 3 s and 256 MB, {@code popvision bench}); the exact quantiles of more need more memory than
   * a planner's laptop should be asked for.
   */
  public static final int TRAJECTORIES_MAX = 1_000_000;

  /**
   * Most values on one axis of a sensitivity grid: a TFR axis of 0.5–4.0 in steps of 0.001 has
   * 3,501; 10,000 stops a step typed with a missing digit before anything is computed.
   */
  public static final int GRID_VALUES_MAX = 10_000;

  /**
   * Most grid results (TFR levels × migration levels × years) one sensitivity run computes: about 8
   * s and 100 MB on the 2-core development machine; a 10,000 × 10,000 grid (the per-axis limit) is
   * far beyond it.
   */
  public static final long GRID_RESULTS_MAX = 500_000;
}
