package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.ChartReferences;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.FontChoice;
import jp.popvision.chart.ScenarioRun;
import jp.popvision.io.AnalysisConfig;
import jp.popvision.io.ChartIndex;
import jp.popvision.io.ComparisonTables;
import jp.popvision.io.InputException;
import jp.popvision.io.Manifest;
import jp.popvision.io.Msg;
import jp.popvision.io.OutputDir;
import jp.popvision.io.Problem;
import jp.popvision.io.ProjectionTables;
import jp.popvision.io.WideTable;
import jp.popvision.io.WideTables;
import jp.popvision.io.Xlsx;
import jp.popvision.results.Decomposition;
import jp.popvision.results.NamedProjection;
import jp.popvision.scenario.Plausibility;

/** The compare pipeline: run several scenarios, write each one's tables and the comparisons. */
public final class CompareRun {
  private CompareRun() {}

  /** Years of the scenarios_<year>.png bar charts. */
  public static final int[] CHART_YEARS = {2040, 2060, 2070};

  /** Options of a compare run. */
  public record Options(
      List<Path> scenarios,
      String reference,
      Path out,
      int[] years,
      Path config,
      boolean annual,
      boolean excel,
      jp.popvision.io.Lang lang,
      boolean force,
      List<String> commandLine,
      String version,
      Simulation.ChartOptions charts,
      String area) {
    /** Options without {@code --area}. */
    public Options(
        List<Path> scenarios,
        String reference,
        Path out,
        int[] years,
        Path config,
        boolean annual,
        boolean excel,
        jp.popvision.io.Lang lang,
        boolean force,
        List<String> commandLine,
        String version,
        Simulation.ChartOptions charts) {
      this(
          scenarios,
          reference,
          out,
          years,
          config,
          annual,
          excel,
          lang,
          force,
          commandLine,
          version,
          charts,
          null);
    }
  }

  /** What a compare run produced. */
  public record Result(
      List<Comparison.Run> runs,
      Comparison.Run reference,
      Path outDir,
      List<String> files,
      List<jp.popvision.io.Msg.Text> notes,
      List<Named> warnings,
      AnalysisConfig config,
      ComparisonTables.Tables tables,
      List<String> kept) {

    /** This result with {@code kept}: what the writer found in the directories and kept. */
    Result withKept(List<String> kept) {
      return new Result(
          runs, reference, outDir, files, notes, warnings, config, tables, List.copyOf(kept));
    }
  }

  /** A warning of one scenario of the comparison. */
  public record Named(String scenario, Plausibility.Warning warning) {}

  /**
   * A compare run computed but not yet written: its result, the files of its output directory and
   * those of its chart directory (file name → bytes).
   */
  public record Prepared(
      Result result, Map<String, byte[]> files, Path chartDir, Map<String, byte[]> chartFiles) {}

  public static Result run(Options o) throws InputException, IOException {
    Prepared p = prepare(o);
    List<String> kept =
        RunOutputs.writeWithCharts(
            p.result().outDir(),
            p.files(),
            p.chartDir(),
            p.chartFiles(),
            o.force(),
            RunOutputs.inputs(p.result().runs().stream().map(r -> r.scenario().spec()).toList()));
    return p.result().withKept(kept);
  }

  /** Runs the scenarios and builds every table and chart of the comparison, writing nothing. */
  public static Prepared prepare(Options o) throws InputException, IOException {
    return prepare(o, Map.of());
  }

  /** As above, with {@code settings} for the manifest (e.g. the scenarios a report skipped). */
  public static Prepared prepare(Options o, Map<String, ?> settings)
      throws InputException, IOException {
    List<Path> files = Comparison.expand(o.scenarios());
    if (files.isEmpty()) {
      throw new InputException(
          new Problem("(command line)", 0, 0, "SCENARIO", null, Msg.NO_SCENARIOS));
    }
    List<Comparison.Run> runs = Comparison.runAll(files, o.area());
    Comparison.Run reference = CompareChecks.reference(o.reference(), runs);
    CompareChecks.checkYears(o.years(), runs);
    AnalysisConfig config = AnalysisConfig.read(configFile(o, runs));
    List<jp.popvision.io.Msg.Text> notes = new ArrayList<>();
    List<Decomposition> dec = Comparison.decompositions(runs, reference, o.years(), notes);
    ComparisonTables.Tables tables =
        ComparisonTables.of(
            Comparison.named(runs),
            new jp.popvision.results.NamedProjection(reference.name(), reference.projection()),
            o.years(),
            config,
            dec);
    notes.addAll(tables.notes());
    Map<String, byte[]> out = new LinkedHashMap<>();
    tables.files().forEach((n, t) -> out.put(n, OutputDir.encode(n, t, o.excel())));
    List<Named> warnings = new ArrayList<>();
    scenarioFiles(o, runs, out, warnings, notes);
    if (o.excel()) {
      out.put(Xlsx.FILE, workbook(o, runs, tables));
    }
    List<String> names = new ArrayList<>(out.keySet());
    names.add(OutputDir.MANIFEST);
    out.put(OutputDir.MANIFEST, manifest(o, runs, names, notes, warnings, settings));
    Path target = o.out() != null ? o.out() : Path.of("out", "compare");
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    Path chartDir = null;
    if (o.charts() != null) {
      chartDir = o.charts().dir() != null ? o.charts().dir() : target.resolve("charts");
      CompareChecks.checkChartFolder(target, chartDir, runs);
      charts(o, runs, chartFiles, notes);
    }
    return new Prepared(
        new Result(runs, reference, target, names, notes, warnings, config, tables, List.of()),
        out,
        chartDir,
        chartFiles);
  }

  /** {@code --config}, else the shipped analysis.yaml beside the first scenario's data. */
  private static Path configFile(Options o, List<Comparison.Run> runs) {
    return o.config() != null
        ? o.config()
        : runs.get(0).scenario().spec().dataDir().resolveSibling("config").resolve("analysis.yaml");
  }

  /** Each scenario's own tables in its folder, its warnings and its notes. */
  private static void scenarioFiles(
      Options o,
      List<Comparison.Run> runs,
      Map<String, byte[]> out,
      List<Named> warnings,
      List<jp.popvision.io.Msg.Text> notes) {
    for (Comparison.Run r : runs) {
      String dir = OutputDir.checkName(r.name()) + "/";
      Plausibility.check(r.scenario(), r.projection())
          .forEach(w -> warnings.add(new Named(r.name(), w)));
      ProjectionTables.of(r.scenario(), r.projection())
          .forEach((n, t) -> out.put(dir + n, OutputDir.encode(n, t, o.excel())));
      if (o.annual()) {
        out.put(
            dir + "annual.csv",
            OutputDir.encode(
                "annual.csv", ProjectionTables.annual(r.name(), r.projection()), o.excel()));
      }
      Msg.notes(r.scenario().notes()).forEach(n -> notes.add(Msg.NOTE_SCENARIO.with(r.name(), n)));
    }
  }

  /** The Excel workbook of the comparison: headline, one sheet per year, every table. */
  private static byte[] workbook(
      Options o, List<Comparison.Run> runs, ComparisonTables.Tables tables) throws IOException {
    List<NamedProjection> named = Comparison.named(runs);
    Map<String, String> titles = new LinkedHashMap<>();
    runs.forEach(r -> titles.put(r.name(), r.scenario().spec().title()));
    List<WideTable> wide = new ArrayList<>();
    wide.add(WideTables.headline(named, titles, o.lang()));
    wide.addAll(WideTables.byYear(named, o.lang()));
    return Xlsx.workbook(wide, tables.files(), o.lang(), o.version());
  }

  /** The manifest of the comparison, which writes {@code names}. */
  private static byte[] manifest(
      Options o,
      List<Comparison.Run> runs,
      List<String> names,
      List<jp.popvision.io.Msg.Text> notes,
      List<Named> warnings,
      Map<String, ?> settings)
      throws IOException {
    Comparison.Run first = runs.get(0);
    return OutputDir.utf8(
        Manifest.of(
            o.version(),
            o.commandLine(),
            String.join(",", runs.stream().map(Comparison.Run::name).toList()),
            first.scenario().spec().file(),
            first.scenario().spec().dataDir(),
            first.data().dataFiles(),
            names,
            Msg.render(notes, jp.popvision.io.Lang.EN),
            runs.stream().flatMap(r -> r.projection().limits().stream()).toList(),
            runs.stream().flatMap(r -> Simulation.ownInputs(r.scenario().spec()).stream()).toList(),
            warnings.stream().map(Named::warning).toList(),
            settings));
  }

  /** The comparison's charts and their index into {@code chartFiles}. */
  private static void charts(
      Options o,
      List<Comparison.Run> runs,
      Map<String, byte[]> chartFiles,
      List<jp.popvision.io.Msg.Text> notes)
      throws IOException {
    Comparison.Run first = runs.get(0);
    FontChoice font = o.charts().font() != null ? o.charts().font() : FontChoice.detect();
    ChartWriter writer = new ChartWriter(o.charts().lang(), o.charts().dpi(), font);
    List<ScenarioRun> scenarioRuns =
        runs.stream()
            .map(r -> new ScenarioRun(r.name(), r.scenario().spec().title(), r.projection()))
            .toList();
    chartFiles.putAll(
        writer.renderComparison(scenarioRuns, ChartReferences.of(first.data()), CHART_YEARS));
    List<String> pngs = new ArrayList<>(chartFiles.keySet());
    chartFiles.put(
        ChartIndex.FILE,
        OutputDir.utf8(
            ChartIndex.of(
                o.version(),
                "compare",
                String.join(",", runs.stream().map(Comparison.Run::name).toList()),
                writer.lang().key(),
                writer.dpi(),
                ChartWriter.pixelWidth(writer.dpi()),
                ChartWriter.pixelHeight(writer.dpi()),
                pngs)));
    if (writer.lang() != o.charts().lang()) {
      notes.add(Msg.NOTE_NO_JAPANESE_FONT.with());
    }
  }
}
