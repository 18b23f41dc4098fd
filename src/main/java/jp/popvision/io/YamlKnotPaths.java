package jp.popvision.io;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.MapNode;
import jp.popvision.io.YamlTree.Scalar;
import jp.popvision.scenario.AreaInputs;
import jp.popvision.scenario.Knot;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.ScenarioSpec;

/**
 * The year → value paths of {@link YamlFields} (TFR, life expectancy, net migrants …): years in
 * increasing order within the allowed span, values in range; every knot's location is recorded.
 */
final class YamlKnotPaths {
  private YamlKnotPaths() {}

  /** A mapping year → number, years increasing, values in [min, max]. */
  static KnotPath path(YamlFields f, String k, double min, double max, Msg unit) {
    Entry e = f.map.entries().get(k);
    if (e == null) {
      f.missing(k, Msg.MISSING_PATH, unit);
      return null;
    }
    if (!(e.value() instanceof MapNode m) || m.entries().isEmpty()) {
      f.problem(k, null, Msg.PATH_NOT_MAPPING, unit);
      return null;
    }
    List<Knot> knots = new ArrayList<>();
    int before = Integer.MIN_VALUE;
    boolean ok = true;
    for (Entry y : m.entries().values()) {
      String where = f.key(k) + "." + y.key();
      f.ctx.locations().put(where, new int[] {y.line(), y.column()});
      f.ctx.files().put(where, y.file());
      Integer year = year(f, k, y, before);
      if (year == null) {
        ok = false;
        continue;
      }
      if (year <= before || year < ScenarioReader.YEAR_MIN || year > ScenarioSpec.MAX_HORIZON) {
        ok = false;
      }
      before = Math.max(before, year);
      Knot knot = knot(f.ctx.problems(), where, year, y, min, max, unit);
      if (knot == null) {
        ok = false;
        continue;
      }
      knots.add(knot);
    }
    return ok ? new KnotPath(knots) : null;
  }

  /** The knot's year (null if the key is not a year); reports a year out of span or order. */
  private static Integer year(YamlFields f, String k, Entry y, int before) {
    Problems problems = f.ctx.problems();
    int year;
    try {
      year = Integer.parseInt(y.key());
    } catch (NumberFormatException ex) {
      problems.addIn(y.file(), y.line(), y.column(), f.key(k), y.key(), Msg.PATH_KEY_NOT_YEAR);
      return null;
    }
    if (year < ScenarioReader.YEAR_MIN || year > ScenarioSpec.MAX_HORIZON) {
      problems.addIn(
          y.file(),
          y.line(),
          y.column(),
          f.key(k),
          y.key(),
          Msg.PATH_YEAR_RANGE,
          ScenarioReader.YEAR_MIN,
          ScenarioSpec.MAX_HORIZON);
    }
    if (year <= before) {
      problems.addIn(
          y.file(), y.line(), y.column(), f.key(k), y.key(), Msg.PATH_YEAR_ORDER, before);
    }
    return year;
  }

  /** The knot at {@code year}, or null after reporting a value of the wrong type or range. */
  private static Knot knot(
      Problems problems, String where, int year, Entry y, double min, double max, Msg unit) {
    // basis: a TFR knot `area` is the area's Bayesian TFR (scenario.AreaInputs)
    if (unit == Msg.UNIT_TFR && y.value() instanceof Scalar a && a.text().equals("area")) {
      return new Knot(year, AreaInputs.AREA_TFR);
    }
    if (!(y.value() instanceof Scalar s) || !s.isNumber()) {
      problems.addIn(
          y.value().file(),
          y.value().line(),
          y.value().column(),
          where,
          y.value() instanceof Scalar s2 ? s2.text() : null,
          Msg.PATH_VALUE_TYPE,
          unit);
      return null;
    }
    double v = s.number();
    if (!Double.isFinite(v) || v < min || v > max) {
      problems.addIn(
          s.file(),
          s.line(),
          s.column(),
          where,
          s.text(),
          Msg.PATH_VALUE_RANGE,
          YamlFields.fmt(min),
          YamlFields.fmt(max),
          unit);
      return null;
    }
    return new Knot(year, v);
  }
}
