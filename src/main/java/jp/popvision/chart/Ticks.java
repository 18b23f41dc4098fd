package jp.popvision.chart;

/** Axis ranges and tick steps of 1, 2 or 5 times a power of ten. */
final class Ticks {
  private Ticks() {}

  /** A tick step near {@code range / targetCount}: 1, 2, 2.5 or 5 × 10^k. */
  static double step(double range, int targetCount) {
    if (!(range > 0)) {
      return 1;
    }
    double raw = range / targetCount;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * mag;
  }

  /** The smallest multiple of a tick step (about 5 ticks) that is at least {@code max}. */
  static double niceCeiling(double max) {
    return niceCeiling(max, 5);
  }

  /** The smallest multiple of a tick step (about {@code ticks}) that is at least {@code max}. */
  static double niceCeiling(double max, int ticks) {
    if (!(max > 0)) {
      return 1;
    }
    double s = step(max, ticks);
    return Math.ceil(max / s - 1e-9) * s;
  }
}
