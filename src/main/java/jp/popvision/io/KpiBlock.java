package jp.popvision.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.MapNode;
import jp.popvision.io.YamlTree.Node;
import jp.popvision.io.YamlTree.Scalar;
import jp.popvision.scenario.Limits;

/**
 * The {@code kpi:} block of a scenario file: the strategy's numeric targets that {@code popvision
 * track} checks against the resident register. Every command checks the block (a hook in {@link
 * ScenarioReader}); {@code track} reads it with {@link #read(Path)}, from the file itself or, when
 * it has none, from the file it {@code extends} (the block is taken whole, never merged).
 *
 * <pre>
 * kpi:
 *   source: 第2期朝倉市総合戦略 数値目標
 *   social_change: {from: 2020, to: 2024, target: -1200}   # 社会増減数 cumulated over the years
 *   tfr: {from: 2018, to: 2022, target: 1.69}              # 合計特殊出生率 of the years
 * </pre>
 */
public final class KpiBlock {
  /** A target is met when the actual figure is at least {@code target}. */
  public record Target(Kind kind, int from, int to, double target) {
    public int years() {
      return to - from + 1;
    }
  }

  /** The kinds of target: the summed social change of the years, the TFR of the years. */
  public enum Kind {
    SOCIAL_CHANGE("social_change"),
    TFR("tfr");

    public final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  /** The block: where the targets come from (free text) and the targets in file order. */
  public record Kpis(String source, List<Target> targets) {
    public Kpis {
      targets = List.copyOf(targets);
    }
  }

  private KpiBlock() {}

  /** The hook of {@link ScenarioReader}: checks {@code kpi:} of the top mapping, if any. */
  static void check(YamlFields top) {
    YamlFields k = top.child("kpi", false);
    if (k != null) {
      parse(k);
    }
  }

  static Kpis parse(YamlFields k) {
    List<String> keys = new ArrayList<>(List.of("source"));
    for (Kind kind : Kind.values()) {
      keys.add(kind.key);
    }
    k.allowed = List.copyOf(keys);
    String source = k.string("source", false, "");
    List<Target> out = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      YamlFields t = k.child(kind.key, false);
      if (t == null) {
        continue;
      }
      t.allow("from", "to", "target");
      Integer from = t.integer("from", true, null);
      Integer to = t.integer("to", true, null);
      Double target =
          kind == Kind.TFR
              ? t.number("target", true, Limits.TFR_MIN, Limits.TFR_MAX, "")
              : t.number("target", true, -Limits.NET_COUNT_MAX, Limits.NET_COUNT_MAX, "人");
      t.finish();
      if (from != null && to != null) {
        if (from < Limits.YEAR_MIN || to > Limits.HORIZON_MAX || to < from) {
          t.problem("to", String.valueOf(to), Msg.KPI_YEARS, from, Limits.YEAR_MIN);
          continue;
        }
        if (target != null) {
          out.add(new Target(kind, from, to, target));
        }
      }
    }
    if (out.isEmpty() && k.map.entries().keySet().stream().noneMatch(s -> !s.equals("source"))) {
      k.missing(Kind.SOCIAL_CHANGE.key, Msg.KPI_NONE);
    }
    k.finish();
    return new Kpis(source, out);
  }

  /**
   * The {@code kpi:} block of {@code scenarioFile} (or of the file it extends); null when neither
   * has one. The file is expected to have been read by {@link ScenarioReader} already.
   */
  public static Kpis read(Path scenarioFile) throws InputException {
    Path file = scenarioFile.toAbsolutePath().normalize();
    String shown = scenarioFile.toString();
    for (int depth = 0; depth < ScenarioReader.MAX_EXTENDS_DEPTH; depth++) {
      byte[] bytes =
          TextFiles.readBounded(file, shown, ScenarioReader.MAX_BYTES, Msg.TOO_LARGE_SCENARIO);
      TextFiles.Decoded d = TextFiles.decode(bytes, TextFiles.Encoding.UTF_8);
      Problems problems = new Problems(shown);
      Node root = d.text() == null ? null : YamlTree.parse(d.text(), problems);
      problems.throwIfAny();
      if (!(root instanceof MapNode m)) {
        return null;
      }
      Entry kpi = m.entries().get("kpi");
      if (kpi != null) {
        YamlFields.Context ctx = new YamlFields.Context(problems, new HashMap<>(), new HashMap<>());
        YamlFields f = YamlFields.of(kpi.value(), "kpi", List.of(), ctx);
        Kpis out = f == null ? null : parse(f);
        problems.throwIfAny();
        return out;
      }
      Entry ext = m.entries().get("extends");
      if (ext == null || !(ext.value() instanceof Scalar s)) {
        return null;
      }
      file = file.resolveSibling(s.text()).normalize();
      shown = Path.of(shown).resolveSibling(s.text()).normalize().toString();
    }
    return null;
  }
}
