package jp.popvision.scenario;

import java.math.BigDecimal;

/**
 * Equally spaced values {@code from, from + step, …} up to and including {@code to}, computed in
 * decimal so that e.g. 1.2 + 13 × 0.05 is exactly 1.85 (no drift from binary steps).
 */
public record GridRange(BigDecimal from, BigDecimal to, BigDecimal step) {

  public GridRange {
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("step must be positive, was " + step.toPlainString());
    }
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException(
          "to (" + to.toPlainString() + ") must not be below from (" + from.toPlainString() + ")");
    }
    BigDecimal count = to.subtract(from).divideToIntegralValue(step);
    if (count.compareTo(BigDecimal.valueOf(Limits.GRID_VALUES_MAX - 1)) > 0) {
      throw new IllegalArgumentException(
          "more than " + Limits.GRID_VALUES_MAX + " values; use a larger step");
    }
  }

  public static GridRange of(double from, double to, double step) {
    return new GridRange(
        BigDecimal.valueOf(from), BigDecimal.valueOf(to), BigDecimal.valueOf(step));
  }

  /** Parses {@code FROM:TO:STEP}, e.g. {@code 1.2:2.2:0.05}. */
  public static GridRange parse(String text) {
    String[] p = text.split(":", -1);
    if (p.length != 3) {
      throw new IllegalArgumentException(
          "expected FROM:TO:STEP such as 1.2:2.2:0.05, got '" + text + "'");
    }
    try {
      return new GridRange(
          new BigDecimal(p[0].strip()), new BigDecimal(p[1].strip()), new BigDecimal(p[2].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "expected numbers FROM:TO:STEP such as 1.2:2.2:0.05, got '" + text + "'");
    }
  }

  public double[] values() {
    int count = to.subtract(from).divideToIntegralValue(step).intValueExact() + 1;
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = from.add(step.multiply(BigDecimal.valueOf(i))).doubleValue();
    }
    return v;
  }

  @Override
  public String toString() {
    return from.toPlainString() + ":" + to.toPlainString() + ":" + step.toPlainString();
  }
}
