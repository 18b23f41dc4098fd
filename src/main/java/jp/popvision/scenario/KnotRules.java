package jp.popvision.scenario;

/**
 * What a path's knots may say (README "Scenario file"): a path must say what holds from the base
 * year — its first knot at or before the base year, or, for net counts of a calibrated scenario, at
 * or before the first period after the calibrated one (the periods before it are the calibration's
 * estimate) — and a net-count knot, which applies from the period starting in its year, must be a
 * period start. Violations are input errors naming the knot. Pure.
 */
final class KnotRules {
  private KnotRules() {}

  static void check(ScenarioSpec spec, int baseYear, int width) {
    if (spec.fertility() instanceof FertilitySpec.Tfr f) {
      firstKnot("fertility.tfr", f.tfr(), baseYear, baseYear);
    } else if (spec.fertility() instanceof FertilitySpec.ChildWomanRatio c && c.tfr() != null) {
      firstKnot("fertility.tfr", c.tfr(), baseYear, baseYear);
    }
    MigrationSpec m = spec.migration();
    while (m instanceof MigrationSpec.Switch sw) {
      m = sw.first() instanceof MigrationSpec.NetCounts ? sw.first() : sw.then();
    }
    if (m instanceof MigrationSpec.NetCounts c) {
      int latest = spec.calibration() == null ? baseYear : spec.calibration().year();
      firstKnot("migration.net_counts", c.perPeriod(), baseYear, latest);
      for (Knot k : c.perPeriod().knots()) {
        if (Math.floorMod(k.year() - baseYear, width) != 0) {
          int moved = baseYear + Math.floorDiv(k.year() - baseYear + width - 1, width) * width;
          throw new ResolveException(
              "migration.net_counts",
              ResolveException.Reason.KNOT_NOT_PERIOD_START,
              k.year(),
              moved,
              moved + width,
              baseYear,
              width);
        }
      }
    }
  }

  private static void firstKnot(String key, KnotPath path, int baseYear, int latest) {
    int first = path.knots().get(0).year();
    if (first > latest) {
      throw new ResolveException(
          key, ResolveException.Reason.KNOT_AFTER_BASE, first, baseYear, latest);
    }
  }
}
