package jp.popvision.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.Kind;
import jp.popvision.io.YamlTree.MapNode;
import jp.popvision.io.YamlTree.Node;
import jp.popvision.io.YamlTree.Scalar;

/**
 * Reads a scenario file and the chain of files it {@code extends}, laying each over the one it
 * extends.
 */
final class ScenarioExtends {
  private ScenarioExtends() {}

  /** Most scenario files one scenario may extend in a chain. */
  static final int MAX_EXTENDS_DEPTH = 8;

  /** Keys whose mapping is replaced as a whole by an extending scenario, never merged. */
  private static final List<String> REPLACED_WHOLE = List.of("tfr", "net_counts");

  /**
   * Reads {@code file} into a tree; if it says {@code extends: other.yaml}, the other file is read
   * (relative to this one) and this file's keys are laid over it: mappings merge key by key, except
   * that a {@code fertility} or {@code migration} block that names its {@code method} replaces the
   * other's block, year-value paths ({@code tfr}, {@code net_counts}) are replaced whole, and a
   * {@code base.file} replaces a {@code base.dataset} (and the reverse).
   */
  static Node load(
      Path abs, String shown, Problems problems, List<Path> chain, List<String> shownChain) {
    String text = readText(abs, shown, problems);
    if (text == null) {
      return null;
    }
    Problems own = new Problems(shown);
    Node root = YamlTree.parse(text, own);
    problems.addAll(own);
    if (!(root instanceof MapNode m) || !m.entries().containsKey("extends")) {
      return root;
    }
    Scalar s = extendsPath(m, shown, problems);
    if (s == null) {
      return null;
    }
    Path parentPath = ScenarioPaths.resolve(abs.getParent(), s.text());
    if (parentPath == null) {
      problems.addIn(shown, s.line(), s.column(), "extends", s.text(), Msg.PATH_INVALID);
      return null;
    }
    String parentShown = ScenarioPaths.shownPath(shown, s.text());
    List<Path> next = new ArrayList<>(chain);
    next.add(abs);
    List<String> nextShown = new ArrayList<>(shownChain);
    nextShown.add(shown);
    if (!canExtend(s, shown, parentPath, parentShown, next, nextShown, problems)) {
      return null;
    }
    Node parent = load(parentPath, parentShown, problems, next, nextShown);
    if (parent != null && !(parent instanceof MapNode)) {
      problems.addIn(
          parentShown, parent.line(), parent.column(), null, null, Msg.EXTENDS_NOT_A_MAPPING);
    }
    if (!(parent instanceof MapNode pm)) {
      return null;
    }
    Map<String, Entry> own2 = new LinkedHashMap<>(m.entries());
    own2.remove("extends");
    return merge(pm, new MapNode(own2, m.file(), m.line(), m.column()), true);
  }

  /**
   * The {@code extends} value of {@code m}, or null after a problem; an extending scenario without
   * a {@code name} is a problem too (reported, the value still returned).
   */
  private static Scalar extendsPath(MapNode m, String shown, Problems problems) {
    Entry ext = m.entries().get("extends");
    if (!(ext.value() instanceof Scalar s) || s.kind() != Kind.STRING || s.text().isBlank()) {
      problems.addIn(shown, ext.line(), ext.column(), "extends", null, Msg.EXTENDS_NOT_PATH);
      return null;
    }
    if (!m.entries().containsKey("name")) {
      problems.addIn(shown, m.line(), m.column(), "name", null, Msg.EXTENDS_NEEDS_NAME);
    }
    return s;
  }

  /**
   * Whether the file at {@code parentPath} may be extended: not already in the chain {@code next}
   * (a cycle), the chain not too long, the file there; else false after a problem.
   */
  private static boolean canExtend(
      Scalar s,
      String shown,
      Path parentPath,
      String parentShown,
      List<Path> next,
      List<String> nextShown,
      Problems problems) {
    if (next.contains(parentPath)) {
      nextShown.add(parentShown);
      problems.addIn(
          shown,
          s.line(),
          s.column(),
          "extends",
          s.text(),
          Msg.EXTENDS_CYCLE,
          String.join(" → ", nextShown));
      return false;
    }
    if (next.size() >= MAX_EXTENDS_DEPTH) {
      problems.addIn(
          shown, s.line(), s.column(), "extends", s.text(), Msg.EXTENDS_DEPTH, MAX_EXTENDS_DEPTH);
      return false;
    }
    if (!Files.exists(parentPath)) {
      problems.addIn(
          shown, s.line(), s.column(), "extends", s.text(), Msg.EXTENDS_NOT_FOUND, parentPath);
      return false;
    }
    return true;
  }

  /**
   * The text of the scenario file {@code abs} (shown as {@code shown}), or null after a problem.
   */
  private static String readText(Path abs, String shown, Problems problems) {
    if (!Files.exists(abs)) {
      problems.addIn(shown, 0, 0, null, null, Msg.SCENARIO_NOT_FOUND);
      return null;
    }
    try {
      byte[] bytes =
          TextFiles.readBounded(abs, shown, ScenarioReader.MAX_BYTES, Msg.TOO_LARGE_SCENARIO);
      TextFiles.Decoded d = TextFiles.decode(bytes, TextFiles.Encoding.UTF_8);
      if (d.problem() != null) {
        Msg why = d.problem() == Msg.ENCODING_NOT_AS_DECLARED ? Msg.SCENARIO_NOT_UTF8 : d.problem();
        problems.addIn(shown, d.line(), 0, null, null, why, d.args().toArray());
        return null;
      }
      return d.text();
    } catch (InputException e) {
      e.problems()
          .forEach(q -> problems.addIn(shown, 0, 0, null, null, q.msg(), q.args().toArray()));
      return null;
    }
  }

  private static MapNode merge(MapNode base, MapNode over, boolean top) {
    Map<String, Entry> out = new LinkedHashMap<>(base.entries());
    for (Entry e : over.entries().values()) {
      Entry b = out.get(e.key());
      boolean replace =
          b == null
              || !(b.value() instanceof MapNode)
              || !(e.value() instanceof MapNode em)
              || REPLACED_WHOLE.contains(e.key())
              || (top
                  && List.of("fertility", "migration").contains(e.key())
                  && em.entries().containsKey("method"));
      if (replace) {
        out.put(e.key(), e);
      } else {
        MapNode under = (MapNode) b.value();
        if (top && e.key().equals("base")) {
          under = withoutOtherSource(under, (MapNode) e.value());
        }
        MapNode merged = merge(under, (MapNode) e.value(), false);
        out.put(e.key(), new Entry(e.key(), e.file(), e.line(), e.column(), merged));
      }
    }
    return new MapNode(out, over.file(), over.line(), over.column());
  }

  /**
   * The extended scenario's {@code base} without the source the extending one replaces: its {@code
   * dataset} when the extending one gives a {@code file}, its {@code file} and {@code encoding}
   * when it gives a {@code dataset}.
   */
  private static MapNode withoutOtherSource(MapNode base, MapNode over) {
    Map<String, Entry> kept = new LinkedHashMap<>(base.entries());
    if (over.entries().containsKey("file")) {
      kept.remove("dataset");
    }
    if (over.entries().containsKey("dataset")) {
      kept.remove("file");
      kept.remove("encoding");
    }
    return new MapNode(kept, base.file(), base.line(), base.column());
  }
}
