package jp.popvision.scenario;

import java.util.List;

/** Knots in increasing year order, read as a path over time. */
public record KnotPath(List<Knot> knots) {
  public KnotPath {
    knots = List.copyOf(knots);
    if (knots.isEmpty()) {
      throw new IllegalArgumentException("a path needs at least one knot");
    }
    for (int i = 1; i < knots.size(); i++) {
      if (knots.get(i).year() <= knots.get(i - 1).year()) {
        throw new IllegalArgumentException("knot years must increase");
      }
    }
  }

  /** Linear between knots, held before the first and after the last. */
  public double linearAt(double year) {
    Knot first = knots.get(0);
    if (year <= first.year()) {
      return first.value();
    }
    for (int i = 1; i < knots.size(); i++) {
      Knot a = knots.get(i - 1);
      Knot b = knots.get(i);
      if (year <= b.year()) {
        return a.value() + (b.value() - a.value()) * (year - a.year()) / (b.year() - a.year());
      }
    }
    return knots.get(knots.size() - 1).value();
  }

  /** The value of the last knot at or before {@code year} (the first knot's before it). */
  public double stepAt(int year) {
    double v = knots.get(0).value();
    for (Knot k : knots) {
      if (k.year() <= year) {
        v = k.value();
      }
    }
    return v;
  }
}
