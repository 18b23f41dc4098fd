package jp.popvision.io;

import java.nio.file.Path;
import java.util.List;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.Kind;
import jp.popvision.io.YamlTree.ListNode;
import jp.popvision.io.YamlTree.MapNode;
import jp.popvision.io.YamlTree.Node;
import jp.popvision.io.YamlTree.Scalar;

/** Settings of the compare analyses ({@code config/analysis.yaml}). */
public record AnalysisConfig(
    int impactYear,
    double[] naturalThresholds,
    double[] socialThresholds,
    String pattern1,
    String sim1,
    String sim2,
    double stageBandPct,
    Path file) {

  /** Largest analysis settings file read (it is a few lines of YAML). */
  static final long MAX_BYTES = 1 << 20;

  public static AnalysisConfig read(Path file) throws InputException {
    String shown = file.toString();
    Problems p = new Problems(shown);
    byte[] bytes = TextFiles.readBounded(file, shown, MAX_BYTES, Msg.TOO_LARGE_CONFIG);
    TextFiles.Decoded d = TextFiles.decode(bytes, TextFiles.Encoding.UTF_8);
    if (d.problem() != null) {
      Msg why = d.problem() == Msg.ENCODING_NOT_AS_DECLARED ? Msg.SCENARIO_NOT_UTF8 : d.problem();
      throw new InputException(
          new Problem(shown, d.line(), 0, null, null, why, d.args().toArray()));
    }
    String text = d.text();
    Node root = YamlTree.parse(text, p);
    p.throwIfAny();
    MapNode impact = map(root, "impact", p);
    MapNode stages = map(root, "stages", p);
    p.throwIfAny();
    AnalysisConfig c =
        new AnalysisConfig(
            (int) number(impact, "target_year", p, 1950, 2120),
            thresholds(impact, "natural", p),
            thresholds(impact, "social", p),
            text(impact, "pattern1", p),
            text(impact, "sim1", p),
            text(impact, "sim2", p),
            number(stages, "band_pct", p, 0, 100),
            file);
    p.throwIfAny();
    return c;
  }

  private static MapNode map(Node root, String key, Problems p) {
    if (root instanceof MapNode m
        && m.entries().get(key) != null
        && m.entries().get(key).value() instanceof MapNode v) {
      return v;
    }
    p.add(root == null ? 0 : root.line(), 0, key, null, Msg.CONFIG_MISSING_MAPPING, key);
    return null;
  }

  private static Scalar scalar(MapNode m, String key, Problems p) {
    Entry e = m.entries().get(key);
    if (e != null && e.value() instanceof Scalar s && s.kind() != Kind.NULL) {
      return s;
    }
    p.add(m.line(), m.column(), key, null, Msg.CONFIG_MISSING_VALUE);
    return null;
  }

  private static double number(MapNode m, String key, Problems p, double min, double max) {
    Scalar s = scalar(m, key, p);
    if (s == null) {
      return Double.NaN;
    }
    double v = s.number();
    if (!s.isNumber() || !(v >= min && v <= max)) {
      p.add(s.line(), s.column(), key, s.text(), Msg.CONFIG_RANGE, min, max);
      return Double.NaN;
    }
    return v;
  }

  private static String text(MapNode m, String key, Problems p) {
    Scalar s = scalar(m, key, p);
    return s == null ? null : s.text();
  }

  private static double[] thresholds(MapNode m, String key, Problems p) {
    Entry e = m.entries().get(key);
    if (e == null || !(e.value() instanceof ListNode l) || l.items().size() != 4) {
      p.add(m.line(), m.column(), key, null, Msg.CONFIG_THRESHOLDS);
      return new double[4];
    }
    double[] out = new double[4];
    List<Node> items = l.items();
    for (int i = 0; i < 4; i++) {
      if (!(items.get(i) instanceof Scalar s) || !s.isNumber() || !Double.isFinite(s.number())) {
        p.add(items.get(i).line(), items.get(i).column(), key, null, Msg.CSV_NUMBER);
        continue;
      }
      out[i] = s.number();
      if (i > 0 && out[i] <= out[i - 1]) {
        p.add(s.line(), s.column(), key, s.text(), Msg.CONFIG_THRESHOLDS_INCREASE);
      }
    }
    return out;
  }
}
