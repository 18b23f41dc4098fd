package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.AnalysisChartWriter;
import jp.popvision.chart.ChartReferences;
import jp.popvision.chart.FanChartData;
import jp.popvision.io.InputException;
import jp.popvision.io.OutputDir;
import jp.popvision.io.Problem;
import jp.popvision.io.UncertaintyTables;
import jp.popvision.results.QuantileTable;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.UncertaintySpec;

/** The uncertainty pipeline: read, Monte Carlo ({@link MonteCarlo}), write quantiles. */
public final class Uncertainty {
  private Uncertainty() {}

  /** What a run produced. */
  public record Result(
      LoadedScenario scenario,
      UncertaintySpec settings,
      QuantileTable quantiles,
      Path outDir,
      List<String> files,
      List<jp.popvision.io.Msg.Text> notes,
      Simulation.ChartOutput charts,
      List<String> kept) {}

  /**
   * Runs the scenario's {@code uncertainty:} block (trajectories and seed overridable) on {@code
   * threads} threads for the area {@code area} ({@code --area}; null: the scenario's own) and
   * writes {@code quantiles.csv} and a manifest as a whole; unless {@code charts} is null, draws
   * the fan chart into the chart directory (default {@code charts/<name>-uncertainty}, or {@code
   * <outDir>/charts}); with {@code workbook} (a language, for {@code --excel}) the table also goes
   * to {@code tables.xlsx}.
   */
  public static Result run(
      Path scenarioFile,
      String area,
      Integer trajectories,
      Long seed,
      int threads,
      Path outDir,
      boolean force,
      List<String> commandLine,
      String version,
      MonteCarlo.Progress progress,
      Simulation.ChartOptions charts,
      jp.popvision.io.Lang workbook)
      throws InputException, IOException {
    LoadedScenario loaded = LoadedScenario.read(scenarioFile, area);
    // the scenario itself first: its problems are reported as every command reports them
    loaded.resolve();
    ScenarioSpec spec = loaded.spec();
    UncertaintySpec settings = effective(spec, trajectories, seed);
    CompiledScenario f = loaded.resolving(() -> CompiledScenario.of(spec, loaded.data()));
    QuantileTable q = loaded.resolving(() -> MonteCarlo.run(f, settings, threads, progress));

    Path out = outDir != null ? outDir : Path.of("out", loaded.outputName() + "-uncertainty");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("quantiles.csv", OutputDir.utf8(UncertaintyTables.quantiles(spec.name(), q)));
    jp.popvision.io.Xlsx.addTo(files, workbook, version);
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    List<jp.popvision.io.Msg.Text> notes = notes(f, q);
    String manifest =
        AnalysisOutputs.manifest(
            loaded,
            spec,
            names,
            notes,
            List.of(),
            List.of(),
            settings(settings),
            commandLine,
            version);
    files.put(OutputDir.MANIFEST, OutputDir.utf8(manifest));
    AnalysisOutputs.Charts drawn = charts(loaded, spec, settings, q, outDir, version, charts);
    List<String> kept = AnalysisOutputs.write(out, files, drawn.dir(), drawn.files(), force, spec);
    return new Result(loaded, settings, q, out, names, List.copyOf(notes), drawn.output(), kept);
  }

  /** The scenario's uncertainty block, with trajectories and seed overridden when given. */
  private static UncertaintySpec effective(ScenarioSpec spec, Integer trajectories, Long seed)
      throws InputException {
    UncertaintySpec u = spec.uncertainty();
    if (u == null) {
      throw new InputException(
          new Problem(
              spec.file().toString(),
              0,
              0,
              "uncertainty",
              null,
              jp.popvision.io.Msg.NO_UNCERTAINTY_BLOCK));
    }
    if (trajectories != null) {
      u = u.withTrajectories(trajectories);
    }
    if (seed != null) {
      u = u.withSeed(seed);
    }
    return u;
  }

  /** The scenario's notes, and one when trajectories had migration limited. */
  private static List<jp.popvision.io.Msg.Text> notes(CompiledScenario f, QuantileTable q) {
    List<jp.popvision.io.Msg.Text> notes =
        new ArrayList<>(jp.popvision.io.Msg.notes(f.resolved().notes()));
    if (q.limitedTrajectories() > 0) {
      notes.add(
          jp.popvision.io.Msg.NOTE_UNC_LIMITED.with(
              String.format(java.util.Locale.ROOT, "%,d", q.limitedTrajectories()),
              String.format(java.util.Locale.ROOT, "%,d", q.trajectories())));
    }
    return notes;
  }

  /** The fan chart and its index, unless {@code charts} is null. */
  private static AnalysisOutputs.Charts charts(
      LoadedScenario loaded,
      ScenarioSpec spec,
      UncertaintySpec settings,
      QuantileTable q,
      Path outDir,
      String version,
      Simulation.ChartOptions charts) {
    Path chartDir = null;
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    Simulation.ChartOutput chartOutput = null;
    if (charts != null) {
      chartDir = Simulation.chartDir(charts.dir(), outDir, loaded.outputName() + "-uncertainty");
      AnalysisChartWriter w =
          new AnalysisChartWriter(charts.lang(), charts.dpi(), AnalysisOutputs.font(charts));
      FanChartData fan = FanChartData.of(q, ChartReferences.of(loaded.data()), noise(settings));
      chartFiles.putAll(w.renderUncertainty(spec.name(), spec.title(), fan));
      List<String> pngs = new ArrayList<>(chartFiles.keySet());
      AnalysisOutputs.index(chartFiles, version, spec.name(), spec.title(), w.lang(), w.dpi());
      chartOutput =
          new Simulation.ChartOutput(
              chartDir, pngs, w.lang(), AnalysisOutputs.warnings(charts.lang(), w.lang()));
    }
    return new AnalysisOutputs.Charts(chartDir, chartFiles, chartOutput);
  }

  static List<FanChartData.Noise> noise(UncertaintySpec u) {
    List<FanChartData.Noise> out = new ArrayList<>();
    if (u.tfr() != null && u.tfr().sd() > 0) {
      out.add(new FanChartData.Noise("tfr", u.tfr().sd(), u.tfr().autocorrelation()));
    }
    if (u.netMigration() != null && u.netMigration().sd() > 0) {
      out.add(
          new FanChartData.Noise(
              "net_migration", u.netMigration().sd(), u.netMigration().autocorrelation()));
    }
    if (u.e0() != null && u.e0().sd() > 0) {
      out.add(new FanChartData.Noise("e0", u.e0().sd(), u.e0().autocorrelation()));
    }
    return out;
  }

  static Map<String, Object> settings(UncertaintySpec u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trajectories", u.trajectories());
    m.put("seed", u.seed());
    put(m, "tfr", u.tfr());
    put(m, "net_migration", u.netMigration());
    put(m, "e0", u.e0());
    m.put("quantiles", java.util.Arrays.stream(MonteCarlo.PROBABILITIES).boxed().toList());
    m.put(
        "random_generator",
        "java.util.SplittableRandom per trajectory, seeded SplitMix64(seed + (i+1)*0x9E3779B97F4A7C15)");
    return m;
  }

  private static void put(Map<String, Object> m, String key, UncertaintySpec.Noise n) {
    if (n != null) {
      m.put(key + "_sd", n.sd());
      m.put(key + "_autocorrelation", n.autocorrelation());
    }
  }
}
