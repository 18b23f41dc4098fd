package jp.popvision.scenario;

import jp.popvision.model.MigrationTiming;

/** Migration assumption. */
public sealed interface MigrationSpec {

  /** No migration. */
  record Zero() implements MigrationSpec {}

  /**
   * Net migrants per period (persons per 5 years; each knot applies from the period starting in its
   * year until the next knot), distributed by the age-sex profile of the residual net migration
   * between the censuses of {@code profileYear} and profileYear + 5.
   */
  record NetCounts(KnotPath perPeriod, int profileYear, MigrationTiming timing)
      implements MigrationSpec {}

  /** Residual net migration rates by age and sex of census {@code fromYear} → +5, held constant. */
  record NetRates(int fromYear) implements MigrationSpec {}

  /** {@code first} for periods starting before {@code fromYear}, {@code then} from it on. */
  record Switch(MigrationSpec first, int fromYear, MigrationSpec then) implements MigrationSpec {}

  /**
   * Cohort change ratios from {@code source}: for {@code census}, those of fromYear → +5 held
   * constant; for {@code ipss-h30}, those of each of its periods, the last held after.
   */
  record CohortChange(Dataset source, Integer fromYear) implements MigrationSpec {}
}
