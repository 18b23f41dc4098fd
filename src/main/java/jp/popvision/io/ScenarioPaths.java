package jp.popvision.io;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.Kind;
import jp.popvision.io.YamlTree.Scalar;

/**
 * The scenario's file and directory keys ({@code area}, {@code area_data}, {@code data_dir}) and
 * path helpers.
 */
final class ScenarioPaths {
  private ScenarioPaths() {}

  /** {@code area:} a code (text or number) or a name; checked against the catalog when loaded. */
  static String area(YamlFields top) {
    Scalar s = top.scalar("area");
    if (s == null) {
      return null;
    }
    if (s.text().isBlank() || s.kind() == Kind.FLOAT) {
      top.problem("area", s.text(), Msg.AREA_KEY_FORM);
      return null;
    }
    return s.text().strip();
  }

  /** {@code area_data:} a directory relative to the file that sets it. */
  static Path areaData(YamlFields top) {
    String text = top.string("area_data", false, null);
    if (text == null) {
      return null;
    }
    Entry e = top.map.entries().get("area_data");
    Path dir = resolve(Path.of(e.file()).toAbsolutePath().getParent(), text);
    if (dir == null) {
      top.problem("area_data", text, Msg.PATH_INVALID);
    } else if (!Files.isDirectory(dir)) {
      top.problem("area_data", text, Msg.AREA_DATA_NOT_FOUND, dir);
    } else if (!Files.isRegularFile(dir.resolve(AreaCatalog.AREAS))) {
      top.problem("area_data", text, Msg.AREA_DATA_NO_AREAS, dir.resolve(AreaCatalog.AREAS));
    }
    return dir;
  }

  /**
   * {@code data_dir} relative to the file that sets it; by default the nearest {@code data}
   * directory holding {@code municipalities/} found walking up from the scenario's directory, else
   * the popvision home's {@code data}.
   */
  static Path dataDir(YamlFields top, Path file) {
    String text = top.string("data_dir", false, null);
    if (text != null) {
      Entry e = top.map.entries().get("data_dir");
      Path dir = resolve(Path.of(e.file()).toAbsolutePath().getParent(), text);
      if (dir == null) {
        top.problem("data_dir", text, Msg.PATH_INVALID);
      } else if (!Files.isDirectory(dir)) {
        top.problem("data_dir", text, Msg.DATA_DIR_NOT_FOUND, dir);
      }
      return dir;
    }
    for (Path d = file.getParent(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("data").resolve(AreaCatalog.DIR))) {
        return d.resolve("data");
      }
    }
    String home = System.getProperty("popvision.home");
    if (home != null && Files.isDirectory(Path.of(home, "data"))) {
      return Path.of(home, "data").toAbsolutePath().normalize();
    }
    top.problem("data_dir", null, Msg.DATA_DIR_NONE);
    return null;
  }

  /** {@code text} as a path relative to {@code dir}; null when it cannot be a path (e.g. a NUL). */
  static Path resolve(Path dir, String text) {
    try {
      return dir.resolve(text).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /** {@code text} relative to the file shown as {@code shownFile}, as the user would see it. */
  static String shownPath(String shownFile, String text) {
    try {
      return Path.of(shownFile).resolveSibling(text).normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return text;
    }
  }
}
