package jp.popvision.scenario;

import jp.popvision.model.AgeGroups;

/**
 * The indicators of {@link CompiledScenario#INDICATORS} of a packed population (male groups, then
 * female), summed as {@code Indicators.of} sums them: the same order, so equal bit for bit.
 */
final class PackedIndicators {
  private final int n;
  private final int[] ranges;

  PackedIndicators(AgeGroups groups) {
    this.n = groups.count();
    int[] young = range(groups, n, 0, 14);
    int[] working = range(groups, n, 15, 64);
    int[] old = range(groups, n, 65, -1);
    this.ranges = new int[] {young[0], young[1], working[0], working[1], old[0], old[1]};
  }

  /**
   * Groups [first, last] whose first age is in [fromAge, toAge] (toAge −1: open), as
   * Population.sumAges.
   */
  private static int[] range(AgeGroups groups, int n, int fromAge, int toAge) {
    int first = -1;
    int last = -2;
    for (int i = 0; i < n; i++) {
      int a = groups.ageFrom(i);
      if (a >= fromAge && (toAge < 0 || a <= toAge)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return new int[] {first, last};
  }

  /** Indicators as {@code Indicators.of}: sums in the same order, so equal bit for bit. */
  void record(double[] p, int instant, double[] out) {
    double male = 0;
    double female = 0;
    for (int i = 0; i < n; i++) {
      male += p[i];
    }
    for (int i = n; i < 2 * n; i++) {
      female += p[i];
    }
    int o = instant * 4;
    out[o + CompiledScenario.TOTAL] = male + female;
    out[o + CompiledScenario.AGE_0_14] = sum(p, ranges[0], ranges[1]);
    out[o + CompiledScenario.AGE_15_64] = sum(p, ranges[2], ranges[3]);
    out[o + CompiledScenario.AGE_65_PLUS] = sum(p, ranges[4], ranges[5]);
  }

  private double sum(double[] p, int from, int to) {
    double s = 0;
    for (int i = from; i <= to; i++) {
      s += p[i] + p[n + i];
    }
    return s;
  }
}
