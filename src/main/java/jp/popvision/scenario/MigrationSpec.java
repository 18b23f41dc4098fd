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
   *
   * @param register null for counts on the census basis ({@code basis: census}); for {@code basis:
   *     register}, the counts as stated (register social change) and, once resolved, the ratio that
   *     turned them into {@code perPeriod} (see {@link RegisterBasis})
   */
  record NetCounts(
      KnotPath perPeriod, int profileYear, MigrationTiming timing, RegisterStated register)
      implements MigrationSpec {
    public NetCounts(KnotPath perPeriod, int profileYear, MigrationTiming timing) {
      this(perPeriod, profileYear, timing, null);
    }
  }

  /**
   * Net counts stated as register social change ({@code migration.basis: register}).
   *
   * @param stated the counts as written
   * @param conversion the area's ratio; null until the scenario is resolved against data
   */
  record RegisterStated(KnotPath stated, RegisterBasis conversion) {}

  /**
   * Residual net migration rates by age and sex of census {@code fromYear} → +5, held constant;
   * with {@code level}, all rates scaled by level / (the residual net total of that period), so
   * that on that period's population they give {@code level} net migrants per 5 years: a count's
   * intensity relative to the population, kept as the population changes (null: unscaled).
   */
  record NetRates(int fromYear, Double level, RegisterLevel register) implements MigrationSpec {
    public NetRates(int fromYear) {
      this(fromYear, null, null);
    }

    public NetRates(int fromYear, Double level) {
      this(fromYear, level, null);
    }
  }

  /**
   * A net-rates level stated as register social change ({@code basis: register}): the level as
   * written, and the ratio that converted it to census terms (null until the area is known).
   */
  record RegisterLevel(double stated, RegisterBasis conversion) {}

  /** {@code first} for periods starting before {@code fromYear}, {@code then} from it on. */
  record Switch(MigrationSpec first, int fromYear, MigrationSpec then) implements MigrationSpec {}

  /**
   * Cohort change ratios from {@code source}: for {@code census}, those of fromYear → +5 held
   * constant; for {@code ipss-h30}, those of each of its periods, the last held after.
   */
  record CohortChange(Dataset source, Integer fromYear) implements MigrationSpec {}
}
