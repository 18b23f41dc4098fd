package jp.popvision.scenario;

import jp.popvision.scenario.MigrationSpec.NetCounts;

/**
 * The net-migration lever of {@link Levers}: the scenario's net social change per 5 years and per
 * period.
 */
public final class MigrationLever {
  private MigrationLever() {}

  /** The net-counts path of {@code spec}, or an error at migration.method if there is none. */
  public static KnotPath migrationPath(ScenarioSpec spec) {
    if (spec.migration() instanceof NetCounts c) {
      return c.perPeriod();
    }
    throw new ResolveException("migration.method", ResolveException.Reason.MIGRATION_LEVER_METHOD);
  }

  /** The first year from which the migration level applies (see {@link Levers}). */
  public static int migrationFromYear(ScenarioSpec spec) {
    KnotPath path = migrationPath(spec);
    int from = Levers.startYear(spec);
    for (Knot k : path.knots()) {
      if (k.year() > from && k.year() < spec.horizon()) {
        from = k.year();
      }
    }
    return from;
  }

  /**
   * The ratio that turned the scenario's register-basis counts into census terms ({@code
   * migration.basis: register}, see {@link RegisterBasis}), or null when the lever's counts are on
   * the census basis or not yet converted. The lever works in census terms; a value divided by this
   * ratio is the same level as register social change.
   */
  public static Double registerRatio(ScenarioSpec spec) {
    if (spec.migration() instanceof NetCounts c
        && c.register() != null
        && c.register().conversion() != null) {
      return c.register().conversion().ratio();
    }
    return null;
  }

  /** The scenario's net social change per 5 years from {@link #migrationFromYear} on. */
  public static double migrationLevel(ScenarioSpec spec) {
    return migrationPath(spec).stepAt(migrationFromYear(spec));
  }

  /**
   * Net migrants of each period (starting at {@code starts}) with the level set to {@code level}
   * from {@link #migrationFromYear} on; earlier periods keep the path's value (periods before the
   * lever year are left to the resolved scenario, e.g. calibrated).
   */
  public static double[] migrationByPeriod(ScenarioSpec spec, int[] starts, double level) {
    KnotPath path = migrationPath(spec);
    if (!Double.isFinite(level)) {
      throw new ResolveException(
          "migration.net_counts", ResolveException.Reason.MIGRATION_LEVEL_FINITE, level);
    }
    int from = migrationFromYear(spec);
    double[] out = new double[starts.length];
    for (int i = 0; i < starts.length; i++) {
      out[i] = starts[i] >= from ? level : path.stepAt(starts[i]);
    }
    return out;
  }
}
