package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.AnalysisChartWriter;
import jp.popvision.chart.HeatMapData;
import jp.popvision.chart.TornadoData;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.InputException;
import jp.popvision.io.Manifest;
import jp.popvision.io.OutputDir;
import jp.popvision.io.SensitivityTables;
import jp.popvision.model.Population;
import jp.popvision.results.Indicators;
import jp.popvision.results.SensitivityGrid;
import jp.popvision.results.TornadoBar;
import jp.popvision.scenario.AreaInputs;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.LeverInputs;
import jp.popvision.scenario.Levers;
import jp.popvision.scenario.Levers.Adjustment;
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

  /** Built-in settings, used for whatever neither the command line nor the scenario gives. */
  public static final SensitivitySpec DEFAULTS =
      new SensitivitySpec(
          null,
          List.of(0.1, 0.2),
          List.of(100.0, 300.0),
          List.of(1.0),
          List.of(1.03, 1.07),
          GridRange.of(1.2, 2.2, 0.05),
          GridRange.of(-2000, 500, 100),
          List.of(30_000.0, 35_000.0, 40_000.0));

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

  /** The settings: each field from the command line, else the scenario's block, else default. */
  public static SensitivitySpec merge(
      SensitivitySpec cli, SensitivitySpec scenario, ScenarioSpec spec) {
    SensitivitySpec c =
        cli != null ? cli : new SensitivitySpec(null, null, null, null, null, null, null, null);
    SensitivitySpec s =
        scenario != null
            ? scenario
            : new SensitivitySpec(null, null, null, null, null, null, null, null);
    List<Integer> years =
        first(c.years(), s.years(), List.of(Math.min(DEFAULT_YEAR, spec.horizon())));
    return new SensitivitySpec(
        years,
        first(c.tfrSteps(), s.tfrSteps(), DEFAULTS.tfrSteps()),
        first(c.migrationSteps(), s.migrationSteps(), DEFAULTS.migrationSteps()),
        first(c.e0Steps(), s.e0Steps(), DEFAULTS.e0Steps()),
        first(c.srbValues(), s.srbValues(), DEFAULTS.srbValues()),
        first(c.gridTfr(), s.gridTfr(), DEFAULTS.gridTfr()),
        first(c.gridMigration(), s.gridMigration(), DEFAULTS.gridMigration()),
        first(c.contours(), s.contours(), DEFAULTS.contours()));
  }

  private static <T> T first(T a, T b, T c) {
    return a != null ? a : b != null ? b : c;
  }

  /** Checks the merged settings against the scenario (years inside its horizon). */
  static void check(SensitivitySpec s, ScenarioSpec spec) throws UsageException {
    for (int y : s.years()) {
      if (y <= spec.base().year() || y > spec.horizon() || (y - spec.base().year()) % 5 != 0) {
        throw new UsageException(
            jp.popvision.io.Msg.USAGE_YEAR_IN_HORIZON,
            "--year",
            y,
            spec.base().year() + 5,
            spec.horizon());
      }
    }
    if (s.srbValues().size() != 2 || s.srbValues().get(0) > s.srbValues().get(1)) {
      throw new UsageException(jp.popvision.io.Msg.USAGE_SRB_PAIR);
    }
    if (s.gridTfr() != null && s.gridMigration() != null) {
      long cells = (long) s.gridTfr().values().length * s.gridMigration().values().length;
      if (cells * s.years().size() > MAX_GRID_RESULTS) {
        throw new UsageException(
            jp.popvision.io.Msg.USAGE_GRID_TOO_LARGE,
            String.format(java.util.Locale.ROOT, "%,d", s.gridTfr().values().length),
            String.format(java.util.Locale.ROOT, "%,d", s.gridMigration().values().length),
            s.years().size(),
            String.format(java.util.Locale.ROOT, "%,d", cells * s.years().size()),
            String.format(java.util.Locale.ROOT, "%,d", MAX_GRID_RESULTS));
      }
    }
  }

  /**
   * Most grid results (TFR levels × migration levels × years) one run computes: about 8 s and 100
   * MB on a laptop; a 10,000 × 10,000 grid (the per-axis limit) is far beyond it.
   */
  public static final long MAX_GRID_RESULTS = 500_000;

  /** As below, without charts. */
  public static Result run(
      Path scenarioFile,
      SensitivitySpec cli,
      Path outDir,
      boolean force,
      List<String> commandLine,
      String version)
      throws InputException, UsageException, IOException {
    return run(scenarioFile, cli, outDir, force, commandLine, version, null, null);
  }

  /** As below, for the scenario's own area. */
  public static Result run(
      Path scenarioFile,
      SensitivitySpec cli,
      Path outDir,
      boolean force,
      List<String> commandLine,
      String version,
      Simulation.ChartOptions charts,
      jp.popvision.io.Lang workbook)
      throws InputException, UsageException, IOException {
    return run(scenarioFile, null, cli, outDir, force, commandLine, version, charts, workbook);
  }

  /**
   * Reads the scenario, computes tornado and grid, writes them to {@code outDir} (default {@code
   * out/<name>-sensitivity}) and, unless {@code charts} is null, draws a tornado and a heat map per
   * year into the chart directory (default {@code charts/<name>-sensitivity}, or {@code
   * <outDir>/charts}); each directory is written as a whole. With {@code workbook} (a language, for
   * {@code --excel}) the tables also go to {@code tables.xlsx}.
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
    SensitivitySpec settings = merge(cli, spec.sensitivity(), spec);
    check(settings, spec);
    InputData data = loaded.data();
    ResolvedScenario own = loaded.resolving(() -> ScenarioResolver.resolve(spec, data));
    // the grid's levers must exist before anything is computed
    loaded.resolving(() -> TfrLever.tfrLevel(spec) + MigrationLever.migrationLevel(spec));
    List<TornadoBar> tornado = loaded.resolving(() -> tornado(spec, data, own, settings));
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
    String manifest =
        Manifest.of(
            version,
            commandLine,
            name,
            spec.file(),
            spec.dataDir(),
            loaded.data().dataFiles(),
            names,
            jp.popvision.io.Msg.render(notes, jp.popvision.io.Lang.EN),
            List.of(),
            Simulation.ownInputs(spec),
            List.of(),
            manifestSettings);
    files.put(OutputDir.MANIFEST, OutputDir.utf8(manifest));

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
      chartFiles.putAll(w.renderSensitivity(name, spec.title(), tornados, maps));
      List<String> pngs = new ArrayList<>(chartFiles.keySet());
      AnalysisOutputs.index(chartFiles, version, name, spec.title(), w.lang(), w.dpi());
      chartOutput =
          new Simulation.ChartOutput(
              chartDir, pngs, w.lang(), AnalysisOutputs.warnings(charts.lang(), w.lang()));
    }
    List<String> kept = AnalysisOutputs.write(out, files, chartDir, chartFiles, force, spec);
    return new Result(
        loaded, settings, own, tornado, grid, out, names, chartOutput, List.copyOf(notes), kept);
  }

  // ---- one-way

  private record Variant(
      String lever, double change, double low, double high, Adjustment lo, Adjustment hi) {}

  /**
   * One-way variations around the scenario, each lever low and high with the others at the
   * scenario's values, recorded for {@link SensitivityGrid#INDICATORS} in each year; bars sorted
   * within each year and indicator by swing, largest first (ties in {@link #LEVERS} order).
   * Computed with the reference pipeline ({@link Levers#apply} → {@link Projector}).
   */
  public static List<TornadoBar> tornado(
      ScenarioSpec spec, InputData data, ResolvedScenario own, SensitivitySpec s) {
    List<Variant> variants = new ArrayList<>();
    double tfr = TfrLever.tfrLevel(spec);
    for (double d : s.tfrSteps()) {
      variants.add(
          new Variant(
              "tfr", d, tfr - d, tfr + d, Adjustment.tfr(tfr - d), Adjustment.tfr(tfr + d)));
    }
    double mig = MigrationLever.migrationLevel(spec);
    for (double d : s.migrationSteps()) {
      variants.add(
          new Variant(
              "migration",
              d,
              mig - d,
              mig + d,
              Adjustment.migration(mig - d),
              Adjustment.migration(mig + d)));
    }
    for (double d : s.e0Steps()) {
      variants.add(new Variant("e0", d, -d, d, Adjustment.e0(-d), Adjustment.e0(d)));
    }
    double lo = s.srbValues().get(0);
    double hi = s.srbValues().get(1);
    variants.add(
        new Variant(
            "srb",
            Double.NaN,
            lo,
            hi,
            Adjustment.sexRatioAtBirth(lo),
            Adjustment.sexRatioAtBirth(hi)));

    Projection base = Projector.run(own.base(), own.rates());
    LeverInputs inputs = ScenarioResolver.leverInputs(spec, data);
    List<TornadoBar> bars = new ArrayList<>();
    List<Projection[]> runs = new ArrayList<>();
    for (Variant v : variants) {
      ResolvedScenario a = Levers.apply(own, inputs, v.lo());
      ResolvedScenario b = Levers.apply(own, inputs, v.hi());
      runs.add(
          new Projection[] {
            Projector.run(a.base(), a.rates()), Projector.run(b.base(), b.rates())
          });
    }
    for (int year : s.years()) {
      for (int k = 0; k < SensitivityGrid.INDICATORS.size(); k++) {
        List<TornadoBar> group = new ArrayList<>();
        for (int vi = 0; vi < variants.size(); vi++) {
          Variant v = variants.get(vi);
          Projection[] r = runs.get(vi);
          group.add(
              new TornadoBar(
                  year,
                  SensitivityGrid.INDICATORS.get(k),
                  v.lever(),
                  v.change(),
                  v.low(),
                  v.high(),
                  indicator(r[0].at(year), k),
                  indicator(r[1].at(year), k),
                  indicator(base.at(year), k),
                  0));
        }
        // stable sort: equal swings keep the variant order
        group.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        for (int i = 0; i < group.size(); i++) {
          bars.add(group.get(i).withRank(i + 1));
        }
      }
    }
    return List.copyOf(bars);
  }

  static double indicator(Population p, int k) {
    Indicators x = Indicators.of(p);
    return switch (SensitivityGrid.INDICATORS.get(k)) {
      case "total" -> x.total();
      case "age_0_14" -> x.age0to14();
      default -> x.age65plus();
    };
  }

  // ---- two-way

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
