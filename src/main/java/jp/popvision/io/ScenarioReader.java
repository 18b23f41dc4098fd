package jp.popvision.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import jp.popvision.scenario.Knot;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.MortalitySpec;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.UncertaintySpec;

/**
 * Reads a scenario YAML file into a {@link ScenarioSpec}. Every problem (unknown key, wrong type,
 * value out of range, missing key) is collected with file:line:column and reported at once.
 * The reference of keys is in README.md ("Scenario file").
 */
public final class ScenarioReader {
  /** Largest scenario file accepted. */
  public static final long MAX_BYTES = 1 << 20;

  public static final double TFR_MIN = 0.5;
  public static final double TFR_MAX = 4.0;
  public static final double SRB_MIN = 0.9;
  public static final double SRB_MAX = 1.2;
  public static final double NET_COUNT_MAX = 1_000_000;
  public static final int YEAR_MIN = 1950;
  /** Largest one-way TFR change in {@code sensitivity.tfr_steps}. */
  public static final double TFR_STEP_MAX = 2.0;
  /** Largest one-way life-expectancy change in {@code sensitivity.e0_steps}, years. */
  public static final double E0_STEP_MAX = 10.0;
  /** Largest standard deviation of the period TFR in {@code uncertainty.tfr.sd}. */
  public static final double TFR_SD_MAX = 1.0;
  /** Largest standard deviation of life expectancy in {@code uncertainty.e0.sd}, years. */
  public static final double E0_SD_MAX = 5.0;
  /** Largest standard deviation of net migrants per 5 years in {@code uncertainty.net_migration.sd}. */
  public static final double MIGRATION_SD_MAX = 100_000;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final Pattern MHLW = Pattern.compile("mhlw-(\\d{4})");

  /** A scenario and where each of its keys is in the file (dotted path → {line, column}). */
  public record ScenarioFile(ScenarioSpec spec, Map<String, int[]> locations) {
    /** A problem about {@code key}, placed at the key's line (or the file's start). */
    public Problem problemAt(String key, String message) {
      int[] at = locations.getOrDefault(key, locations.getOrDefault(parent(key), new int[] {0, 0}));
      return new Problem(spec.file().toString(), at[0], at[1], key, null, message);
    }

    private static String parent(String key) {
      int dot = key.lastIndexOf('.');
      return dot < 0 ? "" : key.substring(0, dot);
    }
  }

  private final Problems problems;
  private final Map<String, int[]> locations = new HashMap<>();

  private ScenarioReader(Problems problems) {
    this.problems = problems;
  }

  public static ScenarioFile read(Path file) throws InputException {
    Path abs = file.toAbsolutePath().normalize();
    Problems problems = new Problems(file.toString());
    Node root = load(abs, file.toString(), problems, new ArrayList<>());
    problems.throwIfAny();
    ScenarioReader r = new ScenarioReader(problems);
    ScenarioSpec spec = r.scenario(root, abs);
    problems.throwIfAny();
    return new ScenarioFile(spec, Map.copyOf(r.locations));
  }

  /** Most scenario files one scenario may extend in a chain. */
  static final int MAX_EXTENDS_DEPTH = 8;

  /** Keys whose mapping is replaced as a whole by an extending scenario, never merged. */
  private static final List<String> REPLACED_WHOLE = List.of("tfr", "net_counts");

  /**
   * Reads {@code file} into a tree; if it says {@code extends: other.yaml}, the other file is read
   * (relative to this one) and this file's keys are laid over it: mappings merge key by key,
   * except that a {@code fertility} or {@code migration} block that names its {@code method}
   * replaces the other's block, and year-value paths ({@code tfr}, {@code net_counts}) are
   * replaced whole.
   */
  private static Node load(Path abs, String shown, Problems problems, List<Path> chain) {
    if (chain.contains(abs)) {
      problems.add(shown, 0, 0, "extends", null, "scenarios extend each other in a cycle: " + chain);
      return null;
    }
    if (chain.size() >= MAX_EXTENDS_DEPTH) {
      problems.add(shown, 0, 0, "extends", null, "more than " + MAX_EXTENDS_DEPTH + " scenarios extend each other");
      return null;
    }
    if (!Files.isRegularFile(abs)) {
      problems.add(shown, 0, 0, null, null, "scenario file not found");
      return null;
    }
    String text;
    try {
      if (Files.size(abs) > MAX_BYTES) {
        problems.add(shown, 0, 0, null, null,
            "file is larger than " + MAX_BYTES / 1024 + " KiB; a scenario is a short YAML file");
        return null;
      }
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(abs)))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(shown, 0, 0, null, null, "not valid UTF-8 text; save the scenario as UTF-8");
      return null;
    } catch (IOException e) {
      problems.add(shown, 0, 0, null, null, "cannot read: " + e.getMessage());
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      problems.add(shown, 0, 0, null, null, "binary data, not a YAML text file");
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
      problems.add(shown, ext.line(), ext.column(), "extends", null, "must be the path of another scenario file");
      return null;
    }
    if (!m.entries().containsKey("name")) {
      problems.add(shown, m.line(), m.column(), "name", null,
          "a scenario that extends another needs its own name");
    }
    Path parentPath = abs.getParent().resolve(s.text()).normalize();
    String parentShown = Path.of(shown).resolveSibling(s.text()).normalize().toString();
    List<Path> next = new ArrayList<>(chain);
    next.add(abs);
    Node parent = load(parentPath, parentShown, problems, next);
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
              || !(b.value() instanceof MapNode bm)
              || !(e.value() instanceof MapNode em)
              || REPLACED_WHOLE.contains(e.key())
              || top && List.of("fertility", "migration").contains(e.key()) && em.entries().containsKey("method");
      if (replace) {
        out.put(e.key(), e);
      } else {
        MapNode merged = merge((MapNode) b.value(), (MapNode) e.value(), false);
        out.put(e.key(), new Entry(e.key(), e.file(), e.line(), e.column(), merged));
      }
    }
    return new MapNode(out, over.file(), over.line(), over.column());
  }

  // ---- the scenario

  private ScenarioSpec scenario(Node root, Path file) {
    Fields top = fields(root, "", List.of("name", "title", "description", "data_dir", "base",
        "horizon", "fertility", "mortality", "migration", "calibration", "sensitivity",
        "uncertainty"));
    if (top == null) {
      return null;
    }
    String name = top.string("name", true, null);
    if (name != null && !NAME.matcher(name).matches()) {
      top.problem("name", name,
          "must be 1–64 letters, digits, '-' or '_' (it names the output directory)");
    }
    String title = top.string("title", true, null);
    String description = top.string("description", false, "");
    Path dataDir = dataDir(top, file);
    BaseSpec base = base(top.child("base", true));
    Integer horizon = top.integer("horizon", false, ScenarioSpec.DEFAULT_HORIZON);
    if (horizon != null) {
      int from = base == null ? YEAR_MIN : base.year() + 5;
      if (horizon < from || horizon > ScenarioSpec.MAX_HORIZON || horizon % 5 != 0) {
        top.problem("horizon", String.valueOf(horizon),
            "must be a multiple of 5 from " + from + " to " + ScenarioSpec.MAX_HORIZON);
      }
    }
    FertilitySpec fertility = fertility(top.child("fertility", true));
    MortalitySpec mortality = mortality(top.child("mortality", false));
    MigrationSpec migration = migration(top.child("migration", true));
    CalibrationSpec calibration = calibration(top.child("calibration", false), base);
    SensitivitySpec sensitivity = sensitivity(top.child("sensitivity", false), base, horizon);
    UncertaintySpec uncertainty = uncertainty(top.child("uncertainty", false), fertility, migration);
    top.finish();
    if (!problems.isEmpty()) {
      return null;
    }
    return new ScenarioSpec(name, title, description, file, dataDir, base, horizon,
        fertility, mortality, migration, calibration, sensitivity, uncertainty);
  }

  /**
   * {@code data_dir} relative to the file that sets it; by default the nearest {@code data}
   * directory holding {@code asakura/} found walking up from the scenario's directory, else the
   * popvision home's {@code data}.
   */
  private Path dataDir(Fields top, Path file) {
    String text = top.string("data_dir", false, null);
    if (text != null) {
      Entry e = top.map.entries().get("data_dir");
      Path dir = Path.of(e.file()).toAbsolutePath().getParent().resolve(text).normalize();
      if (!Files.isDirectory(dir)) {
        top.problem("data_dir", text, "directory not found (resolved to " + dir + ")");
      }
      return dir;
    }
    for (Path d = file.getParent(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("data").resolve("asakura"))) {
        return d.resolve("data");
      }
    }
    String home = System.getProperty("popvision.home");
    if (home != null && Files.isDirectory(Path.of(home, "data"))) {
      return Path.of(home, "data").toAbsolutePath().normalize();
    }
    top.problem("data_dir", null,
        "no data directory found above the scenario file; set data_dir to the popvision data directory");
    return null;
  }

  private CalibrationSpec calibration(Fields f, BaseSpec base) {
    if (f == null) {
      return null;
    }
    f.allow("year", "total", "age_0_14", "age_15_64", "age_65_plus");
    Integer year = f.integer("year", true, null);
    if (year != null && base != null && (year <= base.year() || year % 5 != 0)) {
      f.problem("year", String.valueOf(year),
          "must be a census year after the base year " + base.year() + " (a multiple of 5)");
      year = null;
    }
    Double total = f.count("total");
    Double a = f.count("age_0_14");
    Double b = f.count("age_15_64");
    Double c = f.count("age_65_plus");
    f.finish();
    return year == null ? null : new CalibrationSpec(year, total, a, b, c);
  }

  /** The {@code sensitivity:} block (README, "popvision sensitivity"). */
  private SensitivitySpec sensitivity(Fields f, BaseSpec base, Integer horizon) {
    if (f == null) {
      return null;
    }
    f.allow("years", "tfr_steps", "migration_steps", "e0_steps", "srb", "grid_tfr",
        "grid_migration", "contours");
    List<Integer> years = f.years("years", base, horizon);
    List<Double> tfrSteps = f.numbers("tfr_steps", 0, TFR_STEP_MAX, "children per woman", false);
    List<Double> migrationSteps = f.numbers("migration_steps", 0, NET_COUNT_MAX, "persons per 5 years", false);
    List<Double> e0Steps = f.numbers("e0_steps", 0, E0_STEP_MAX, "years", false);
    List<Double> srb = f.numbers("srb", SRB_MIN, SRB_MAX, "males per female births", false);
    if (srb != null && srb.size() != 2) {
      f.problem("srb", null, "give two sex ratios at birth, low and high, e.g. [1.03, 1.07]");
      srb = null;
    }
    for (String k : List.of("tfr_steps", "migration_steps", "e0_steps")) {
      List<Double> v = switch (k) {
        case "tfr_steps" -> tfrSteps;
        case "migration_steps" -> migrationSteps;
        default -> e0Steps;
      };
      if (v != null && v.contains(0.0)) {
        f.problem(k, "0", "steps must be positive (each is tried as − and +)");
      }
    }
    GridRange gridTfr = f.range("grid_tfr", TFR_MIN, TFR_MAX, "children per woman");
    GridRange gridMigration = f.range("grid_migration", -NET_COUNT_MAX, NET_COUNT_MAX, "persons per 5 years");
    List<Double> contours = f.numbers("contours", 0, Double.MAX_VALUE, "persons", false);
    f.finish();
    return new SensitivitySpec(years, tfrSteps, migrationSteps, e0Steps, srb, gridTfr,
        gridMigration, contours);
  }

  /** The {@code uncertainty:} block (README, "popvision uncertainty"). */
  private UncertaintySpec uncertainty(Fields f, FertilitySpec fertility, MigrationSpec migration) {
    if (f == null) {
      return null;
    }
    f.allow("trajectories", "seed", "tfr", "net_migration", "e0");
    Integer trajectories = f.integer("trajectories", false, UncertaintySpec.DEFAULT_TRAJECTORIES);
    if (trajectories != null && (trajectories < UncertaintySpec.MIN_TRAJECTORIES
        || trajectories > UncertaintySpec.MAX_TRAJECTORIES)) {
      f.problem("trajectories", String.valueOf(trajectories), "must be from "
          + fmt(UncertaintySpec.MIN_TRAJECTORIES) + " to " + fmt(UncertaintySpec.MAX_TRAJECTORIES));
      trajectories = null;
    }
    Long seed = f.longValue("seed", UncertaintySpec.DEFAULT_SEED);
    UncertaintySpec.Noise tfr = noise(f, "tfr", TFR_SD_MAX, "children per woman");
    UncertaintySpec.Noise mig = noise(f, "net_migration", MIGRATION_SD_MAX, "persons per 5 years");
    UncertaintySpec.Noise e0 = noise(f, "e0", E0_SD_MAX, "years");
    if (tfr != null && fertility != null && !(fertility instanceof FertilitySpec.Tfr)) {
      f.problem("tfr", null, "needs fertility.method: tfr (deviations are added to the period TFR)");
    }
    if (mig != null && migration != null && !(migration instanceof MigrationSpec.NetCounts)) {
      f.problem("net_migration", null,
          "needs migration.method: net-counts (deviations are added to the net migrants per 5 years)");
    }
    if (!f.has("tfr") && !f.has("net_migration") && !f.has("e0")) {
      f.missing("tfr", "give at least one of tfr, net_migration, e0 (each with sd and autocorrelation)");
    }
    f.finish();
    return trajectories == null || seed == null ? null
        : new UncertaintySpec(trajectories, seed, tfr, mig, e0);
  }

  private UncertaintySpec.Noise noise(Fields parent, String k, double maxSd, String unit) {
    if (!parent.has(k)) {
      return null;
    }
    Fields f = parent.child(k, false);
    if (f == null) {
      return null;
    }
    f.allow("sd", "autocorrelation");
    Double sd = f.number("sd", true, 0, maxSd, unit);
    Double rho = f.number("autocorrelation", true, 0, 1,
        "correlation of consecutive periods' deviations: 0 independent, 1 one shift throughout");
    f.finish();
    return sd == null || rho == null ? null : new UncertaintySpec.Noise(sd, rho);
  }

  private BaseSpec base(Fields f) {
    if (f == null) {
      return null;
    }
    f.allow("dataset", "year");
    Dataset d = f.choice("dataset", false, "census", Dataset::parse, "census, ipss-h30");
    Integer year = f.integer("year", true, null);
    if (year != null && (year < 1980 || year > 2045 || year % 5 != 0)) {
      f.problem("year", String.valueOf(year), "must be a census year: a multiple of 5 from 1980 to 2045");
      year = null;
    }
    f.finish();
    return d == null || year == null ? null : new BaseSpec(d, year);
  }

  private FertilitySpec fertility(Fields f) {
    if (f == null) {
      return null;
    }
    String method = f.choice("method", true, null, s -> s.equals("tfr") || s.equals("child-woman-ratio") ? s : null,
        "tfr, child-woman-ratio");
    if ("child-woman-ratio".equals(method)) {
      f.allow("method", "source", "tfr");
      Dataset d = f.choice("source", false, "ipss-h30", Dataset::parse, "ipss-h30, census");
      KnotPath tfr = f.map.entries().containsKey("tfr")
          ? f.path("tfr", TFR_MIN, TFR_MAX, "children per woman") : null;
      f.finish();
      return d == null ? null : new FertilitySpec.ChildWomanRatio(d, tfr);
    }
    if (method == null) {
      return null;
    }
    f.allow("method", "tfr", "age_pattern", "sex_ratio_at_birth");
    KnotPath tfr = f.path("tfr", TFR_MIN, TFR_MAX, "children per woman");
    String pattern = f.string("age_pattern", false, "wpp2024");
    if (pattern != null && !pattern.equals("wpp2024") && !MHLW.matcher(pattern).matches()) {
      f.problem("age_pattern", pattern, "must be wpp2024 or mhlw-YYYY (e.g. mhlw-2018)");
    }
    Double srb = null;
    Scalar s = f.scalar("sex_ratio_at_birth");
    if (s != null) {
      if (s.kind() == Kind.STRING && s.text().equals("wpp2024")) {
        srb = null;
      } else if (s.kind() == Kind.FLOAT || s.kind() == Kind.INT) {
        srb = Double.parseDouble(s.text());
        if (!(srb >= SRB_MIN && srb <= SRB_MAX)) {
          f.problem("sex_ratio_at_birth", s.text(),
              "must be wpp2024 or males per female births in [" + SRB_MIN + ", " + SRB_MAX + "]");
        }
      } else {
        f.problem("sex_ratio_at_birth", s.text(), "must be wpp2024 or a number such as 1.05");
      }
    }
    f.finish();
    return tfr == null ? null : new FertilitySpec.Tfr(tfr, pattern, srb);
  }

  private MortalitySpec mortality(Fields f) {
    if (f == null) {
      return new MortalitySpec("wpp2024");
    }
    f.allow("life_table");
    String t = f.choice("life_table", false, "wpp2024", s -> s.equals("wpp2024") ? s : null, "wpp2024");
    f.finish();
    return new MortalitySpec(t == null ? "wpp2024" : t);
  }

  private MigrationSpec migration(Fields f) {
    if (f == null) {
      return null;
    }
    String method = f.choice("method", true, null,
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
        f.allow("method", "net_counts", "profile_year", "timing", "zero_from");
        KnotPath counts = f.path("net_counts", -NET_COUNT_MAX, NET_COUNT_MAX, "persons per 5 years");
        Integer profile = f.censusYear("profile_year", 2010);
        MigrationTiming timing = f.choice("timing", false, "end",
            s -> s.equals("end") ? MigrationTiming.END : s.equals("even") ? MigrationTiming.EVEN : null,
            "end, even");
        out = counts == null || profile == null || timing == null ? null
            : new MigrationSpec.NetCounts(counts, profile, timing);
      }
      case "net-rates" -> {
        f.allow("method", "from_year", "zero_from");
        Integer from = f.censusYear("from_year", 2010);
        out = from == null ? null : new MigrationSpec.NetRates(from);
      }
      default -> {
        f.allow("method", "source", "from_year", "zero_from");
        Dataset d = f.choice("source", true, null, Dataset::parse, "census, ipss-h30");
        Integer from = f.censusYear("from_year", null);
        if (d == Dataset.CENSUS && from == null && f.scalar("from_year") == null) {
          f.problem("from_year", null, "required with source census: the first year of the period, e.g. 2010");
        }
        out = d == null ? null : new MigrationSpec.CohortChange(d, from);
      }
    }
    Integer zeroFrom = f.integer("zero_from", false, null);
    if (zeroFrom != null && (zeroFrom % 5 != 0 || zeroFrom < 1980 || zeroFrom > ScenarioSpec.MAX_HORIZON)) {
      f.problem("zero_from", String.valueOf(zeroFrom),
          "must be the start year of a period (a multiple of 5) from which net migration is zero");
      zeroFrom = null;
    }
    f.finish();
    if (out != null && zeroFrom != null) {
      out = new MigrationSpec.Switch(out, zeroFrom, new MigrationSpec.Zero());
    }
    return out;
  }

  // ---- typed access to one mapping, with problems and locations

  private Fields fields(Node node, String prefix, List<String> allowed) {
    if (!(node instanceof MapNode m)) {
      problems.add(node.file(), node.line(), node.column(), prefix.isEmpty() ? null : prefix, null,
          "must be a mapping of keys (key: value)");
      return null;
    }
    Fields f = new Fields(m, prefix);
    f.allowed = allowed;
    return f;
  }

  private final class Fields {
    final MapNode map;
    final String prefix;
    List<String> allowed = List.of();

    Fields(MapNode map, String prefix) {
      this.map = map;
      this.prefix = prefix;
      for (Entry e : map.entries().values()) {
        locations.put(key(e.key()), new int[] {e.line(), e.column()});
      }
    }

    String key(String k) {
      return prefix.isEmpty() ? k : prefix + "." + k;
    }

    void allow(String... keys) {
      allowed = List.of(keys);
    }

    void problem(String k, String value, String message) {
      Entry e = map.entries().get(k);
      Node at = e == null ? map : e.value();
      problems.add(at.file(), at.line(), at.column(), key(k), value, message);
    }

    void missing(String k, String what) {
      problems.add(map.file(), map.line(), map.column(), key(k), null, "missing required key; " + what);
    }

    /** An optional count of persons (≥ 0). */
    Double count(String k) {
      Scalar s = scalar(k);
      if (s == null) {
        return null;
      }
      if (s.kind() != Kind.INT && s.kind() != Kind.FLOAT) {
        problem(k, s.text(), "must be a number of persons without quotes");
        return null;
      }
      double v = Double.parseDouble(s.text());
      if (!(v >= 0) || !Double.isFinite(v)) {
        problem(k, s.text(), "must be a finite number of persons, 0 or more");
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
      problem(k, null, "must be a single value, not " + describe(e.value()));
      return null;
    }

    String string(String k, boolean required, String dflt) {
      Entry e = map.entries().get(k);
      if (e == null) {
        if (required) {
          missing(k, "a text value");
        }
        return dflt;
      }
      if (e.value() instanceof Scalar s && s.kind() != Kind.NULL && s.kind() != Kind.BOOLEAN
          && !s.text().isBlank()) {
        return s.text();
      }
      problem(k, e.value() instanceof Scalar s ? s.text() : null, "must be a non-empty text");
      return null;
    }

    Integer integer(String k, boolean required, Integer dflt) {
      Entry e = map.entries().get(k);
      if (e == null) {
        if (required) {
          missing(k, "a whole number");
        }
        return dflt;
      }
      if (e.value() instanceof Scalar s && s.kind() == Kind.INT) {
        try {
          return Integer.valueOf(s.text());
        } catch (NumberFormatException ex) {
          problem(k, s.text(), "whole number out of range");
          return null;
        }
      }
      problem(k, e.value() instanceof Scalar s ? s.text() : null,
          "must be a whole number (without quotes), not " + describe(e.value()));
      return null;
    }

    Integer censusYear(String k, Integer dflt) {
      Integer y = integer(k, false, dflt);
      if (y != null && (y < 1980 || y > 2040 || y % 5 != 0)) {
        problem(k, String.valueOf(y), "must be a census year with a census 5 years later: 1980, 1985, …, 2010");
        return null;
      }
      return y;
    }

    <T> T choice(String k, boolean required, String dflt, java.util.function.Function<String, T> parse,
        String allowedValues) {
      String s = string(k, required, dflt);
      if (s == null) {
        return null;
      }
      T v = parse.apply(s);
      if (v == null) {
        problem(k, s, "must be one of: " + allowedValues);
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
            problem(k, s.text(), "must be a whole number >= 0");
            return null;
          }
          return v;
        } catch (NumberFormatException ex) {
          problem(k, s.text(), "whole number out of range");
          return null;
        }
      }
      problem(k, e.value() instanceof Scalar s ? s.text() : null,
          "must be a whole number (without quotes), not " + describe(e.value()));
      return null;
    }

    /** A number in [min, max]. */
    Double number(String k, boolean required, double min, double max, String unit) {
      Entry e = map.entries().get(k);
      if (e == null) {
        if (required) {
          missing(k, "a number (" + unit + ")");
        }
        return null;
      }
      if (!(e.value() instanceof Scalar s) || (s.kind() != Kind.INT && s.kind() != Kind.FLOAT)) {
        problem(k, e.value() instanceof Scalar s2 ? s2.text() : null,
            "must be a number (" + unit + ") without quotes, not " + describe(e.value()));
        return null;
      }
      double v = Double.parseDouble(s.text());
      if (!Double.isFinite(v) || v < min || v > max) {
        problem(k, s.text(), "must be from " + fmt(min) + " to " + fmt(max) + " (" + unit + ")");
        return null;
      }
      return v;
    }

    /** A list of projected years (multiples of 5 after the base year, at most the horizon). */
    List<Integer> years(String k, BaseSpec base, Integer horizon) {
      List<Double> values = numbers(k, YEAR_MIN, ScenarioSpec.MAX_HORIZON, "years", true);
      if (values == null) {
        return null;
      }
      Entry e = map.entries().get(k);
      List<Node> items = e.value() instanceof YamlTree.ListNode l ? l.items() : List.of(e.value());
      List<Integer> out = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < values.size(); i++) {
        int year = values.get(i).intValue();
        boolean inHorizon = base == null || horizon == null || year > base.year() && year <= horizon;
        if (year % 5 != 0 || !inHorizon) {
          Node n = items.get(i);
          problems.add(n.line(), n.column(), key(k), String.valueOf(year),
              "each year must be a multiple of 5 after the base year and at most the horizon"
                  + (base != null && horizon != null ? " (" + (base.year() + 5) + "–" + horizon + ")" : ""));
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
        problem(k, null, "must list at least one number (" + unit + "), e.g. [1, 2]");
        return null;
      }
      List<Double> out = new ArrayList<>();
      boolean ok = true;
      for (Node n : items) {
        if (!(n instanceof Scalar s) || (s.kind() != Kind.INT && (whole || s.kind() != Kind.FLOAT))) {
          problems.add(n.line(), n.column(), key(k), n instanceof Scalar s2 ? s2.text() : null,
              "must be " + (whole ? "a whole number" : "a number") + " (" + unit + ") without quotes");
          ok = false;
          continue;
        }
        double v = Double.parseDouble(s.text());
        if (!Double.isFinite(v) || v < min || v > max) {
          problems.add(s.line(), s.column(), key(k), s.text(),
              "must be from " + fmt(min) + " to " + (max == Double.MAX_VALUE ? "any" : fmt(max))
                  + " (" + unit + ")");
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
      Fields f = child(k, false);
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
        return new GridRange(new java.math.BigDecimal(f.scalar("from").text()),
            new java.math.BigDecimal(f.scalar("to").text()),
            new java.math.BigDecimal(f.scalar("step").text()));
      } catch (IllegalArgumentException ex) {
        problem(k, null, ex.getMessage());
        return null;
      }
    }

    /** A mapping year → number, years increasing, values in [min, max]. */
    KnotPath path(String k, double min, double max, String unit) {
      Entry e = map.entries().get(k);
      if (e == null) {
        missing(k, "a mapping of year: value (" + unit + "), e.g. 2015: 1.44");
        return null;
      }
      if (!(e.value() instanceof MapNode m) || m.entries().isEmpty()) {
        problem(k, null, "must be a non-empty mapping of year: value (" + unit + "), e.g. 2015: 1.44");
        return null;
      }
      List<Knot> knots = new ArrayList<>();
      int before = Integer.MIN_VALUE;
      boolean ok = true;
      for (Entry y : m.entries().values()) {
        String where = key(k) + "." + y.key();
        locations.put(where, new int[] {y.line(), y.column()});
        int year;
        try {
          year = Integer.parseInt(y.key());
        } catch (NumberFormatException ex) {
          problems.add(y.file(), y.line(), y.column(), key(k), y.key(), "keys must be years such as 2020");
          ok = false;
          continue;
        }
        if (year < YEAR_MIN || year > ScenarioSpec.MAX_HORIZON) {
          problems.add(y.file(), y.line(), y.column(), key(k), y.key(),
              "year must be from " + YEAR_MIN + " to " + ScenarioSpec.MAX_HORIZON);
          ok = false;
        }
        if (year <= before) {
          problems.add(y.file(), y.line(), y.column(), key(k), y.key(), "years must increase (after " + before + ")");
          ok = false;
        }
        before = Math.max(before, year);
        if (!(y.value() instanceof Scalar s) || (s.kind() != Kind.INT && s.kind() != Kind.FLOAT)) {
          problems.add(y.value().file(), y.value().line(), y.value().column(), where,
              y.value() instanceof Scalar s2 ? s2.text() : null,
              "must be a number (" + unit + ") without quotes");
          ok = false;
          continue;
        }
        double v = Double.parseDouble(s.text());
        if (!Double.isFinite(v) || v < min || v > max) {
          problems.add(s.file(), s.line(), s.column(), where, s.text(),
              "must be from " + fmt(min) + " to " + fmt(max) + " (" + unit + ")");
          ok = false;
          continue;
        }
        knots.add(new Knot(year, v));
      }
      return ok ? new KnotPath(knots) : null;
    }

    Fields child(String k, boolean required) {
      Entry e = map.entries().get(k);
      if (e == null) {
        if (required) {
          missing(k, "a mapping (see README, Scenario file)");
        }
        return null;
      }
      return fields(e.value(), key(k), List.of());
    }

    /** Reports keys not in {@link #allowed}, with a suggestion. */
    void finish() {
      for (Entry e : map.entries().values()) {
        if (!allowed.contains(e.key())) {
          String near = nearest(e.key(), allowed);
          problems.add(e.file(), e.line(), e.column(), key(e.key()), null,
              "unknown key" + (near != null ? "; did you mean '" + near + "'?" : "")
                  + " Allowed here: " + String.join(", ", allowed));
        }
      }
    }
  }

  private static String describe(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    if (n instanceof YamlTree.ListNode) {
      return "a list";
    }
    Scalar s = (Scalar) n;
    return switch (s.kind()) {
      case STRING -> "the text '" + s.text() + "'";
      case NULL -> "an empty value";
      case BOOLEAN -> "a true/false value";
      default -> "the number " + s.text();
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

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.valueOf(v);
  }
}
