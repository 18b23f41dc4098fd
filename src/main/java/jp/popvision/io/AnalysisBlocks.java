package jp.popvision.io;

import java.util.List;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.UncertaintySpec;

/** Reads the {@code sensitivity:} and {@code uncertainty:} blocks of a scenario. */
final class AnalysisBlocks {
  private AnalysisBlocks() {}

  /** The {@code sensitivity:} block (README, "popvision sensitivity"). */
  static SensitivitySpec sensitivity(YamlFields f, BaseSpec base, Integer horizon) {
    if (f == null) {
      return null;
    }
    f.allow(
        "years",
        "tfr_steps",
        "migration_steps",
        "e0_steps",
        "srb",
        "grid_tfr",
        "grid_migration",
        "contours");
    List<Integer> years = f.years("years", base, horizon);
    List<Double> tfrSteps =
        f.numbers("tfr_steps", 0, ScenarioReader.TFR_STEP_MAX, "children per woman", false);
    List<Double> migrationSteps =
        f.numbers("migration_steps", 0, ScenarioReader.NET_COUNT_MAX, "persons per 5 years", false);
    List<Double> e0Steps = f.numbers("e0_steps", 0, ScenarioReader.E0_STEP_MAX, "years", false);
    List<Double> srb =
        f.numbers(
            "srb",
            ScenarioReader.SRB_MIN,
            ScenarioReader.SRB_MAX,
            "males per female births",
            false);
    if (srb != null && (srb.size() != 2 || srb.get(0) > srb.get(1))) {
      f.problem("srb", null, Msg.SENS_SRB_PAIR);
      srb = null;
    }
    for (String k : List.of("tfr_steps", "migration_steps", "e0_steps")) {
      List<Double> v =
          switch (k) {
            case "tfr_steps" -> tfrSteps;
            case "migration_steps" -> migrationSteps;
            default -> e0Steps;
          };
      if (v != null && v.contains(0.0)) {
        f.problem(k, "0", Msg.SENS_STEP_POSITIVE);
      }
    }
    GridRange gridTfr =
        f.range("grid_tfr", ScenarioReader.TFR_MIN, ScenarioReader.TFR_MAX, "children per woman");
    GridRange gridMigration =
        f.range(
            "grid_migration",
            -ScenarioReader.NET_COUNT_MAX,
            ScenarioReader.NET_COUNT_MAX,
            "persons per 5 years");
    List<Double> contours = f.numbers("contours", 0, Double.MAX_VALUE, "persons", false);
    f.finish();
    return new SensitivitySpec(
        years, tfrSteps, migrationSteps, e0Steps, srb, gridTfr, gridMigration, contours);
  }

  /** The {@code uncertainty:} block (README, "popvision uncertainty"). */
  static UncertaintySpec uncertainty(
      YamlFields f, FertilitySpec fertility, MigrationSpec migration) {
    if (f == null) {
      return null;
    }
    f.allow("trajectories", "seed", "tfr", "net_migration", "e0");
    Integer trajectories = f.integer("trajectories", false, UncertaintySpec.DEFAULT_TRAJECTORIES);
    if (trajectories != null
        && (trajectories < jp.popvision.scenario.Limits.TRAJECTORIES_MIN
            || trajectories > jp.popvision.scenario.Limits.TRAJECTORIES_MAX)) {
      f.problem(
          "trajectories",
          String.valueOf(trajectories),
          Msg.RANGE_FROM_TO,
          fmt(jp.popvision.scenario.Limits.TRAJECTORIES_MIN),
          fmt(jp.popvision.scenario.Limits.TRAJECTORIES_MAX));
      trajectories = null;
    }
    Long seed = f.longValue("seed", UncertaintySpec.DEFAULT_SEED);
    UncertaintySpec.Noise tfr = noise(f, "tfr", ScenarioReader.TFR_SD_MAX, "children per woman");
    UncertaintySpec.Noise mig =
        noise(f, "net_migration", ScenarioReader.MIGRATION_SD_MAX, "persons per 5 years");
    UncertaintySpec.Noise e0 = noise(f, "e0", ScenarioReader.E0_SD_MAX, "years");
    if (tfr != null && fertility != null && !(fertility instanceof FertilitySpec.Tfr)) {
      f.problem("tfr", null, Msg.UNC_TFR_METHOD);
    }
    if (mig != null && migration != null && !(migration instanceof MigrationSpec.NetCounts)) {
      f.problem("net_migration", null, Msg.UNC_MIGRATION_METHOD);
    }
    if (!f.has("tfr") && !f.has("net_migration") && !f.has("e0")) {
      f.missing("tfr", Msg.UNC_NONE);
    }
    f.finish();
    return trajectories == null || seed == null
        ? null
        : new UncertaintySpec(trajectories, seed, tfr, mig, e0);
  }

  private static UncertaintySpec.Noise noise(
      YamlFields parent, String k, double maxSd, String unit) {
    if (!parent.has(k)) {
      return null;
    }
    YamlFields f = parent.child(k, false);
    if (f == null) {
      return null;
    }
    f.allow("sd", "autocorrelation");
    Double sd = f.number("sd", true, 0, maxSd, unit);
    Double rho =
        f.number(
            "autocorrelation",
            true,
            0,
            1,
            "correlation of consecutive periods' deviations: 0 independent, 1 one shift throughout");
    f.finish();
    return sd == null || rho == null ? null : new UncertaintySpec.Noise(sd, rho);
  }

  private static String fmt(double v) {
    return YamlFields.fmt(v);
  }
}
