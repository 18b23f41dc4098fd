package jp.popvision.app;

import java.util.List;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.SensitivitySpec;

/**
 * The settings of a sensitivity run: the built-in defaults, the merge of the command line, the
 * scenario's {@code sensitivity:} block and those defaults, and the checks of the merged settings
 * against the scenario.
 */
public final class SensitivitySettings {
  private SensitivitySettings() {}

  /** Built-in settings, used for whatever neither the command line nor the scenario gives. */
  public static final SensitivitySpec DEFAULTS =
      new SensitivitySpec(
          null,
          List.of(0.1, 0.2),
          List.of(100.0, 300.0),
          List.of(1.0),
          List.of(1.03, 1.07),
          GridRange.of(1.2, 2.2, 0.05),
          GridRange.of(-2000, 500, 100),
          List.of(30_000.0, 35_000.0, 40_000.0));

  /** The settings: each field from the command line, else the scenario's block, else default. */
  public static SensitivitySpec merge(
      SensitivitySpec cli, SensitivitySpec scenario, ScenarioSpec spec) {
    SensitivitySpec c =
        cli != null ? cli : new SensitivitySpec(null, null, null, null, null, null, null, null);
    SensitivitySpec s =
        scenario != null
            ? scenario
            : new SensitivitySpec(null, null, null, null, null, null, null, null);
    List<Integer> years =
        first(c.years(), s.years(), List.of(Math.min(Sensitivity.DEFAULT_YEAR, spec.horizon())));
    return new SensitivitySpec(
        years,
        first(c.tfrSteps(), s.tfrSteps(), DEFAULTS.tfrSteps()),
        first(c.migrationSteps(), s.migrationSteps(), DEFAULTS.migrationSteps()),
        first(c.e0Steps(), s.e0Steps(), DEFAULTS.e0Steps()),
        first(c.srbValues(), s.srbValues(), DEFAULTS.srbValues()),
        first(c.gridTfr(), s.gridTfr(), DEFAULTS.gridTfr()),
        first(c.gridMigration(), s.gridMigration(), DEFAULTS.gridMigration()),
        first(c.contours(), s.contours(), DEFAULTS.contours()));
  }

  private static <T> T first(T a, T b, T c) {
    return a != null ? a : b != null ? b : c;
  }

  /** Checks the merged settings against the scenario (years inside its horizon). */
  static void check(SensitivitySpec s, ScenarioSpec spec) throws UsageException {
    for (int y : s.years()) {
      if (y <= spec.base().year() || y > spec.horizon() || (y - spec.base().year()) % 5 != 0) {
        throw new UsageException(
            jp.popvision.io.Msg.USAGE_YEAR_IN_HORIZON,
            "--year",
            y,
            spec.base().year() + 5,
            spec.horizon());
      }
    }
    if (s.srbValues().size() != 2 || s.srbValues().get(0) > s.srbValues().get(1)) {
      throw new UsageException(jp.popvision.io.Msg.USAGE_SRB_PAIR);
    }
    if (s.gridTfr() != null && s.gridMigration() != null) {
      long cells = (long) s.gridTfr().values().length * s.gridMigration().values().length;
      if (cells * s.years().size() > jp.popvision.scenario.Limits.GRID_RESULTS_MAX) {
        throw new UsageException(
            jp.popvision.io.Msg.USAGE_GRID_TOO_LARGE,
            String.format(java.util.Locale.ROOT, "%,d", s.gridTfr().values().length),
            String.format(java.util.Locale.ROOT, "%,d", s.gridMigration().values().length),
            s.years().size(),
            String.format(java.util.Locale.ROOT, "%,d", cells * s.years().size()),
            String.format(
                java.util.Locale.ROOT, "%,d", jp.popvision.scenario.Limits.GRID_RESULTS_MAX));
      }
    }
  }
}
