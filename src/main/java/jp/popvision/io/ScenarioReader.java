package jp.popvision.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.popvision.io.YamlTree.Entry;
import jp.popvision.io.YamlTree.Kind;
import jp.popvision.io.YamlTree.MapNode;
import jp.popvision.io.YamlTree.Node;
import jp.popvision.io.YamlTree.Scalar;
import jp.popvision.model.MigrationTiming;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.CalibrationSpec;
import jp.popvision.scenario.Dataset;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.KnotPath;
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
  private static final Pattern MHLW = Pattern.compile("mhlw-(\\d{4})");

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

  public static ScenarioFile read(Path file) throws InputException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(file.toString());
    Node root = load(abs, file.toString(), problems, new ArrayList<>(), new ArrayList<>());
    problems.throwIfAny();
    ScenarioReader r = new ScenarioReader(problems);
    ScenarioSpec spec = r.scenario(root, abs);
    problems.throwIfAny();
    return new ScenarioFile(spec, Map.copyOf(r.locations), file.toString(), Map.copyOf(r.files));
  }

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
  private static Node load(
      Path abs, String shown, Problems problems, List<Path> chain, List<String> shownChain) {
    if (!Files.exists(abs)) {
      problems.addIn(shown, 0, 0, null, null, Msg.SCENARIO_NOT_FOUND);
      return null;
    }
    String text;
    try {
      byte[] bytes = TextFiles.readBounded(abs, shown, MAX_BYTES, Msg.TOO_LARGE_SCENARIO);
      TextFiles.Decoded d = TextFiles.decode(bytes, TextFiles.Encoding.UTF_8);
      if (d.problem() != null) {
        Msg why = d.problem() == Msg.ENCODING_NOT_AS_DECLARED ? Msg.SCENARIO_NOT_UTF8 : d.problem();
        problems.addIn(shown, d.line(), 0, null, null, why, d.args().toArray());
        return null;
      }
      text = d.text();
    } catch (InputException e) {
      e.problems()
          .forEach(q -> problems.addIn(shown, 0, 0, null, null, q.msg(), q.args().toArray()));
      return null;
    }
    Problems own = new Problems(shown);
    Node root = YamlTree.parse(text, own);
    problems.addAll(own);
    if (!(root instanceof MapNode m) || !m.entries().containsKey("extends")) {
      return root;
    }
    Entry ext = m.entries().get("extends");
    if (!(ext.value() instanceof Scalar s) || s.kind() != Kind.STRING || s.text().isBlank()) {
      problems.addIn(shown, ext.line(), ext.column(), "extends", null, Msg.EXTENDS_NOT_PATH);
      return null;
    }
    if (!m.entries().containsKey("name")) {
      problems.addIn(shown, m.line(), m.column(), "name", null, Msg.EXTENDS_NEEDS_NAME);
    }
    Path parentPath = resolve(abs.getParent(), s.text());
    if (parentPath == null) {
      problems.addIn(shown, s.line(), s.column(), "extends", s.text(), Msg.PATH_INVALID);
      return null;
    }
    String parentShown = shownPath(shown, s.text());
    List<Path> next = new ArrayList<>(chain);
    next.add(abs);
    List<String> nextShown = new ArrayList<>(shownChain);
    nextShown.add(shown);
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
      return null;
    }
    if (next.size() >= MAX_EXTENDS_DEPTH) {
      problems.addIn(
          shown, s.line(), s.column(), "extends", s.text(), Msg.EXTENDS_DEPTH, MAX_EXTENDS_DEPTH);
      return null;
    }
    if (!Files.exists(parentPath)) {
      problems.addIn(
          shown, s.line(), s.column(), "extends", s.text(), Msg.EXTENDS_NOT_FOUND, parentPath);
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

  // ---- the scenario

  private ScenarioSpec scenario(Node root, Path file) {
    YamlFields top =
        fields(
            root,
            "",
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
                "kpi"));
    if (top == null) {
      return null;
    }
    String name = top.string("name", true, null);
    if (name != null && !NAME.matcher(name).matches()) {
      top.problem("name", name, Msg.NAME_PATTERN);
    } else if (name != null && isReservedName(name)) {
      top.problem("name", name, Msg.NAME_RESERVED);
    }
    String title = top.string("title", true, null);
    String description = top.string("description", false, "");
    Path dataDir = dataDir(top, file);
    BaseSpec base = base(top.child("base", true), file);
    Integer horizon = top.integer("horizon", false, ScenarioSpec.DEFAULT_HORIZON);
    if (horizon != null) {
      int from = base == null ? YEAR_MIN : base.year() + 5;
      if (horizon < from || horizon > ScenarioSpec.MAX_HORIZON || horizon % 5 != 0) {
        top.problem(
            "horizon", String.valueOf(horizon), Msg.HORIZON_RANGE, from, ScenarioSpec.MAX_HORIZON);
      }
    }
    FertilitySpec fertility = fertility(top.child("fertility", true));
    MortalitySpec mortality = mortality(top.child("mortality", false));
    MigrationSpec migration = migration(top.child("migration", true));
    CalibrationSpec calibration = calibration(top.child("calibration", false), base);
    SensitivitySpec sensitivity = sensitivity(top.child("sensitivity", false), base, horizon);
    UncertaintySpec uncertainty =
        uncertainty(top.child("uncertainty", false), fertility, migration);
    String area = area(top);
    Path areaData = areaData(top);
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

  /** {@code area:} a code (text or number) or a name; checked against the catalog when loaded. */
  private static String area(YamlFields top) {
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
  private static Path areaData(YamlFields top) {
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
  private Path dataDir(YamlFields top, Path file) {
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

  private CalibrationSpec calibration(YamlFields f, BaseSpec base) {
    if (f == null) {
      return null;
    }
    f.allow("year", "total", "age_0_14", "age_15_64", "age_65_plus", "history");
    Integer year = f.integer("year", true, null);
    if (year != null && base != null && (year <= base.year() || year % 5 != 0)) {
      f.problem("year", String.valueOf(year), Msg.CALIBRATION_YEAR, base.year());
      year = null;
    }
    Double total = f.count("total");
    Double a = f.count("age_0_14");
    Double b = f.count("age_15_64");
    Double c = f.count("age_65_plus");
    // basis: `history: shared` (scenario.SharedHistory)
    String history =
        f.choice("history", false, "own", s -> HISTORIES.contains(s) ? s : null, HIST_S);
    f.finish();
    return year == null
        ? null
        : new CalibrationSpec(year, total, a, b, c, "shared".equals(history));
  }

  /** The {@code sensitivity:} block (README, "popvision sensitivity"). */
  private SensitivitySpec sensitivity(YamlFields f, BaseSpec base, Integer horizon) {
    if (f == null) {
      return null;
    }
    f.allow(
        "years",
        "tfr_steps",
        "migration_steps",
        "e0_steps",
        "srb",
        "grid_tfr",
        "grid_migration",
        "contours");
    List<Integer> years = f.years("years", base, horizon);
    List<Double> tfrSteps = f.numbers("tfr_steps", 0, TFR_STEP_MAX, "children per woman", false);
    List<Double> migrationSteps =
        f.numbers("migration_steps", 0, NET_COUNT_MAX, "persons per 5 years", false);
    List<Double> e0Steps = f.numbers("e0_steps", 0, E0_STEP_MAX, "years", false);
    List<Double> srb = f.numbers("srb", SRB_MIN, SRB_MAX, "males per female births", false);
    if (srb != null && (srb.size() != 2 || srb.get(0) > srb.get(1))) {
      f.problem("srb", null, Msg.SENS_SRB_PAIR);
      srb = null;
    }
    for (String k : List.of("tfr_steps", "migration_steps", "e0_steps")) {
      List<Double> v =
          switch (k) {
            case "tfr_steps" -> tfrSteps;
            case "migration_steps" -> migrationSteps;
            default -> e0Steps;
          };
      if (v != null && v.contains(0.0)) {
        f.problem(k, "0", Msg.SENS_STEP_POSITIVE);
      }
    }
    GridRange gridTfr = f.range("grid_tfr", TFR_MIN, TFR_MAX, "children per woman");
    GridRange gridMigration =
        f.range("grid_migration", -NET_COUNT_MAX, NET_COUNT_MAX, "persons per 5 years");
    List<Double> contours = f.numbers("contours", 0, Double.MAX_VALUE, "persons", false);
    f.finish();
    return new SensitivitySpec(
        years, tfrSteps, migrationSteps, e0Steps, srb, gridTfr, gridMigration, contours);
  }

  /** The {@code uncertainty:} block (README, "popvision uncertainty"). */
  private UncertaintySpec uncertainty(
      YamlFields f, FertilitySpec fertility, MigrationSpec migration) {
    if (f == null) {
      return null;
    }
    f.allow("trajectories", "seed", "tfr", "net_migration", "e0");
    Integer trajectories = f.integer("trajectories", false, UncertaintySpec.DEFAULT_TRAJECTORIES);
    if (trajectories != null
        && (trajectories < UncertaintySpec.MIN_TRAJECTORIES
            || trajectories > UncertaintySpec.MAX_TRAJECTORIES)) {
      f.problem(
          "trajectories",
          String.valueOf(trajectories),
          Msg.RANGE_FROM_TO,
          fmt(UncertaintySpec.MIN_TRAJECTORIES),
          fmt(UncertaintySpec.MAX_TRAJECTORIES));
      trajectories = null;
    }
    Long seed = f.longValue("seed", UncertaintySpec.DEFAULT_SEED);
    UncertaintySpec.Noise tfr = noise(f, "tfr", TFR_SD_MAX, "children per woman");
    UncertaintySpec.Noise mig = noise(f, "net_migration", MIGRATION_SD_MAX, "persons per 5 years");
    UncertaintySpec.Noise e0 = noise(f, "e0", E0_SD_MAX, "years");
    if (tfr != null && fertility != null && !(fertility instanceof FertilitySpec.Tfr)) {
      f.problem("tfr", null, Msg.UNC_TFR_METHOD);
    }
    if (mig != null && migration != null && !(migration instanceof MigrationSpec.NetCounts)) {
      f.problem("net_migration", null, Msg.UNC_MIGRATION_METHOD);
    }
    if (!f.has("tfr") && !f.has("net_migration") && !f.has("e0")) {
      f.missing("tfr", Msg.UNC_NONE);
    }
    f.finish();
    return trajectories == null || seed == null
        ? null
        : new UncertaintySpec(trajectories, seed, tfr, mig, e0);
  }

  private UncertaintySpec.Noise noise(YamlFields parent, String k, double maxSd, String unit) {
    if (!parent.has(k)) {
      return null;
    }
    YamlFields f = parent.child(k, false);
    if (f == null) {
      return null;
    }
    f.allow("sd", "autocorrelation");
    Double sd = f.number("sd", true, 0, maxSd, unit);
    Double rho =
        f.number(
            "autocorrelation",
            true,
            0,
            1,
            "correlation of consecutive periods' deviations: 0 independent, 1 one shift throughout");
    f.finish();
    return sd == null || rho == null ? null : new UncertaintySpec.Noise(sd, rho);
  }

  /**
   * {@code base}: a shipped {@code dataset} or a user-supplied {@code file} (relative to the file
   * that sets it) with an optional {@code encoding}; the two exclude each other.
   */
  private BaseSpec base(YamlFields f, Path scenarioFile) {
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
        Path resolved = resolve(Path.of(e.file()).toAbsolutePath().getParent(), path);
        String shown = resolved == null ? path : shownPath(e.file(), path);
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

  private FertilitySpec fertility(YamlFields f) {
    if (f == null) {
      return null;
    }
    String method =
        f.choice(
            "method",
            true,
            null,
            s -> s.equals("tfr") || s.equals("child-woman-ratio") ? s : null,
            "tfr, child-woman-ratio");
    if ("child-woman-ratio".equals(method)) {
      f.allow("method", "source", "tfr");
      Dataset d = f.choice("source", false, "ipss-h30", Dataset::parse, "ipss-h30, census");
      KnotPath tfr =
          f.map.entries().containsKey("tfr") ? f.path("tfr", TFR_MIN, TFR_MAX, Msg.UNIT_TFR) : null;
      f.finish();
      return d == null ? null : new FertilitySpec.ChildWomanRatio(d, tfr);
    }
    if (method == null) {
      return null;
    }
    f.allow("method", "tfr", "age_pattern", "sex_ratio_at_birth");
    KnotPath tfr = f.path("tfr", TFR_MIN, TFR_MAX, Msg.UNIT_TFR);
    String pattern = f.string("age_pattern", false, "wpp2024");
    if (pattern != null && !pattern.equals("wpp2024") && !MHLW.matcher(pattern).matches()) {
      f.problem("age_pattern", pattern, Msg.AGE_PATTERN);
    }
    Double srb = null;
    Scalar s = f.scalar("sex_ratio_at_birth");
    if (s != null) {
      if (s.kind() == Kind.STRING && s.text().equals("wpp2024")) {
        srb = null;
      } else if (s.isNumber()) {
        srb = s.number();
        if (!(srb >= SRB_MIN && srb <= SRB_MAX)) {
          f.problem("sex_ratio_at_birth", s.text(), Msg.SRB_RANGE, SRB_MIN, SRB_MAX);
          srb = null;
        }
      } else {
        f.problem("sex_ratio_at_birth", s.text(), Msg.SRB_TYPE);
      }
    }
    f.finish();
    return tfr == null ? null : new FertilitySpec.Tfr(tfr, pattern, srb);
  }

  private MortalitySpec mortality(YamlFields f) {
    if (f == null) {
      return new MortalitySpec("wpp2024");
    }
    f.allow("life_table");
    String t =
        f.choice("life_table", false, "wpp2024", s -> s.equals("wpp2024") ? s : null, "wpp2024");
    f.finish();
    return new MortalitySpec(t == null ? "wpp2024" : t);
  }

  // basis: the values of calibration.history and migration.basis
  private static final List<String> HISTORIES = List.of("own", "shared");
  private static final String HIST_S = "own, shared";
  private static final List<String> BASES = List.of("census", "register");
  private static final String BASE_S = "census, register";

  private static MigrationSpec.RegisterStated registerStated(KnotPath counts) {
    return new MigrationSpec.RegisterStated(counts, null);
  }

  private MigrationSpec migration(YamlFields f) {
    if (f == null) {
      return null;
    }
    String method =
        f.choice(
            "method",
            true,
            null,
            s -> List.of("net-counts", "net-rates", "cohort-change", "zero").contains(s) ? s : null,
            "net-counts, net-rates, cohort-change, zero");
    if (method == null) {
      return null;
    }
    MigrationSpec out;
    switch (method) {
      case "zero" -> {
        f.allow("method");
        out = new MigrationSpec.Zero();
      }
      case "net-counts" -> {
        f.allow("method", "net_counts", "profile_year", "timing", "zero_from", "basis");
        KnotPath counts = f.path("net_counts", -NET_COUNT_MAX, NET_COUNT_MAX, Msg.UNIT_NET_COUNTS);
        Integer profile = f.censusYear("profile_year", 2010);
        MigrationTiming timing =
            f.choice(
                "timing",
                false,
                "end",
                s ->
                    s.equals("end")
                        ? MigrationTiming.END
                        : s.equals("even") ? MigrationTiming.EVEN : null,
                "end, even");
        out =
            counts == null || profile == null || timing == null
                ? null
                : new MigrationSpec.NetCounts(counts, profile, timing);
        // basis: `basis: register` (counts as register social change; scenario.AreaInputs)
        String basis =
            f.choice("basis", false, "census", s -> BASES.contains(s) ? s : null, BASE_S);
        if (out != null && "register".equals(basis)) {
          out = new MigrationSpec.NetCounts(counts, profile, timing, registerStated(counts));
        }
      }
      case "net-rates" -> {
        f.allow("method", "from_year", "zero_from", "level");
        Integer from = f.censusYear("from_year", 2010);
        Double level =
            f.scalar("level") == null
                ? null
                : f.number("level", false, -NET_COUNT_MAX, NET_COUNT_MAX, "persons per 5 years");
        out = from == null ? null : new MigrationSpec.NetRates(from, level);
      }
      default -> {
        f.allow("method", "source", "from_year", "zero_from");
        Dataset d = f.choice("source", true, null, Dataset::parse, "census, ipss-h30");
        Integer from = f.censusYear("from_year", null);
        if (d == Dataset.CENSUS && from == null && f.scalar("from_year") == null) {
          f.problem("from_year", null, Msg.COHORT_FROM_YEAR_REQUIRED);
        }
        out = d == null ? null : new MigrationSpec.CohortChange(d, from);
      }
    }
    Integer zeroFrom = f.integer("zero_from", false, null);
    if (zeroFrom != null
        && (zeroFrom % 5 != 0
            || zeroFrom < Limits.BASE_YEAR_MIN
            || zeroFrom > ScenarioSpec.MAX_HORIZON)) {
      f.problem("zero_from", String.valueOf(zeroFrom), Msg.ZERO_FROM);
      zeroFrom = null;
    }
    f.finish();
    if (out != null && zeroFrom != null) {
      out = new MigrationSpec.Switch(out, zeroFrom, new MigrationSpec.Zero());
    }
    return out;
  }

  // ---- typed access to one mapping, with problems and locations

  private YamlFields fields(Node node, String prefix, List<String> allowed) {
    return YamlFields.of(node, prefix, allowed, new YamlFields.Context(problems, locations, files));
  }

  /** {@code text} as a path relative to {@code dir}; null when it cannot be a path (e.g. a NUL). */
  private static Path resolve(Path dir, String text) {
    try {
      return dir.resolve(text).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /** {@code text} relative to the file shown as {@code shownFile}, as the user would see it. */
  private static String shownPath(String shownFile, String text) {
    try {
      return Path.of(shownFile).resolveSibling(text).normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return text;
    }
  }

  /** Device names that Windows does not allow as a file or directory name, in any case. */
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

  static boolean isReservedName(String name) {
    return RESERVED.matcher(name).matches();
  }

  /** The allowed key closest to {@code key} by edit distance, if close enough to be a typo. */
  static String nearest(String key, List<String> allowed) {
    return YamlFields.nearest(key, allowed);
  }

  static int editDistance(String a, String b) {
    return YamlFields.editDistance(a, b);
  }

  private static String fmt(double v) {
    return YamlFields.fmt(v);
  }
}
