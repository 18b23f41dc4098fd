package jp.popvision.scenario;

/**
 * The outcome of 時点修正: the net migration of the period {@code periodStart} → {@code year} solved so
 * that the projected total equals the observed one.
 *
 * @param lever what was solved: {@code net_migrants} (persons in the period) or {@code
 *     rate_multiplier} (factor on the net migration rates)
 * @param assumed the lever's value before calibration
 * @param solved the value that reproduces the observed total
 * @param netMigration net migrants of the period after calibration (persons)
 * @param ageShifts the shared history's shift of the net rates in 0–14, 15–64 and 65+ ({@link
 *     AgeBandFit}); empty when only the total is fitted
 * @param projected projected figures at {@code year} after calibration (age groups always filled)
 */
public record CalibrationResult(
    int periodStart,
    int year,
    String lever,
    double assumed,
    double solved,
    double netMigration,
    java.util.List<Double> ageShifts,
    ObservedTotals observed,
    ObservedTotals projected) {}
