package jp.popvision.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.Kind;
import jp.popvision.io.YamlTree.MapNode;
import jp.popvision.io.YamlTree.Node;
import jp.popvision.io.YamlTree.Scalar;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.Knot;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.ScenarioSpec;

/**
 * Typed access to one YAML mapping of a scenario: each getter checks the value's type and range,
 * reports problems where the value is (file, line, column, dotted key) and records where every key
 * is, for problems found later; {@link #finish()} reports keys that are not allowed, with a
 * suggestion.
 */
final class YamlFields {
  /** What all mappings of one scenario file share: its problems and key locations. */
  record Context(Problems problems, Map<String, int[]> locations, Map<String, String> files) {}

  /** The mapping at {@code node} (a problem if it is not one), allowing {@code allowed} keys. */
  static YamlFields of(Node node, String prefix, List<String> allowed, Context ctx) {
    if (!(node instanceof MapNode m)) {
      ctx.problems()
          .addIn(
              node.file(),
              node.line(),
              node.column(),
              prefix.isEmpty() ? null : prefix,
              null,
              Msg.NOT_A_MAPPING);
      return null;
    }
    YamlFields f = new YamlFields(m, prefix, ctx);
    f.allowed = allowed;
    return f;
  }

  final MapNode map;
  final String prefix;
  final Context ctx;
  List<String> allowed = List.of();

  YamlFields(MapNode map, String prefix, Context ctx) {
    this.map = map;
    this.prefix = prefix;
    this.ctx = ctx;
    for (Entry e : map.entries().values()) {
      ctx.locations().put(key(e.key()), new int[] {e.line(), e.column()});
      ctx.files().put(key(e.key()), e.file());
    }
  }

  String key(String k) {
    return prefix.isEmpty() ? k : prefix + "." + k;
  }

  void allow(String... keys) {
    allowed = List.of(keys);
  }

  void problem(String k, String value, Msg msg, Object... args) {
    Entry e = map.entries().get(k);
    Node at = e == null ? map : e.value();
    ctx.problems().addIn(at.file(), at.line(), at.column(), key(k), value, msg, args);
  }

  void missing(String k, Msg what, Object... args) {
    ctx.problems().addIn(map.file(), map.line(), map.column(), key(k), null, what, args);
  }

  /** An optional count of persons (≥ 0). */
  Double count(String k) {
    Scalar s = scalar(k);
    if (s == null) {
      return null;
    }
    if (!s.isNumber()) {
      problem(k, s.text(), Msg.COUNT_TYPE);
      return null;
    }
    double v = s.number();
    if (!(v >= 0) || !Double.isFinite(v)) {
      problem(k, s.text(), Msg.COUNT_RANGE);
      return null;
    }
    return v;
  }

  Scalar scalar(String k) {
    Entry e = map.entries().get(k);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof Scalar s && s.kind() != Kind.NULL) {
      return s;
    }
    problem(k, null, Msg.SINGLE_VALUE, describe(e.value()));
    return null;
  }

  String string(String k, boolean required, String dflt) {
    Entry e = map.entries().get(k);
    if (e == null) {
      if (required) {
        missing(k, Msg.MISSING_TEXT);
      }
      return dflt;
    }
    if (e.value() instanceof Scalar s
        && s.kind() != Kind.NULL
        && s.kind() != Kind.BOOLEAN
        && !s.text().isBlank()) {
      return s.text();
    }
    problem(k, e.value() instanceof Scalar s ? s.text() : null, Msg.TEXT_REQUIRED);
    return null;
  }

  Integer integer(String k, boolean required, Integer dflt) {
    Entry e = map.entries().get(k);
    if (e == null) {
      if (required) {
        missing(k, Msg.MISSING_NUMBER);
      }
      return dflt;
    }
    if (e.value() instanceof Scalar s && s.kind() == Kind.INT) {
      double v = s.number();
      if (v == Math.rint(v) && Math.abs(v) <= 1_000_000_000) {
        return (int) v;
      }
      problem(k, s.text(), Msg.INT_RANGE);
      return null;
    }
    problem(k, e.value() instanceof Scalar s ? s.text() : null, Msg.INT_TYPE, describe(e.value()));
    return null;
  }

  Integer censusYear(String k, Integer dflt) {
    Integer y = integer(k, false, dflt);
    if (y != null && (y < 1980 || y > 2040 || y % 5 != 0)) {
      problem(k, String.valueOf(y), Msg.CENSUS_YEAR);
      return null;
    }
    return y;
  }

  <T> T choice(
      String k,
      boolean required,
      String dflt,
      java.util.function.Function<String, T> parse,
      String allowedValues) {
    String s = string(k, required, dflt);
    if (s == null) {
      return null;
    }
    T v = parse.apply(s);
    if (v == null) {
      problem(k, s, Msg.CHOICE, allowedValues);
    }
    return v;
  }

  boolean has(String k) {
    return map.entries().containsKey(k);
  }

  Long longValue(String k, long dflt) {
    Entry e = map.entries().get(k);
    if (e == null) {
      return dflt;
    }
    if (e.value() instanceof Scalar s && s.kind() == Kind.INT) {
      try {
        long v = Long.parseLong(s.text());
        if (v < 0) {
          problem(k, s.text(), Msg.INT_NONNEGATIVE);
          return null;
        }
        return v;
      } catch (NumberFormatException ex) {
        problem(k, s.text(), Msg.INT_RANGE);
        return null;
      }
    }
    problem(k, e.value() instanceof Scalar s ? s.text() : null, Msg.INT_TYPE, describe(e.value()));
    return null;
  }

  /** A number in [min, max]. */
  Double number(String k, boolean required, double min, double max, String unit) {
    Entry e = map.entries().get(k);
    if (e == null) {
      if (required) {
        missing(k, Msg.MISSING_NUMBER_UNIT, unit);
      }
      return null;
    }
    if (!(e.value() instanceof Scalar s) || (s.kind() != Kind.INT && s.kind() != Kind.FLOAT)) {
      problem(
          k,
          e.value() instanceof Scalar s2 ? s2.text() : null,
          Msg.NUMBER_TYPE_UNIT,
          unit,
          describe(e.value()));
      return null;
    }
    double v = s.number();
    if (!Double.isFinite(v) || v < min || v > max) {
      problem(k, s.text(), Msg.RANGE_FROM_TO_UNIT, fmt(min), fmt(max), unit);
      return null;
    }
    return v;
  }

  /** A list of projected years (multiples of 5 after the base year, at most the horizon). */
  List<Integer> years(String k, BaseSpec base, Integer horizon) {
    List<Double> values =
        numbers(k, ScenarioReader.YEAR_MIN, ScenarioSpec.MAX_HORIZON, "years", true);
    if (values == null) {
      return null;
    }
    Entry e = map.entries().get(k);
    List<Node> items = e.value() instanceof YamlTree.ListNode l ? l.items() : List.of(e.value());
    List<Integer> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < values.size(); i++) {
      int year = values.get(i).intValue();
      // the horizon is checked where the years are used: an extending scenario may change it
      boolean inHorizon = base == null || year > base.year();
      if (year % 5 != 0 || !inHorizon) {
        Node n = items.get(i);
        ctx.problems()
            .add(
                n.line(),
                n.column(),
                key(k),
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
  List<Double> numbers(String k, double min, double max, String unit, boolean whole) {
    Entry e = map.entries().get(k);
    if (e == null) {
      return null;
    }
    List<Node> items = e.value() instanceof YamlTree.ListNode l ? l.items() : List.of(e.value());
    if (items.isEmpty()) {
      problem(k, null, Msg.LIST_EMPTY, unit);
      return null;
    }
    List<Double> out = new ArrayList<>();
    boolean ok = true;
    for (Node n : items) {
      if (!(n instanceof Scalar s) || (s.kind() != Kind.INT && (whole || s.kind() != Kind.FLOAT))) {
        ctx.problems()
            .add(
                n.line(),
                n.column(),
                key(k),
                n instanceof Scalar s2 ? s2.text() : null,
                whole ? Msg.LIST_ITEM_WHOLE : Msg.LIST_ITEM_TYPE,
                unit);
        ok = false;
        continue;
      }
      double v = s.number();
      if (!Double.isFinite(v) || v < min || v > max) {
        ctx.problems()
            .add(
                s.line(),
                s.column(),
                key(k),
                s.text(),
                Msg.RANGE_FROM_TO_UNIT,
                fmt(min),
                max == Double.MAX_VALUE ? "∞" : fmt(max),
                unit);
        ok = false;
        continue;
      }
      out.add(v);
    }
    return ok ? List.copyOf(out) : null;
  }

  /** A mapping {from, to, step} with from ≤ to, step > 0, from and to in [min, max]. */
  GridRange range(String k, double min, double max, String unit) {
    if (!has(k)) {
      return null;
    }
    YamlFields f = child(k, false);
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
      problem(k, null, Msg.TEXT, ex.getMessage());
      return null;
    }
  }

  /** A mapping year → number, years increasing, values in [min, max]. */
  KnotPath path(String k, double min, double max, Msg unit) {
    Entry e = map.entries().get(k);
    if (e == null) {
      missing(k, Msg.MISSING_PATH, unit);
      return null;
    }
    if (!(e.value() instanceof MapNode m) || m.entries().isEmpty()) {
      problem(k, null, Msg.PATH_NOT_MAPPING, unit);
      return null;
    }
    List<Knot> knots = new ArrayList<>();
    int before = Integer.MIN_VALUE;
    boolean ok = true;
    for (Entry y : m.entries().values()) {
      String where = key(k) + "." + y.key();
      ctx.locations().put(where, new int[] {y.line(), y.column()});
      ctx.files().put(where, y.file());
      int year;
      try {
        year = Integer.parseInt(y.key());
      } catch (NumberFormatException ex) {
        ctx.problems()
            .addIn(y.file(), y.line(), y.column(), key(k), y.key(), Msg.PATH_KEY_NOT_YEAR);
        ok = false;
        continue;
      }
      if (year < ScenarioReader.YEAR_MIN || year > ScenarioSpec.MAX_HORIZON) {
        ctx.problems()
            .addIn(
                y.file(),
                y.line(),
                y.column(),
                key(k),
                y.key(),
                Msg.PATH_YEAR_RANGE,
                ScenarioReader.YEAR_MIN,
                ScenarioSpec.MAX_HORIZON);
        ok = false;
      }
      if (year <= before) {
        ctx.problems()
            .addIn(y.file(), y.line(), y.column(), key(k), y.key(), Msg.PATH_YEAR_ORDER, before);
        ok = false;
      }
      before = Math.max(before, year);
      // basis: a TFR knot `area` is the area's Bayesian TFR (scenario.AreaInputs)
      if (unit == Msg.UNIT_TFR && y.value() instanceof Scalar a && a.text().equals("area")) {
        knots.add(new Knot(year, jp.popvision.scenario.AreaInputs.AREA_TFR));
        continue;
      }
      if (!(y.value() instanceof Scalar s) || !s.isNumber()) {
        ctx.problems()
            .addIn(
                y.value().file(),
                y.value().line(),
                y.value().column(),
                where,
                y.value() instanceof Scalar s2 ? s2.text() : null,
                Msg.PATH_VALUE_TYPE,
                unit);
        ok = false;
        continue;
      }
      double v = s.number();
      if (!Double.isFinite(v) || v < min || v > max) {
        ctx.problems()
            .addIn(
                s.file(),
                s.line(),
                s.column(),
                where,
                s.text(),
                Msg.PATH_VALUE_RANGE,
                fmt(min),
                fmt(max),
                unit);
        ok = false;
        continue;
      }
      knots.add(new Knot(year, v));
    }
    return ok ? new KnotPath(knots) : null;
  }

  YamlFields child(String k, boolean required) {
    Entry e = map.entries().get(k);
    if (e == null) {
      if (required) {
        missing(k, Msg.MISSING_MAPPING);
      }
      return null;
    }
    return of(e.value(), key(k), List.of(), ctx);
  }

  /** Reports keys not in {@link #allowed}, with a suggestion. */
  void finish() {
    for (Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        String near = nearest(e.key(), allowed);
        if (near != null) {
          ctx.problems()
              .addIn(
                  e.file(),
                  e.line(),
                  e.column(),
                  key(e.key()),
                  null,
                  Msg.UNKNOWN_KEY_SUGGEST,
                  near,
                  String.join(", ", allowed));
        } else {
          ctx.problems()
              .addIn(
                  e.file(),
                  e.line(),
                  e.column(),
                  key(e.key()),
                  null,
                  Msg.UNKNOWN_KEY,
                  String.join(", ", allowed));
        }
      }
    }
  }

  static Msg.Text describe(Node n) {
    if (n instanceof MapNode) {
      return Msg.DESC_MAPPING.with();
    }
    if (n instanceof YamlTree.ListNode) {
      return Msg.DESC_LIST.with();
    }
    Scalar s = (Scalar) n;
    return switch (s.kind()) {
      case STRING -> Msg.DESC_TEXT.with(Problem.abbreviate(s.text()));
      case NULL -> Msg.DESC_EMPTY.with();
      case BOOLEAN -> Msg.DESC_BOOLEAN.with();
      default -> Msg.DESC_NUMBER.with(s.text());
    };
  }

  /** The allowed key closest to {@code key} by edit distance, if close enough to be a typo. */
  static String nearest(String key, List<String> allowed) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = editDistance(key.toLowerCase(Locale.ROOT), a);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best != null && bestD <= Math.max(2, best.length() / 3) ? best : null;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static String fmt(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.valueOf(v);
  }
}
