package jp.popvision.scenario;

import jp.popvision.engine.Migration;
import jp.popvision.model.MigrationTiming;

/** Migration of each period of a scenario, as {@link MigrationResolver} plans it. */
interface MigrationPlan {
  Migration forPeriod(int t);

  default MigrationTiming timing(int t) {
    return MigrationTiming.END;
  }

  default Double assumedTotal(int t) {
    return null;
  }

  /** The level that calibration may solve for in period t, or null if the method has none. */
  default Calibrator.Lever lever(int t) {
    return null;
  }
}
