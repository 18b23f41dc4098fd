package jp.popvision.scenario;

/**
 * {@code calibration.history: shared}: the periods before the calibration year are history, the
 * same in every scenario that shares it (the worksheet family パターン1 / sim1 / sim2, the
 * fertility-levels comparison). There the scenario's own fertility path does not act: births come
 * from the base period's estimate — the source's child-woman ratio unscaled, or for a TFR path the
 * area's Bayesian TFR 2008–2012 — and the net migration is solved to the census as usual, so
 * scenarios that differ only in their paths solve the same equation and share one 2015–20. Their
 * paths act from the calibration year (the lever year). Pure.
 */
final class SharedHistory {
  private SharedHistory() {}

  /** Whether the period starting at {@code t} is shared history in {@code spec}. */
  static boolean applies(ScenarioSpec spec, int t) {
    CalibrationSpec c = spec.calibration();
    return c != null && c.sharedHistory() && t < c.year();
  }

  /** The TFR of a shared-history period: the area's Bayesian estimate. */
  static double tfr(InputData data) {
    if (data.tfrBayes() == null) {
      throw new ResolveException(
          "calibration.history",
          ResolveException.Reason.AREA_NO_TFR,
          data.area() == null ? "(base.file)" : data.area().label());
    }
    return data.tfrBayes();
  }
}
