package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import jp.popvision.chart.ChartReferences;
import jp.popvision.chart.ChartSet;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.FontChoice;
import jp.popvision.chart.Lang;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.ChartIndex;
import jp.popvision.io.InputException;
import jp.popvision.io.Manifest;
import jp.popvision.io.Msg;
import jp.popvision.io.OutputDir;
import jp.popvision.io.ProjectionTables;
import jp.popvision.io.WideTables;
import jp.popvision.io.Xlsx;
import jp.popvision.scenario.AreaInfo;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.Plausibility;
import jp.popvision.scenario.ResolvedScenario;

/**
 * The simulate pipeline shared by the CLI and tests: read, resolve, project, write (through {@link
 * RunOutputs}).
 */
public final class Simulation {
  private Simulation() {}

  /** What a run produced; {@code charts} is null when no charts were drawn. */
  public record Result(
      ResolvedScenario scenario,
      Projection projection,
      Path outDir,
      List<String> files,
      ChartOutput charts,
      List<Plausibility.Warning> warnings,
      AreaInfo area,
      List<String> kept) {}

  /**
   * Which charts to draw: into {@code dir} (null = {@code charts/<scenario name>}), in {@code
   * lang}, at {@code dpi}, with {@code font} (null = {@link FontChoice#detect()}).
   */
  public record ChartOptions(Path dir, Lang lang, int dpi, FontChoice font) {}

  /** The charts a run wrote, the language they are drawn in and any warning about them. */
  public record ChartOutput(Path dir, List<String> files, Lang lang, List<Msg.Text> warnings) {}

  /** Reads and resolves a scenario against its area's data. */
  public static ResolvedScenario resolve(Path scenarioFile) throws InputException {
    return LoadedScenario.read(scenarioFile).resolve();
  }

  /**
   * What a simulate run is asked for.
   *
   * @param area {@code --area} (null: the scenario's own area)
   * @param outDir the output directory (null: {@code out/<name>})
   * @param force replace directories popvision did not write
   * @param annual also annual.csv
   * @param excel CSV with a UTF-8 BOM and the workbook {@code tables.xlsx}, headers in {@code lang}
   * @param lang the workbook's language
   * @param charts the charts to draw (null: none)
   */
  public record Options(
      String area,
      Path outDir,
      boolean force,
      boolean annual,
      boolean excel,
      jp.popvision.io.Lang lang,
      List<String> commandLine,
      String version,
      ChartOptions charts) {
    /** Tables only, for the scenario's own area, no annual table, no workbook. */
    public static Options tables(
        Path outDir, boolean force, List<String> commandLine, String version) {
      return new Options(
          null, outDir, force, false, false, jp.popvision.io.Lang.JA, commandLine, version, null);
    }

    /** The same options with {@code charts}. */
    public Options withCharts(ChartOptions charts) {
      return new Options(area, outDir, force, annual, excel, lang, commandLine, version, charts);
    }
  }

  /**
   * Runs the scenario: writes its tables and manifest to the output directory and, unless {@code
   * o.charts()} is null, draws its charts into the chart directory; each directory as a whole.
   * Everything is computed and rendered in memory and both directories are checked before either is
   * written.
   */
  public static Result run(Path scenarioFile, Options o) throws InputException, IOException {
    String area = o.area();
    Path outDir = o.outDir();
    boolean force = o.force();
    boolean annual = o.annual();
    boolean excel = o.excel();
    jp.popvision.io.Lang lang = o.lang();
    List<String> commandLine = o.commandLine();
    String version = o.version();
    ChartOptions charts = o.charts();
    LoadedScenario loaded = LoadedScenario.read(scenarioFile, area);
    ResolvedScenario scenario = loaded.resolve();
    Projection projection = Projector.run(scenario.base(), scenario.rates());
    List<Plausibility.Warning> warnings = Plausibility.check(scenario, projection);
    String outName = OutputDir.checkName(loaded.outputName());
    Path out = outDir != null ? outDir : Path.of("out", outName);
    // the charts are drawn on their own threads while this one encodes the tables and manifest
    Path chartDir = charts == null ? null : chartDir(charts.dir(), outDir, outName);
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    FutureTask<ChartOutput> pending =
        charts == null
            ? null
            : Background.start(
                "popvision-charts",
                () -> charts(loaded, scenario, projection, charts, chartDir, chartFiles, version));
    Map<String, byte[]> files;
    List<String> names;
    ChartOutput chartOutput;
    try {
      files = tableFiles(scenario, projection, annual, excel, lang, version);
      names = new ArrayList<>(files.keySet());
      names.add(OutputDir.MANIFEST);
      String manifest =
          Manifest.of(
              version,
              commandLine,
              scenario.spec().name(),
              scenario.spec().file(),
              scenario.spec().dataDir(),
              loaded.data().dataFiles(),
              names,
              Msg.render(Msg.notes(scenario.notes()), jp.popvision.io.Lang.EN),
              projection.limits(),
              ownInputs(scenario.spec()),
              warnings,
              areaSettings(loaded.data()));
      files.put(OutputDir.MANIFEST, OutputDir.utf8(manifest));
      chartOutput = pending == null ? null : Background.join(pending);
    } finally {
      if (pending != null) {
        pending.cancel(true); // only when the tables failed: the charts are not needed then
      }
    }
    List<String> kept =
        RunOutputs.writeWithCharts(
            out, files, chartDir, chartFiles, force, RunOutputs.inputs(List.of(scenario.spec())));
    return new Result(
        scenario, projection, out, names, chartOutput, warnings, loaded.data().area(), kept);
  }

  /** The projection's tables (and annual.csv, the workbook), encoded for the output directory. */
  private static Map<String, byte[]> tableFiles(
      ResolvedScenario scenario,
      Projection projection,
      boolean annual,
      boolean excel,
      jp.popvision.io.Lang lang,
      String version)
      throws IOException {
    Map<String, String> tables = new LinkedHashMap<>(ProjectionTables.of(scenario, projection));
    if (annual) {
      tables.put("annual.csv", ProjectionTables.annual(scenario.spec().name(), projection));
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    tables.forEach((name, text) -> files.put(name, OutputDir.encode(name, text, excel)));
    if (excel) {
      files.put(
          Xlsx.FILE,
          Xlsx.workbook(
              WideTables.projection(scenario.spec().name(), projection, lang),
              tables,
              lang,
              version));
    }
    return files;
  }

  /** Renders the charts and their index into {@code chartFiles}. */
  private static ChartOutput charts(
      LoadedScenario loaded,
      ResolvedScenario scenario,
      Projection projection,
      ChartOptions charts,
      Path chartDir,
      Map<String, byte[]> chartFiles,
      String version)
      throws IOException {
    ChartReferences refs = ChartReferences.of(loaded.data());
    FontChoice font = charts.font() != null ? charts.font() : FontChoice.detect();
    ChartWriter writer = new ChartWriter(charts.lang(), charts.dpi(), font);
    chartFiles.putAll(writer.render(ChartSet.of(scenario, projection, refs)));
    List<String> pngs = new ArrayList<>(chartFiles.keySet());
    chartFiles.put(
        ChartIndex.FILE,
        OutputDir.utf8(
            ChartIndex.of(
                version,
                scenario.spec().name(),
                scenario.spec().title(),
                writer.lang().key(),
                writer.dpi(),
                ChartWriter.pixelWidth(writer.dpi()),
                ChartWriter.pixelHeight(writer.dpi()),
                pngs)));
    List<Msg.Text> chartWarnings = AnalysisOutputs.warnings(charts.lang(), writer.lang());
    return new ChartOutput(chartDir, pngs, writer.lang(), chartWarnings);
  }

  /**
   * The chart directory: {@code chartDir} if given, else {@code <outDir>/charts} when an output
   * directory was given (a run sent elsewhere keeps its charts with it), else {@code
   * charts/<scenario name>}.
   */
  public static Path chartDir(Path chartDir, Path outDir, String scenarioName) {
    if (chartDir != null) {
      return chartDir;
    }
    return outDir != null ? outDir.resolve("charts") : Path.of("charts", scenarioName);
  }

  /** The area of a run, for the manifest's settings (none without an area). */
  public static Map<String, Object> areaSettings(InputData data) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (data.area() != null) {
      m.put("area_code", data.area().code());
      m.put("area_name", data.area().prefecture() + data.area().name());
    }
    return m;
  }

  /** The scenario's own input files (its base file), for the manifest. */
  public static List<BaseSpec.BaseFile> ownInputs(jp.popvision.scenario.ScenarioSpec spec) {
    return spec.base().file() == null ? List.of() : List.of(spec.base().file());
  }
}
