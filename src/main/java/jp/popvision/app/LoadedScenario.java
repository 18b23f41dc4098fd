package jp.popvision.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import jp.popvision.io.AreaCatalog;
import jp.popvision.io.AreaData;
import jp.popvision.io.InputCache;
import jp.popvision.io.InputException;
import jp.popvision.io.Msg;
import jp.popvision.io.NationalTables;
import jp.popvision.io.OutputDir;
import jp.popvision.io.PopulationFile;
import jp.popvision.io.Problem;
import jp.popvision.io.ResolveText;
import jp.popvision.io.ScenarioReader;
import jp.popvision.io.TextFiles;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Population;
import jp.popvision.scenario.AreaInputs;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolveException;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.ScenarioSpec;

/**
 * A scenario file read together with its area's data: the one way every command loads, resolves and
 * validates a scenario. The area is {@code --area} if given, else the file's {@code area:}, else
 * (without {@code base.file}) the shipped default {@link #DEFAULT_AREA}; its data come from the
 * catalog (shipped and the file's {@code area_data:}), its base from {@code base.file} when the
 * scenario has one. Problems of the file, the area and the data are reported together.
 *
 * @param areaFromOption whether the area was chosen by {@code --area} (outputs are then named by
 *     the area, so that areas never overwrite each other)
 */
public record LoadedScenario(
    ScenarioReader.ScenarioFile file, InputData data, boolean areaFromOption) {

  /** The area of a scenario that names none and has no base file: 朝倉市. */
  public static final String DEFAULT_AREA = "40228";

  /** Where {@code --area} problems are shown. */
  static final String COMMAND_LINE = "(command line)";

  public LoadedScenario(ScenarioReader.ScenarioFile file, InputData data) {
    this(file, data, false);
  }

  public static LoadedScenario read(Path scenarioFile) throws InputException {
    return read(scenarioFile, null);
  }

  /** Reads {@code scenarioFile} for the area {@code areaOption} (null: the file's own area). */
  public static LoadedScenario read(Path scenarioFile, String areaOption) throws InputException {
    ScenarioReader.ScenarioFile file = ScenarioReader.read(scenarioFile);
    ScenarioSpec spec = file.spec();
    // the hashing that writing the outputs starts with is set up on another thread
    OutputDir.prepare();
    List<Problem> problems = new ArrayList<>();
    AreaCatalog.Area area = null;
    InputData data = null;
    // with the launcher, the parsed inputs of the area come from the input cache when the files
    // are unchanged (a scenario of a base file without an area is read as it is)
    String query = areaQuery(file, areaOption);
    InputCache cache =
        query == null ? null : InputCache.lookup(spec.dataDir(), spec.areaData(), query);
    InputCache.Entry cached = cache == null ? null : cache.get();
    if (cached != null) {
      area = cached.area();
      data = cached.data();
    } else {
      // the national tables do not depend on the area: read on a second thread meanwhile
      FutureTask<NationalTables.Tables> national =
          Background.start("popvision-national", () -> NationalTables.read(spec.dataDir()));
      try {
        area = area(file, catalog(spec), areaOption);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
      if (problems.isEmpty()) {
        try {
          data = AreaData.read(spec.dataDir(), area, () -> nationalTables(national));
        } catch (InputException e) {
          problems.addAll(e.problems());
        }
      } else {
        national.cancel(true);
      }
      if (cache != null && problems.isEmpty() && area != null && data != null) {
        cache.put(area, data);
      }
    }
    try {
      NavigableMap<Integer, Population> base = baseFile(spec.base());
      if (data != null && base != null) {
        data = data.withBaseFiles(Map.of(spec.base().file().path(), base));
      }
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    // a scenario for a named area says so in its title (charts, summaries)
    boolean named = areaOption != null || spec.area() != null;
    ScenarioSpec withArea =
        area == null
            ? spec
            : spec.withArea(
                area.code(),
                named ? area.prefecture() + area.name() + " " + spec.title() : spec.title());
    return new LoadedScenario(
        new ScenarioReader.ScenarioFile(withArea, file.locations(), file.shown(), file.files()),
        data,
        areaOption != null);
  }

  /**
   * The scenario for every area of the group {@code query} ({@code all} or a prefecture, e.g.
   * {@code 40} or {@code 福岡県}), in catalog order, each table read once for all of them; null when
   * {@code query} names no group (it may name one area).
   */
  public static List<LoadedScenario> readGroup(Path scenarioFile, String query)
      throws InputException {
    ScenarioReader.ScenarioFile file = ScenarioReader.read(scenarioFile);
    ScenarioSpec spec = file.spec();
    AreaCatalog catalog = catalog(spec);
    List<AreaCatalog.Area> areas = catalog.group(query);
    if (areas == null || catalog.byCode(query) != null) {
      return null;
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, InputData> data = Map.of();
    try {
      data = AreaData.readAll(spec.dataDir(), areas, NationalTables.read(spec.dataDir()));
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    NavigableMap<Integer, Population> base = null;
    try {
      base = baseFile(spec.base());
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<LoadedScenario> out = new ArrayList<>();
    for (AreaCatalog.Area a : areas) {
      InputData d = data.get(a.code());
      if (base != null) {
        d = d.withBaseFiles(Map.of(spec.base().file().path(), base));
      }
      ScenarioSpec s = spec.withArea(a.code(), a.prefecture() + a.name() + " " + spec.title());
      out.add(
          new LoadedScenario(
              new ScenarioReader.ScenarioFile(s, file.locations(), file.shown(), file.files()),
              d,
              true));
    }
    return out;
  }

  private static NationalTables.Tables nationalTables(FutureTask<NationalTables.Tables> task)
      throws InputException {
    try {
      return Background.join(task);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // NationalTables.read throws none
    }
  }

  /** The catalog: the shipped areas and those of the scenario's {@code area_data:}. */
  static AreaCatalog catalog(ScenarioSpec spec) throws InputException {
    return AreaCatalog.read(
        spec.dataDir(), spec.areaData() == null ? List.of() : List.of(spec.areaData()));
  }

  /** The one area the scenario is for, or null (a base file without an area). */
  private static AreaCatalog.Area area(
      ScenarioReader.ScenarioFile file, AreaCatalog catalog, String option) throws InputException {
    String query = areaQuery(file, option);
    if (query == null) {
      return null;
    }
    try {
      if (catalog.group(query) != null && catalog.byCode(query) == null) {
        throw new InputException(where(file, option, Msg.AREA_GROUP_NOT_HERE, query));
      }
      return catalog.find(query);
    } catch (AreaCatalog.NotFound e) {
      throw new InputException(where(file, option, e.msg(), e.args()));
    }
  }

  /**
   * The area asked for: {@code --area}, else the file's {@code area:}, else {@link #DEFAULT_AREA};
   * null for a base file without an area.
   */
  private static String areaQuery(ScenarioReader.ScenarioFile file, String option) {
    String query = option != null ? option : file.spec().area();
    if (query == null && file.spec().base().file() == null) {
      query = DEFAULT_AREA;
    }
    return query;
  }

  /** A problem about the area: at {@code --area} or at the file's {@code area:}. */
  static Problem where(ScenarioReader.ScenarioFile file, String option, Msg msg, Object... args) {
    return option != null
        ? new Problem(COMMAND_LINE, 0, 0, "--area", option, msg, args)
        : file.problemAt("area", msg, args);
  }

  private static NavigableMap<Integer, Population> baseFile(BaseSpec base) throws InputException {
    BaseSpec.BaseFile f = base.file();
    if (f == null) {
      return null;
    }
    return PopulationFile.readPopulations(
        f.path(),
        f.shown(),
        TextFiles.Encoding.valueOf(f.encoding().name()),
        AgeGroups.FIVE_YEAR_TO_90);
  }

  public ScenarioSpec spec() {
    return file.spec();
  }

  /**
   * The scenario with the inputs it leaves to the area filled in ({@link AreaInputs}:
   * register-basis net counts in census terms, TFR knots {@code area}), as levers see it, with what
   * was filled in ({@link AreaInputs#notes}) for the run's notes.
   */
  public AreaInputs fill() throws InputException {
    return resolving(() -> AreaInputs.apply(spec(), data));
  }

  /**
   * The notes of a run on the {@link #fill filled} scenario: what filling in said ({@code fill}),
   * then the resolved scenario's own notes, each once (a register basis is noted by both).
   */
  public static List<jp.popvision.scenario.Note> notes(
      AreaInputs fill, List<jp.popvision.scenario.Note> resolved) {
    java.util.LinkedHashSet<jp.popvision.scenario.Note> all =
        new java.util.LinkedHashSet<>(fill.notes());
    all.addAll(resolved);
    return List.copyOf(all);
  }

  /** The scenario resolved against its data; problems at the scenario key concerned. */
  public ResolvedScenario resolve() throws InputException {
    return resolving(() -> ScenarioResolver.resolve(spec(), data));
  }

  /**
   * Runs {@code work}; a scenario that cannot be resolved (or a lever that cannot be applied to it)
   * becomes an input problem at the scenario key concerned.
   */
  public <T> T resolving(Supplier<T> work) throws InputException {
    try {
      return work.get();
    } catch (ResolveException e) {
      throw new InputException(ResolveText.at(file, e));
    }
  }

  /**
   * The default name of this run's output and chart directories: the scenario's name, with the area
   * code when {@code --area} chose the area.
   */
  public String outputName() {
    return areaFromOption && data.area() != null
        ? spec().name() + "-" + data.area().code()
        : spec().name();
  }
}
