package jp.popvision.scenario;

/**
 * What a resolved scenario assumes for one period, for the reader of the outputs. Null fields do
 * not apply to the scenario's methods.
 */
public record PeriodAssumption(
    int periodStart,
    int periodEnd,
    Double tfr,
    Double childWomanRatio,
    Double sexRatioAtBirth,
    double e0Male,
    double e0Female,
    Double netMigrationAssumed) {}
