package jp.popvision.io;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.Dataset;
import jp.popvision.scenario.Limits;

/** Reads the {@code base:} block of a scenario. */
final class BaseBlock {
  private BaseBlock() {}

  /**
   * {@code base}: a shipped {@code dataset} or a user-supplied {@code file} (relative to the file
   * that sets it) with an optional {@code encoding}; the two exclude each other.
   */
  static BaseSpec read(YamlFields f, Path scenarioFile) {
    if (f == null) {
      return null;
    }
    f.allow("dataset", "file", "encoding", "year");
    boolean hasFile = f.map.entries().containsKey("file");
    if (hasFile && f.map.entries().containsKey("dataset")) {
      f.problem("file", null, Msg.BASE_FILE_AND_DATASET);
    }
    Dataset d =
        hasFile ? null : f.choice("dataset", false, "census", Dataset::parse, "census, ipss-h30");
    BaseSpec.BaseFile baseFile = null;
    if (hasFile) {
      String path = f.string("file", true, null);
      BaseSpec.Encoding enc =
          f.choice(
              "encoding",
              false,
              "auto",
              s -> s.equals("auto") ? BaseSpec.Encoding.AUTO : BaseSpec.Encoding.parse(s),
              "shift_jis, utf-8");
      if (path != null) {
        Entry e = f.map.entries().get("file");
        Path resolved = ScenarioPaths.resolve(Path.of(e.file()).toAbsolutePath().getParent(), path);
        String shown = resolved == null ? path : ScenarioPaths.shownPath(e.file(), path);
        if (resolved == null) {
          f.problem("file", path, Msg.PATH_INVALID);
        } else if (!Files.isRegularFile(resolved)) {
          f.problem("file", path, Msg.BASE_FILE_NOT_FOUND, resolved);
        } else if (enc != null) {
          baseFile = new BaseSpec.BaseFile(resolved, shown, enc);
        }
      }
    } else if (f.map.entries().containsKey("encoding")) {
      f.problem("encoding", null, Msg.BASE_ENCODING_WITHOUT_FILE);
    }
    Integer year = f.integer("year", true, null);
    if (year != null
        && (year < Limits.BASE_YEAR_MIN
            || year > Limits.BASE_YEAR_MAX
            || year % Limits.STEP_YEARS != 0)) {
      f.problem("year", String.valueOf(year), Msg.BASE_YEAR);
      year = null;
    }
    f.finish();
    if (year == null || (hasFile ? baseFile == null : d == null)) {
      return null;
    }
    return hasFile ? new BaseSpec(null, year, baseFile) : new BaseSpec(d, year);
  }
}
