package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.app.GoalSeek.Lever;
import jp.popvision.app.GoalSeek.Solution;
import jp.popvision.app.GoalSeek.Target;
import jp.popvision.app.GoalSeek.Unreachable;
import jp.popvision.io.InputException;
import jp.popvision.io.OutputDir;
import jp.popvision.io.ProjectionTables;
import jp.popvision.io.SolutionTable;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.Levers;
import jp.popvision.scenario.MigrationLever;
import jp.popvision.scenario.Plausibility;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.TfrLever;

/**
 * The {@code solve} pipeline: reads the scenario, checks the target year, solves with {@link
 * GoalSeek} and writes the solution with its check run's tables and a manifest.
 */
public final class SolveRun {
  private SolveRun() {}

  /**
   * What a run produced; {@code warnings} are the plausibility checks of the solved scenario (e.g.
   * a TFR level above 2.5): the answer is reported, but it is not a plausible assumption.
   */
  public record Result(
      LoadedScenario scenario,
      Solution solution,
      Path outDir,
      List<String> files,
      List<Plausibility.Warning> warnings,
      List<String> kept,
      List<jp.popvision.scenario.Note> notes) {}

  /**
   * Reads the scenario, solves, writes {@code solution.csv} with the check run's tables
   * (summary.csv, assumptions.csv), with {@code workbook} (a language, for {@code --excel}) also
   * {@code tables.xlsx}, and a manifest, for the area {@code area} ({@code --area}; null: the
   * scenario's own). Nothing is written for an unreachable target.
   */
  public static Result run(
      Path scenarioFile,
      String area,
      Lever lever,
      Target target,
      int year,
      double value,
      Path outDir,
      boolean force,
      List<String> commandLine,
      String version,
      jp.popvision.io.Lang workbook)
      throws InputException, UsageException, Unreachable, IOException {
    LoadedScenario loaded = LoadedScenario.read(scenarioFile, area);
    jp.popvision.scenario.AreaInputs fill = loaded.fill(); // levers in census terms
    ScenarioSpec spec = fill.spec();
    checkYear(spec, year);
    CompiledScenario f = loaded.resolving(() -> CompiledScenario.of(spec, loaded.data()));
    loaded.resolving(
        () -> lever == Lever.TFR ? TfrLever.tfrLevel(spec) : MigrationLever.migrationLevel(spec));
    Solution s = solve(loaded, f, lever, target, year, value);
    Path out = outDir != null ? outDir : Path.of("out", loaded.outputName() + "-solve");
    Map<String, byte[]> files = tables(s, lever, target, year, value, workbook, version);
    List<Plausibility.Warning> warnings = Plausibility.check(s.solved(), s.projection());
    List<jp.popvision.scenario.Note> notes = LoadedScenario.notes(fill, s.solved().notes());
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    Map<String, Object> settings = settings(s, lever, target, year, value);
    String manifest =
        AnalysisOutputs.manifest(
            loaded,
            spec,
            names,
            jp.popvision.io.Msg.notes(notes),
            s.projection().limits(),
            warnings,
            settings,
            commandLine,
            version);
    files.put(OutputDir.MANIFEST, OutputDir.utf8(manifest));
    List<String> kept =
        OutputDir.commit(
            List.of(new OutputDir.Target(out, files, "--out")),
            force,
            RunOutputs.inputs(List.of(spec)));
    return new Result(loaded, s, out, names, warnings, kept, notes);
  }

  /** The target year must be a step of the horizon, after a calibrated period's lever year. */
  private static void checkYear(ScenarioSpec spec, int year) throws UsageException {
    int leverYear = Levers.startYear(spec);
    if (spec.calibration() != null && year <= leverYear && year > spec.base().year()) {
      throw new UsageException(
          jp.popvision.io.Msg.USAGE_TARGET_YEAR_CALIBRATED, year, leverYear, leverYear + 5);
    }
    if (year <= spec.base().year()
        || year > spec.horizon()
        || (year - spec.base().year()) % 5 != 0) {
      throw new UsageException(
          jp.popvision.io.Msg.USAGE_YEAR_IN_HORIZON,
          "--target-year",
          year,
          spec.base().year() + 5,
          spec.horizon());
    }
  }

  /** {@link GoalSeek#solve}; a scenario that does not resolve is the scenario file's problem. */
  private static Solution solve(
      LoadedScenario loaded, CompiledScenario f, Lever lever, Target target, int year, double value)
      throws InputException, Unreachable {
    try {
      return GoalSeek.solve(loaded, f, lever, target, year, value);
    } catch (jp.popvision.scenario.ResolveException e) {
      throw new InputException(
          loaded.file().problemAt(e.key(), jp.popvision.io.Msg.of(e.reason()), e.args().toArray()));
    }
  }

  /** solution.csv, the check run's summary.csv and assumptions.csv, maybe tables.xlsx. */
  private static Map<String, byte[]> tables(
      Solution s,
      Lever lever,
      Target target,
      int year,
      double value,
      jp.popvision.io.Lang workbook,
      String version) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "solution.csv",
        OutputDir.utf8(
            SolutionTable.of(
                lever.key(),
                s.value(),
                year,
                value,
                s.achieved(),
                target.key(),
                s.leverFromYear(),
                s.registerRatio())));
    Map<String, String> tables = ProjectionTables.of(s.solved(), s.projection());
    files.put("summary.csv", OutputDir.utf8(tables.get("summary.csv")));
    files.put("assumptions.csv", OutputDir.utf8(tables.get("assumptions.csv")));
    jp.popvision.io.Xlsx.addTo(files, workbook, version);
    return files;
  }

  /** The manifest's settings: lever, target and solution. */
  private static Map<String, Object> settings(
      Solution s, Lever lever, Target target, int year, double value) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("lever", lever.key());
    settings.put("lever_min", lever.min());
    settings.put("lever_max", lever.max());
    settings.put("lever_applies_from", s.leverFromYear());
    settings.put("target", target.key());
    settings.put("target_year", year);
    settings.put("target_value", value);
    settings.put("solution", s.value());
    settings.put("achieved", s.achieved());
    if (s.registerRatio() != null) {
      settings.put("solution_register", s.value() / s.registerRatio());
      settings.put("register_to_census_ratio", s.registerRatio());
    }
    return settings;
  }
}
