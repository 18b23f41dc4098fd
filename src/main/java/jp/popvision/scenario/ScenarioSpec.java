package jp.popvision.scenario;

import java.nio.file.Path;

/**
 * A validated scenario as written in a scenario file: what to project and under which
 * assumptions. Paths are absolute (resolved against the scenario file).
 */
public record ScenarioSpec(
    String name,
    String title,
    String description,
    Path file,
    Path dataDir,
    BaseSpec base,
    int horizon,
    FertilitySpec fertility,
    MortalitySpec mortality,
    MigrationSpec migration,
    CalibrationSpec calibration) {

  /** This scenario with other parts (for decompositions and variants). */
  public ScenarioSpec with(
      BaseSpec base, FertilitySpec fertility, MortalitySpec mortality, MigrationSpec migration,
      CalibrationSpec calibration) {
    return new ScenarioSpec(name, title, description, file, dataDir, base, horizon, fertility,
        mortality, migration, calibration);
  }

  public ScenarioSpec withHorizon(int year) {
    return new ScenarioSpec(name, title, description, file, dataDir, base, year, fertility,
        mortality, migration, calibration);
  }


  /** Latest horizon year accepted. */
  public static final int MAX_HORIZON = 2120;

  /** Default horizon year. */
  public static final int DEFAULT_HORIZON = 2070;
}
