package jp.popvision.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.popvision.io.YamlTree.Node;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.CalibrationSpec;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.Limits;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.MortalitySpec;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.UncertaintySpec;

/**
 * Reads a scenario YAML file into a {@link ScenarioSpec}. Every problem (unknown key, wrong type,
 * value out of range, missing key) is collected with file:line:column and reported at once. The
 * reference of keys is in README.md ("Scenario file").
 */
public final class ScenarioReader {
  /** Largest scenario file accepted. */
  public static final long MAX_BYTES = 1 << 20;

  public static final double TFR_MIN = Limits.TFR_MIN;
  public static final double TFR_MAX = Limits.TFR_MAX;
  public static final double SRB_MIN = Limits.SRB_MIN;
  public static final double SRB_MAX = Limits.SRB_MAX;
  public static final double NET_COUNT_MAX = Limits.NET_COUNT_MAX;
  public static final int YEAR_MIN = Limits.YEAR_MIN;

  /** Largest one-way TFR change in {@code sensitivity.tfr_steps}. */
  public static final double TFR_STEP_MAX = 2.0;

  /** Largest one-way life-expectancy change in {@code sensitivity.e0_steps}, years. */
  public static final double E0_STEP_MAX = 10.0;

  /** Largest standard deviation of the period TFR in {@code uncertainty.tfr.sd}. */
  public static final double TFR_SD_MAX = 1.0;

  /** Largest standard deviation of life expectancy in {@code uncertainty.e0.sd}, years. */
  public static final double E0_SD_MAX = 5.0;

  /**
   * Largest standard deviation of net migrants per 5 years in {@code uncertainty.net_migration.sd}.
   */
  public static final double MIGRATION_SD_MAX = 100_000;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /** A scenario and where each of its keys is in the file (dotted path → {line, column}). */
  public record ScenarioFile(
      ScenarioSpec spec, Map<String, int[]> locations, String shown, Map<String, String> files) {
    public ScenarioFile(ScenarioSpec spec, Map<String, int[]> locations) {
      this(spec, locations, spec.file().toString(), Map.of());
    }

    /** A problem about {@code key}, placed at the key's line (or the file's start). */
    public Problem problemAt(String key, String message) {
      return problemAt(key, Msg.TEXT, message);
    }

    /**
     * A problem about {@code key}, placed at the key's line (or its parent's, or the file's start).
     */
    public Problem problemAt(String key, Msg msg, Object... args) {
      String k =
          locations.containsKey(key)
              ? key
              : locations.containsKey(parent(key)) ? parent(key) : null;
      int[] at = k == null ? new int[] {0, 0} : locations.get(k);
      // a key set in a scenario this one extends is shown in that file
      return new Problem(
          k == null ? shown : files.getOrDefault(k, shown), at[0], at[1], key, null, msg, args);
    }

    private static String parent(String key) {
      int dot = key.lastIndexOf('.');
      return dot < 0 ? "" : key.substring(0, dot);
    }
  }

  private final Problems problems;
  private final Map<String, int[]> locations = new HashMap<>();
  private final Map<String, String> files = new HashMap<>();

  private ScenarioReader(Problems problems) {
    this.problems = problems;
  }

  /** Most scenario files one scenario may extend in a chain. */
  static final int MAX_EXTENDS_DEPTH = ScenarioExtends.MAX_EXTENDS_DEPTH;

  /**
   * Sets up what reading a scenario needs (the YAML parser's classes and settings, the message
   * catalogue and the number formatting its notes use) by parsing a small YAML text and formatting
   * a number: called on a warm-up thread while the command line is still being parsed (issue 15:
   * about 25 ms of a run's start-up). Reading does not depend on it.
   */
  public static void warmUp() {
    Problems warmUp = new Problems("(warm-up)");
    YamlTree.parse("name: a\nlist: [1, 2.5]\nmap:\n  key: \"text\"\n", warmUp);
    Msg.values();
    var unused = String.format(java.util.Locale.ROOT, "%.4f %,.0f %+.1f%%", 0.5, 1.5, -1.5);
  }

  public static ScenarioFile read(Path file) throws InputException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(file.toString());
    Node root =
        ScenarioExtends.load(abs, file.toString(), problems, new ArrayList<>(), new ArrayList<>());
    problems.throwIfAny();
    ScenarioReader r = new ScenarioReader(problems);
    ScenarioSpec spec = r.scenario(root, abs);
    problems.throwIfAny();
    return new ScenarioFile(spec, Map.copyOf(r.locations), file.toString(), Map.copyOf(r.files));
  }

  // ---- the scenario

  private ScenarioSpec scenario(Node root, Path file) {
    YamlFields top = fields(root, "", TOP_KEYS);
    if (top == null) {
      return null;
    }
    String name = name(top);
    String title = top.string("title", true, null);
    String description = top.string("description", false, "");
    Path dataDir = ScenarioPaths.dataDir(top, file);
    BaseSpec base = BaseBlock.read(top.child("base", true), file);
    Integer horizon = top.integer("horizon", false, ScenarioSpec.DEFAULT_HORIZON);
    checkHorizon(top, horizon, base);
    FertilitySpec fertility = FertilityBlock.fertility(top.child("fertility", true));
    MortalitySpec mortality = FertilityBlock.mortality(top.child("mortality", false));
    MigrationSpec migration = MigrationBlock.read(top.child("migration", true));
    CalibrationSpec calibration = CalibrationBlock.read(top.child("calibration", false), base);
    SensitivitySpec sensitivity =
        AnalysisBlocks.sensitivity(top.child("sensitivity", false), base, horizon);
    UncertaintySpec uncertainty =
        AnalysisBlocks.uncertainty(top.child("uncertainty", false), fertility, migration);
    String area = ScenarioPaths.area(top);
    Path areaData = ScenarioPaths.areaData(top);
    KpiBlock.check(top); // popvision track's targets (io.KpiBlock)
    top.finish();
    if (!problems.isEmpty()) {
      return null;
    }
    return new ScenarioSpec(
        name,
        title,
        description,
        file,
        dataDir,
        base,
        horizon,
        fertility,
        mortality,
        migration,
        calibration,
        sensitivity,
        uncertainty,
        area,
        areaData);
  }

  /** The keys a scenario file may have at the top. */
  private static final List<String> TOP_KEYS =
      List.of(
          "name",
          "title",
          "description",
          "data_dir",
          "base",
          "horizon",
          "fertility",
          "mortality",
          "migration",
          "calibration",
          "sensitivity",
          "uncertainty",
          "area",
          "area_data",
          "kpi");

  /** {@code name:} a file-name-safe identifier, not a reserved device name. */
  private static String name(YamlFields top) {
    String name = top.string("name", true, null);
    if (name != null && !NAME.matcher(name).matches()) {
      top.problem("name", name, Msg.NAME_PATTERN);
    } else if (name != null && isReservedName(name)) {
      top.problem("name", name, Msg.NAME_RESERVED);
    }
    return name;
  }

  /**
   * {@code horizon:} a multiple of 5 after the base year, at most {@link ScenarioSpec#MAX_HORIZON}.
   */
  private static void checkHorizon(YamlFields top, Integer horizon, BaseSpec base) {
    if (horizon != null) {
      int from = base == null ? YEAR_MIN : base.year() + 5;
      if (horizon < from || horizon > ScenarioSpec.MAX_HORIZON || horizon % 5 != 0) {
        top.problem(
            "horizon", String.valueOf(horizon), Msg.HORIZON_RANGE, from, ScenarioSpec.MAX_HORIZON);
      }
    }
  }

  // ---- typed access to one mapping, with problems and locations

  private YamlFields fields(Node node, String prefix, List<String> allowed) {
    return YamlFields.of(node, prefix, allowed, new YamlFields.Context(problems, locations, files));
  }

  /** Device names that Windows does not allow as a file or directory name, in any case. */
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

  static boolean isReservedName(String name) {
    return RESERVED.matcher(name).matches();
  }

  /** The allowed key closest to {@code key} by edit distance, if close enough to be a typo. */
  static String nearest(String key, List<String> allowed) {
    return KeySuggestions.nearest(key, allowed);
  }

  static int editDistance(String a, String b) {
    return KeySuggestions.editDistance(a, b);
  }
}
