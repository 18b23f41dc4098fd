package jp.popvision.scenario;

import java.util.List;
import jp.popvision.model.AgeVector;

/**
 * The parts of a resolved scenario that the levers act on, one entry per projection period (in the
 * order of {@link ResolvedScenario#rates()}): the life table of the period, and with {@code
 * fertility.method: tfr} the age pattern of fertility (share of TFR by mother's age 15–19 … 45–49),
 * with {@code migration.method: net-counts} the age-sex profile of net migrants (each sex's shares
 * of the net total). A period's rates are exactly: age-specific fertility = TFR × pattern / width,
 * net migrants = profile × total (see {@link ScenarioResolver}).
 *
 * @param fertilityPatterns per period; empty unless fertility is a TFR path
 * @param profileMale null unless migration is given as net counts
 * @param profileFemale null unless migration is given as net counts
 */
public record LeverInputs(
    List<LifeTable> lifeTables,
    List<AgeVector> fertilityPatterns,
    AgeVector profileMale,
    AgeVector profileFemale) {
  public LeverInputs {
    lifeTables = List.copyOf(lifeTables);
    fertilityPatterns = List.copyOf(fertilityPatterns);
  }
}
