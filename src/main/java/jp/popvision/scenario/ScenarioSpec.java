package jp.popvision.scenario;

import java.nio.file.Path;

/**
 * A scenario as written in a scenario file: what to project and under which assumptions. Paths are
 * absolute (resolved against the scenario file). The record itself checks nothing: the reader
 * ({@code io.ScenarioReader}) checks every value where it is read, against {@link Limits}.
 *
 * @param calibration 時点修正 to a later census; null for none
 * @param sensitivity settings of {@code popvision sensitivity} ({@code sensitivity:} block); null
 *     when the file has none
 * @param uncertainty the {@code uncertainty:} block for {@code popvision uncertainty}; null when
 *     the file has none
 * @param area the area as the file names it ({@code area:}: a code, a name or prefecture and name);
 *     null when it names none
 * @param areaData the user's own area directory ({@code area_data:}), absolute; null for none
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
    CalibrationSpec calibration,
    SensitivitySpec sensitivity,
    UncertaintySpec uncertainty,
    String area,
    Path areaData) {

  /** Latest horizon year accepted. */
  public static final int MAX_HORIZON = Limits.HORIZON_MAX;

  /** Default horizon year. */
  public static final int DEFAULT_HORIZON = 2070;

  /** A scenario without sensitivity or uncertainty settings. */
  public ScenarioSpec(
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
    this(
        name,
        title,
        description,
        file,
        dataDir,
        base,
        horizon,
        fertility,
        mortality,
        migration,
        calibration,
        null,
        null,
        null,
        null);
  }

  /** A scenario without area keys. */
  public ScenarioSpec(
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
      CalibrationSpec calibration,
      SensitivitySpec sensitivity,
      UncertaintySpec uncertainty) {
    this(
        name,
        title,
        description,
        file,
        dataDir,
        base,
        horizon,
        fertility,
        mortality,
        migration,
        calibration,
        sensitivity,
        uncertainty,
        null,
        null);
  }

  /** This scenario for the area {@code query}, titled {@code title}. */
  public ScenarioSpec withArea(String query, String title) {
    return new ScenarioSpec(
        name,
        title,
        description,
        file,
        dataDir,
        base,
        horizon,
        fertility,
        mortality,
        migration,
        calibration,
        sensitivity,
        uncertainty,
        query,
        areaData);
  }

  /** This scenario with other parts (for decompositions and variants). */
  public ScenarioSpec with(
      BaseSpec base,
      FertilitySpec fertility,
      MortalitySpec mortality,
      MigrationSpec migration,
      CalibrationSpec calibration) {
    return new ScenarioSpec(
        name,
        title,
        description,
        file,
        dataDir,
        base,
        horizon,
        fertility,
        mortality,
        migration,
        calibration,
        sensitivity,
        uncertainty,
        area,
        areaData);
  }

  public ScenarioSpec withHorizon(int year) {
    return new ScenarioSpec(
        name,
        title,
        description,
        file,
        dataDir,
        base,
        year,
        fertility,
        mortality,
        migration,
        calibration,
        sensitivity,
        uncertainty,
        area,
        areaData);
  }

  public ScenarioSpec withFertility(FertilitySpec f) {
    return with(base, f, mortality, migration, calibration);
  }

  public ScenarioSpec withMigration(MigrationSpec m) {
    return with(base, fertility, mortality, m, calibration);
  }
}
