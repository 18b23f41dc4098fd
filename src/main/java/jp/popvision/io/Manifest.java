package jp.popvision.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.popvision.engine.MigrationLimit;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.Plausibility;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The run manifest: tool version, inputs with SHA-256, command line, notes and warnings. */
public final class Manifest {
  private static final FileHashes HASHES = FileHashes.fromSystemProperty();

  private Manifest() {}

  /**
   * The manifest of a run: the data files and the scenario's own input files ({@code base.file}:
   * shown name → path), each with SHA-256; the outputs, notes, migration limits, warnings (code,
   * period and English text) and the run's settings (e.g. seed, trajectories, grid ranges), in the
   * map's order. Values of settings may be numbers, text, booleans or lists of those.
   */
  public static String of(
      String version,
      List<String> commandLine,
      String scenarioName,
      Path scenarioFile,
      Path dataDir,
      List<String> dataFiles,
      List<String> outputs,
      List<String> notes,
      List<MigrationLimit> limits,
      List<BaseSpec.BaseFile> ownInputs,
      List<Plausibility.Warning> warnings,
      Map<String, ?> settings)
      throws IOException {
    ObjectNode root = JsonText.object();
    root.put("tool", "popvision");
    root.put("version", version);
    ArrayNode cmd = root.putArray("command_line");
    commandLine.forEach(cmd::add);
    ObjectNode sc = root.putObject("scenario");
    sc.put("name", scenarioName);
    sc.put("file", scenarioFile.toString());
    sc.put("sha256", sha256(scenarioFile));
    ArrayNode inputs = root.putArray("inputs");
    for (String f : dataFiles) {
      ObjectNode in = inputs.addObject();
      in.put("file", f);
      in.put("sha256", sha256(dataDir.resolve(f)));
    }
    for (BaseSpec.BaseFile f : ownInputs) {
      ObjectNode in = inputs.addObject();
      in.put("file", f.shown());
      in.put("sha256", sha256(f.path()));
      in.put("role", "base.file");
    }
    ArrayNode out = root.putArray("outputs");
    outputs.forEach(out::add);
    ArrayNode n = root.putArray("notes");
    notes.forEach(n::add);
    if (!settings.isEmpty()) {
      ObjectNode st = root.putObject("settings");
      for (Map.Entry<String, ?> e : settings.entrySet()) {
        put(st, e.getKey(), e.getValue());
      }
    }
    ArrayNode w = root.putArray("migration_limits");
    for (MigrationLimit l : limits) {
      ObjectNode o = w.addObject();
      o.put("period_start", l.periodStart());
      o.put("sex", l.sex().label());
      o.put("group", l.group());
      o.put("requested", l.requested());
      o.put("applied", l.applied());
    }
    ArrayNode ws = root.putArray("warnings");
    for (Plausibility.Warning x : warnings) {
      ObjectNode o = ws.addObject();
      o.put("code", Warnings.code(x));
      o.put("period_start", x.periodStart());
      o.put("period_end", x.periodEnd());
      o.put("message", Warnings.text(x, Lang.EN));
    }
    HASHES.save();
    return JsonText.pretty(root) + "\n";
  }

  private static void put(ObjectNode o, String key, Object v) {
    if (v == null) {
      o.putNull(key);
    } else if (v instanceof Integer || v instanceof Long) {
      o.put(key, ((Number) v).longValue());
    } else if (v instanceof Number n) {
      o.put(key, n.doubleValue());
    } else if (v instanceof Boolean b) {
      o.put(key, b);
    } else if (v instanceof List<?> list) {
      ArrayNode a = o.putArray(key);
      for (Object x : list) {
        if (x instanceof Integer || x instanceof Long) {
          a.add(((Number) x).longValue());
        } else if (x instanceof Number n) {
          a.add(n.doubleValue());
        } else {
          a.add(String.valueOf(x));
        }
      }
    } else {
      o.put(key, String.valueOf(v));
    }
  }

  /** SHA-256 of an input file, from the hash cache when the file is unchanged. */
  static String sha256(Path file) throws IOException {
    return HASHES.sha256(file);
  }
}
