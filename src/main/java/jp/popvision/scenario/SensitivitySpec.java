package jp.popvision.scenario;

import java.util.List;

/**
 * The {@code sensitivity:} block of a scenario: what {@code popvision sensitivity} varies and
 * records. Every field may be null (not given: the command line or the built-in default applies).
 *
 * @param years years whose population is recorded
 * @param tfrSteps one-way changes of the TFR level (±, children per woman)
 * @param migrationSteps one-way changes of the net social change (±, persons per 5 years)
 * @param e0Steps one-way changes of life expectancy at birth (±, years)
 * @param srbValues sex ratios at birth tried one-way (males per female)
 * @param gridTfr TFR levels of the two-way grid
 * @param gridMigration net social change per 5 years of the two-way grid
 * @param contours populations drawn as contour lines on the grid's heat map
 */
public record SensitivitySpec(
    List<Integer> years,
    List<Double> tfrSteps,
    List<Double> migrationSteps,
    List<Double> e0Steps,
    List<Double> srbValues,
    GridRange gridTfr,
    GridRange gridMigration,
    List<Double> contours) {}
