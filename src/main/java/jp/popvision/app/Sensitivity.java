package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.AnalysisChartWriter;
import jp.popvision.chart.HeatMapData;
import jp.popvision.chart.TornadoData;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.InputException;
import jp.popvision.io.OutputDir;
import jp.popvision.io.SensitivityTables;
import jp.popvision.results.SensitivityGrid;
import jp.popvision.results.TornadoBar;
import jp.popvision.scenario.AreaInputs;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.MigrationLever;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.TfrLever;

/**
 * The sensitivity pipeline: one-way (tornado) variations of each lever around the scenario and a
 * two-way grid of TFR level × net social change, recorded in chosen years.
 */
public final class Sensitivity {
  /** Year recorded when none is given (or the horizon if earlier). */
  public static final int DEFAULT_YEAR = 2060;

  /** Tornado levers, in the order used to break ties. */
  public static final List<String> LEVERS = List.of("tfr", "migration", "e0", "srb");

  private Sensitivity() {}

  /** What a run produced. */
  public record Result(
      LoadedScenario scenario,
      SensitivitySpec settings,
      ResolvedScenario own,
      List<TornadoBar> tornado,
      SensitivityGrid grid,
      Path outDir,
      List<String> files,
      Simulation.ChartOutput charts,
      List<jp.popvision.io.Msg.Text> notes,
      List<String> kept) {}

  /**
   * Reads the scenario, computes tornado and grid, writes them to {@code outDir} (default {@code
   * out/<name>-sensitivity}) and, unless {@code charts} is null, draws a tornado and a heat map per
   * year into the chart directory (default {@code charts/<name>-sensitivity}, or {@code
   * <outDir>/charts}); each directory is written as a whole. With {@code workbook} (a language, for
   * {@code --excel}) the tables also go to {@code tables.xlsx}. For the area {@code area} ({@code
   * --area}; null: the scenario's own).
   */
  public static Result run(
      Path scenarioFile,
      String area,
      SensitivitySpec cli,
      Path outDir,
      boolean force,
      List<String> commandLine,
      String version,
      Simulation.ChartOptions charts,
      jp.popvision.io.Lang workbook)
      throws InputException, UsageException, IOException {
    LoadedScenario loaded = LoadedScenario.read(scenarioFile, area);
    AreaInputs fill = loaded.fill(); // levers in census terms (basis: register converted)
    ScenarioSpec spec = fill.spec();
    SensitivitySpec settings = SensitivitySettings.merge(cli, spec.sensitivity(), spec);
    SensitivitySettings.check(settings, spec);
    InputData data = loaded.data();
    ResolvedScenario own = loaded.resolving(() -> ScenarioResolver.resolve(spec, data));
    // the grid's levers must exist before anything is computed
    loaded.resolving(() -> TfrLever.tfrLevel(spec) + MigrationLever.migrationLevel(spec));
    List<TornadoBar> tornado =
        loaded.resolving(() -> TornadoRuns.tornado(spec, data, own, settings));
    CompiledScenario compiled = loaded.resolving(() -> CompiledScenario.of(spec, data));
    int[] years = settings.years().stream().mapToInt(Integer::intValue).toArray();
    SensitivityGrid grid =
        loaded.resolving(
            () ->
                grid(
                    compiled,
                    settings.gridTfr().values(),
                    settings.gridMigration().values(),
                    years));

    Path out = outDir != null ? outDir : Path.of("out", loaded.outputName() + "-sensitivity");
    Map<String, byte[]> files = new LinkedHashMap<>();
    String name = spec.name();
    files.put("tornado.csv", OutputDir.utf8(SensitivityTables.tornado(name, tornado)));
    files.put("grid.csv", OutputDir.utf8(SensitivityTables.grid(name, grid)));
    jp.popvision.io.Xlsx.addTo(files, workbook, version);
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    List<jp.popvision.io.Msg.Text> notes = notes(fill, own, grid, years);
    String manifest =
        AnalysisOutputs.manifest(
            loaded,
            spec,
            names,
            notes,
            List.of(),
            List.of(),
            manifestSettings(settings, spec),
            commandLine,
            version);
    files.put(OutputDir.MANIFEST, OutputDir.utf8(manifest));
    AnalysisOutputs.Charts drawn =
        charts(loaded, spec, settings, own, tornado, grid, outDir, version, charts);
    List<String> kept = AnalysisOutputs.write(out, files, drawn.dir(), drawn.files(), force, spec);
    return new Result(
        loaded, settings, own, tornado, grid, out, names, drawn.output(), List.copyOf(notes), kept);
  }

  /** The manifest's settings: years, lever levels, steps, grid and contours. */
  private static Map<String, Object> manifestSettings(SensitivitySpec settings, ScenarioSpec spec) {
    Map<String, Object> manifestSettings = new LinkedHashMap<>();
    manifestSettings.put("years", settings.years());
    manifestSettings.put("tfr_level", TfrLever.tfrLevel(spec));
    manifestSettings.put("tfr_level_year", TfrLever.tfrAnchorYear(spec));
    manifestSettings.put("migration_level", MigrationLever.migrationLevel(spec));
    manifestSettings.put("migration_level_from", MigrationLever.migrationFromYear(spec));
    manifestSettings.put("tfr_steps", settings.tfrSteps());
    manifestSettings.put("migration_steps", settings.migrationSteps());
    manifestSettings.put("e0_steps", settings.e0Steps());
    manifestSettings.put("srb", settings.srbValues());
    manifestSettings.put("grid_tfr", settings.gridTfr().toString());
    manifestSettings.put("grid_migration", settings.gridMigration().toString());
    manifestSettings.put("contours", settings.contours());
    return manifestSettings;
  }

  /** The scenario's notes, and one per year whose grid has cells with migration limited. */
  private static List<jp.popvision.io.Msg.Text> notes(
      AreaInputs fill, ResolvedScenario own, SensitivityGrid grid, int[] years) {
    List<jp.popvision.io.Msg.Text> notes =
        new ArrayList<>(jp.popvision.io.Msg.notes(LoadedScenario.notes(fill, own.notes())));
    for (int y = 0; y < years.length; y++) {
      if (grid.limitedCells(y) > 0) {
        notes.add(
            jp.popvision.io.Msg.NOTE_GRID_LIMITED.with(
                years[y],
                String.format(java.util.Locale.ROOT, "%,d", grid.limitedCells(y)),
                String.format(
                    java.util.Locale.ROOT, "%,d", grid.tfrCount() * grid.migrationCount())));
      }
    }
    return notes;
  }

  /** A tornado and a heat map per year, unless {@code charts} is null. */
  private static AnalysisOutputs.Charts charts(
      LoadedScenario loaded,
      ScenarioSpec spec,
      SensitivitySpec settings,
      ResolvedScenario own,
      List<TornadoBar> tornado,
      SensitivityGrid grid,
      Path outDir,
      String version,
      Simulation.ChartOptions charts) {
    Path chartDir = null;
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    Simulation.ChartOutput chartOutput = null;
    if (charts != null) {
      chartDir = Simulation.chartDir(charts.dir(), outDir, loaded.outputName() + "-sensitivity");
      AnalysisChartWriter w =
          new AnalysisChartWriter(charts.lang(), charts.dpi(), AnalysisOutputs.font(charts));
      Projection ownRun = Projector.run(own.base(), own.rates());
      List<TornadoData> tornados = new ArrayList<>();
      List<HeatMapData> maps = new ArrayList<>();
      for (int y : settings.years()) {
        tornados.add(TornadoData.of(tornado, y, "total"));
        maps.add(
            new HeatMapData(
                grid,
                y,
                settings.contours(),
                ownRun.at(y).total(),
                TfrLever.tfrAnchorYear(spec),
                MigrationLever.migrationFromYear(spec)));
      }
      chartFiles.putAll(w.renderSensitivity(spec.name(), spec.title(), tornados, maps));
      List<String> pngs = new ArrayList<>(chartFiles.keySet());
      AnalysisOutputs.index(chartFiles, version, spec.name(), spec.title(), w.lang(), w.dpi());
      chartOutput =
          new Simulation.ChartOutput(
              chartDir, pngs, w.lang(), AnalysisOutputs.warnings(charts.lang(), w.lang()));
    }
    return new AnalysisOutputs.Charts(chartDir, chartFiles, chartOutput);
  }

  // ---- one-way

  /** The two-way grid, computed with the allocation-free fast path (equal to the reference). */
  public static SensitivityGrid grid(
      CompiledScenario f, double[] tfr, double[] migration, int[] years) {
    int[] instants = new int[years.length];
    for (int y = 0; y < years.length; y++) {
      instants[y] = f.instantOf(years[y]);
      if (instants[y] < 0) {
        throw new IllegalArgumentException("year " + years[y] + " is not in the projection");
      }
    }
    double[][] tfrBy = new double[tfr.length][];
    for (int i = 0; i < tfr.length; i++) {
      tfrBy[i] = f.tfrByPeriod(tfr[i]);
    }
    double[][] migBy = new double[migration.length][];
    for (int j = 0; j < migration.length; j++) {
      migBy[j] = f.migrationByPeriod(migration[j]);
    }
    int[] pick = {CompiledScenario.TOTAL, CompiledScenario.AGE_0_14, CompiledScenario.AGE_65_PLUS};
    double[] values = new double[tfr.length * migration.length * years.length * pick.length];
    int[] limited = new int[tfr.length * migration.length * years.length];
    int[] byPeriod = new int[f.periods()];
    double[] out = new double[f.instants() * CompiledScenario.INDICATORS.size()];
    CompiledScenario.Workspace ws = f.workspace();
    int o = 0;
    for (int i = 0; i < tfr.length; i++) {
      for (int j = 0; j < migration.length; j++) {
        f.project(ws, tfrBy[i], migBy[j], null, out, byPeriod);
        for (int y = 0; y < years.length; y++) {
          int sum = 0;
          for (int p = 0; p < instants[y]; p++) {
            sum += byPeriod[p];
          }
          limited[(i * migration.length + j) * years.length + y] = sum;
        }
        for (int instant : instants) {
          for (int k : pick) {
            values[o++] = out[instant * CompiledScenario.INDICATORS.size() + k];
          }
        }
      }
    }
    ScenarioSpec spec = f.resolved().spec();
    return new SensitivityGrid(
        tfr,
        migration,
        years,
        values,
        TfrLever.tfrLevel(spec),
        MigrationLever.migrationLevel(spec),
        limited);
  }
}
