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
    MigrationSpec migration) {

  /** Latest horizon year accepted. */
  public static final int MAX_HORIZON = 2120;

  /** Default horizon year. */
  public static final int DEFAULT_HORIZON = 2070;
}
