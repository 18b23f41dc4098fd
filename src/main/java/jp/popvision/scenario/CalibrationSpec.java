package jp.popvision.scenario;

/**
 * 時点修正: observed figures for a later census year that the projection must pass through. The net
 * migration of the period ending in {@code year} is solved so that the projected total equals the
 * observed total; the broad age groups are reported as remaining errors. Null figures are taken
 * from the data (census totals; for 2020 the IPSS 2023 base, which is the census with unknown ages
 * completed).
 *
 * @param sharedHistory {@code history: shared}: the periods up to {@code year} are history, the
 *     same for every scenario of a family (see {@link SharedHistory})
 */
public record CalibrationSpec(
    int year,
    Double total,
    Double age0to14,
    Double age15to64,
    Double age65plus,
    boolean sharedHistory) {

  /** A calibration whose history is the scenario's own. */
  public CalibrationSpec(
      int year, Double total, Double age0to14, Double age15to64, Double age65plus) {
    this(year, total, age0to14, age15to64, age65plus, false);
  }
}
