package jp.popvision.engine;

import jp.popvision.model.AgeVector;
import jp.popvision.model.Sex;

/** Net migration of one projection step. */
public sealed interface Migration {

  /** No migration. */
  record None() implements Migration {}

  /**
   * Net migrants (persons over the step) by sex and age group. With END timing they are added to
   * their group at the end; with EVEN timing half at the start and half at the end.
   */
  record NetMigrants(AgeVector male, AgeVector female) implements Migration {
    public AgeVector get(Sex sex) {
      return sex == Sex.MALE ? male : female;
    }
  }

  /**
   * Net migration rates by sex and age group at the end of the step, per survivor (IPSS
   * convention): net migrants in group x+1 = rate(x+1) · S(x) · P(x); in the first group, rate(0) ·
   * births surviving to it.
   */
  record NetRates(AgeVector male, AgeVector female) implements Migration {
    public AgeVector get(Sex sex) {
      return sex == Sex.MALE ? male : female;
    }
  }

  /**
   * Cohort change ratios (変化率): P(x+1, t+n) = ratio(x) · P(x, t), the last two entries shaped like
   * {@link Survival#ratios()}. Survival and migration together; the survival ratios of the step are
   * used only to split the change into deaths and net migrants for reporting.
   */
  record CohortChangeRatios(AgeVector male, AgeVector female) implements Migration {
    public AgeVector get(Sex sex) {
      return sex == Sex.MALE ? male : female;
    }
  }
}
