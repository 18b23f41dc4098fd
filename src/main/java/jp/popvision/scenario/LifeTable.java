package jp.popvision.scenario;

import jp.popvision.model.AgeVector;

/**
 * Person-years lived by 5-year age group (last group open, holding its T) for both sexes in one
 * period, with the radix l0.
 */
public record LifeTable(int periodStart, double l0, AgeVector nLxMale, AgeVector nLxFemale) {

  /** Life expectancy at birth, T0 / l0. */
  public double e0Male() {
    return nLxMale.sum() / l0;
  }

  public double e0Female() {
    return nLxFemale.sum() / l0;
  }
}
