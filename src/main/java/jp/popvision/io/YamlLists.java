package jp.popvision.io;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.Kind;
import jp.popvision.io.YamlTree.Node;
import jp.popvision.io.YamlTree.Scalar;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.ScenarioSpec;

/**
 * The list-valued getters of {@link YamlFields}: projected years, lists of numbers (or a single
 * number) and {from, to, step} grid ranges, each item checked and reported where it is.
 */
final class YamlLists {
  private YamlLists() {}

  /** A list of projected years (multiples of 5 after the base year); the horizon is not checked. */
  static List<Integer> years(YamlFields f, String k, BaseSpec base) {
    List<Double> values =
        numbers(f, k, ScenarioReader.YEAR_MIN, ScenarioSpec.MAX_HORIZON, "years", true);
    if (values == null) {
      return null;
    }
    Entry e = f.map.entries().get(k);
    List<Node> items = e.value() instanceof YamlTree.ListNode l ? l.items() : List.of(e.value());
    List<Integer> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < values.size(); i++) {
      int year = values.get(i).intValue();
      // the horizon is checked where the years are used: an extending scenario may change it
      boolean inHorizon = base == null || year > base.year();
      if (year % 5 != 0 || !inHorizon) {
        Node n = items.get(i);
        f.ctx
            .problems()
            .add(
                n.line(),
                n.column(),
                f.key(k),
                String.valueOf(year),
                Msg.YEARS_LIST,
                base != null ? " (" + (base.year() + 5) + "–)" : "");
        ok = false;
      }
      out.add(year);
    }
    return ok ? List.copyOf(out) : null;
  }

  /** A list of numbers in [min, max] (or a single number); whole numbers if {@code whole}. */
  static List<Double> numbers(
      YamlFields f, String k, double min, double max, String unit, boolean whole) {
    Entry e = f.map.entries().get(k);
    if (e == null) {
      return null;
    }
    List<Node> items = e.value() instanceof YamlTree.ListNode l ? l.items() : List.of(e.value());
    if (items.isEmpty()) {
      f.problem(k, null, Msg.LIST_EMPTY, unit);
      return null;
    }
    List<Double> out = new ArrayList<>();
    boolean ok = true;
    for (Node n : items) {
      Double v = item(f, k, n, min, max, unit, whole);
      if (v == null) {
        ok = false;
        continue;
      }
      out.add(v);
    }
    return ok ? List.copyOf(out) : null;
  }

  /** One item of a list of numbers, or null after reporting why it is not allowed. */
  private static Double item(
      YamlFields f, String k, Node n, double min, double max, String unit, boolean whole) {
    if (!(n instanceof Scalar s) || (s.kind() != Kind.INT && (whole || s.kind() != Kind.FLOAT))) {
      f.ctx
          .problems()
          .add(
              n.line(),
              n.column(),
              f.key(k),
              n instanceof Scalar s2 ? s2.text() : null,
              whole ? Msg.LIST_ITEM_WHOLE : Msg.LIST_ITEM_TYPE,
              unit);
      return null;
    }
    double v = s.number();
    if (!Double.isFinite(v) || v < min || v > max) {
      f.ctx
          .problems()
          .add(
              s.line(),
              s.column(),
              f.key(k),
              s.text(),
              Msg.RANGE_FROM_TO_UNIT,
              YamlFields.fmt(min),
              max == Double.MAX_VALUE ? "∞" : YamlFields.fmt(max),
              unit);
      return null;
    }
    return v;
  }

  /** A mapping {from, to, step} with from ≤ to, step > 0, from and to in [min, max]. */
  static GridRange range(YamlFields parent, String k, double min, double max, String unit) {
    if (!parent.has(k)) {
      return null;
    }
    YamlFields f = parent.child(k, false);
    if (f == null) {
      return null;
    }
    f.allow("from", "to", "step");
    Double from = f.number("from", true, min, max, unit);
    Double to = f.number("to", true, min, max, unit);
    Double step = f.number("step", true, 0, max - min, unit);
    f.finish();
    if (from == null || to == null || step == null) {
      return null;
    }
    try {
      return new GridRange(
          new java.math.BigDecimal(f.scalar("from").text()),
          new java.math.BigDecimal(f.scalar("to").text()),
          new java.math.BigDecimal(f.scalar("step").text()));
    } catch (IllegalArgumentException ex) {
      parent.problem(k, null, Msg.TEXT, ex.getMessage());
      return null;
    }
  }
}
