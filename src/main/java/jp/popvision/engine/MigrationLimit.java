package jp.popvision.engine;

import jp.popvision.model.Sex;

/**
 * A record that net out-migration asked for more people than a cohort had, and was limited so that
 * the cohort ends at zero instead of going negative; or, in a period whose assumed net migration is
 * an outflow, that a cohort's inflow was scaled down with the limited outflows ({@link
 * #inflowFactor}).
 */
public record MigrationLimit(
    int periodStart, Sex sex, int group, double requested, double applied) {

  /**
   * The factor applied to a period's inflows (net migrant counts with a positive profile share)
   * when its outflows were limited at zero: the share of the wanted outflow that the cohorts could
   * give, {@code outGot / outWanted}, in a period whose assumed net migration {@code totalWanted}
   * is negative; else 1. Scaling the inflows by it keeps the applied net migration at {@code k ×
   * totalWanted}: an assumed outflow never turns into net in-migration (e.g. −1,000,000 per 5 years
   * spread by a profile over a population of 50,000 would otherwise leave only the inflows).
   */
  public static double inflowFactor(double totalWanted, double outWanted, double outGot) {
    if (!(totalWanted < 0) || outGot == outWanted || outWanted == 0) {
      return 1;
    }
    return outGot / outWanted;
  }
}
