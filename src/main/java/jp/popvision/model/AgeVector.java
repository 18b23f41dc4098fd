package jp.popvision.model;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** An immutable vector of finite doubles indexed by age group. */
public final class AgeVector {
  private final double[] values;

  private AgeVector(double[] values) {
    this.values = values;
  }

  /** A copy of {@code values}; every value must be finite. */
  public static AgeVector of(double... values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "age vector value " + i + " is not finite: " + values[i]);
      }
    }
    return new AgeVector(values.clone());
  }

  /** Takes ownership of {@code values} (callers in this package family must not keep it). */
  static AgeVector wrap(double[] values) {
    return new AgeVector(values);
  }

  public static AgeVector zeros(int size) {
    return new AgeVector(new double[size]);
  }

  public static AgeVector filled(int size, double value) {
    double[] v = new double[size];
    Arrays.fill(v, value);
    return of(v);
  }

  public int size() {
    return values.length;
  }

  public double get(int i) {
    return values[i];
  }

  public double sum() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  /** Sum of groups {@code from} to {@code to}, both inclusive. */
  public double sum(int from, int to) {
    double s = 0;
    for (int i = from; i <= to; i++) {
      s += values[i];
    }
    return s;
  }

  public double[] toArray() {
    return values.clone();
  }

  public AgeVector scale(double factor) {
    return map(v -> v * factor);
  }

  public AgeVector map(DoubleUnaryOperator f) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.applyAsDouble(values[i]);
    }
    return of(out);
  }

  public AgeVector plus(AgeVector other) {
    requireSameSize(other);
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] + other.values[i];
    }
    return of(out);
  }

  public AgeVector minus(AgeVector other) {
    requireSameSize(other);
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] - other.values[i];
    }
    return of(out);
  }

  private void requireSameSize(AgeVector other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException(
          "age vectors differ in size: " + values.length + " and " + other.values.length);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeVector a && Arrays.equals(values, a.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
