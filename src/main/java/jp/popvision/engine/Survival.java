package jp.popvision.engine;

import jp.popvision.model.AgeVector;

/**
 * Survival over one projection step for one sex.
 *
 * <p>{@code ratios.get(i)} for i below the open group is the share of group i alive in group i+1 at
 * the end of the step; the last two entries apply to the groups that end in the open group:
 * P'(open) = ratios[n-2]·P(n-2) + ratios[n-1]·P(open). {@code birthSurvival} is the share of births
 * of the step alive in the first group at its end (5L0 / (5·l0) for a life table).
 */
public record Survival(AgeVector ratios, double birthSurvival) {
  public Survival {
    for (int i = 0; i < ratios.size(); i++) {
      double s = ratios.get(i);
      if (s < 0 || s > 1) {
        throw new IllegalArgumentException("survival ratio " + i + " must be in [0, 1], was " + s);
      }
    }
    if (!(birthSurvival >= 0 && birthSurvival <= 1)) {
      throw new IllegalArgumentException("birth survival must be in [0, 1], was " + birthSurvival);
    }
  }
}
