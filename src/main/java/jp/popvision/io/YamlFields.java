package jp.popvision.io;

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
import jp.popvision.scenario.KnotPath;

/**
 * Typed access to one YAML mapping of a scenario: each getter checks the value's type and range,
 * reports problems where the value is (file, line, column, dotted key) and records where every key
 * is, for problems found later; {@link #finish()} reports keys that are not allowed, with a
 * suggestion ({@link KeySuggestions}). Lists and ranges are read by {@link YamlLists}, year → value
 * paths by {@link YamlKnotPaths}.
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
    return YamlLists.years(this, k, base);
  }

  /** A list of numbers in [min, max] (or a single number); whole numbers if {@code whole}. */
  List<Double> numbers(String k, double min, double max, String unit, boolean whole) {
    return YamlLists.numbers(this, k, min, max, unit, whole);
  }

  /** A mapping {from, to, step} with from ≤ to, step > 0, from and to in [min, max]. */
  GridRange range(String k, double min, double max, String unit) {
    return YamlLists.range(this, k, min, max, unit);
  }

  /** A mapping year → number, years increasing, values in [min, max]. */
  KnotPath path(String k, double min, double max, Msg unit) {
    return YamlKnotPaths.path(this, k, min, max, unit);
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
        KeySuggestions.unknownKey(ctx.problems(), e, key(e.key()), allowed);
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

  /** A number as messages print it: whole numbers with thousands separators. */
  static String fmt(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.valueOf(v);
  }
}
