package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.DataDir;
import jp.popvision.io.InputException;
import jp.popvision.io.Manifest;
import jp.popvision.io.OutputDir;
import jp.popvision.io.ProjectionTables;
import jp.popvision.io.ScenarioReader;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolveException;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;

/** The simulate pipeline shared by the CLI and tests: read, resolve, project, write. */
public final class Simulation {
  private Simulation() {}

  /** What a run produced. */
  public record Result(
      ResolvedScenario scenario, Projection projection, Path outDir, List<String> files) {}

  /** Reads and resolves a scenario against its data directory. */
  public static ResolvedScenario resolve(Path scenarioFile) throws InputException {
    ScenarioReader.ScenarioFile file = ScenarioReader.read(scenarioFile);
    InputData data = DataDir.read(file.spec().dataDir());
    try {
      return ScenarioResolver.resolve(file.spec(), data);
    } catch (ResolveException e) {
      throw new InputException(file.problemAt(e.key(), e.getMessage()));
    }
  }

  /**
   * Runs the scenario and writes its outputs to {@code outDir} (default {@code
   * out/<scenario name>}) as a whole.
   */
  public static Result run(
      Path scenarioFile, Path outDir, boolean force, List<String> commandLine, String version)
      throws InputException, IOException {
    return run(scenarioFile, outDir, force, false, false, commandLine, version);
  }

  /** As above; {@code annual} adds annual.csv, {@code excel} writes CSV with a UTF-8 BOM. */
  public static Result run(
      Path scenarioFile, Path outDir, boolean force, boolean annual, boolean excel,
      List<String> commandLine, String version)
      throws InputException, IOException {
    ResolvedScenario scenario = resolve(scenarioFile);
    Projection projection = Projector.run(scenario.base(), scenario.rates());
    Path out = outDir != null ? outDir : Path.of("out", scenario.spec().name());
    Map<String, byte[]> files = new LinkedHashMap<>();
    ProjectionTables.of(scenario, projection)
        .forEach((name, text) -> files.put(name, OutputDir.encode(name, text, excel)));
    if (annual) {
      files.put("annual.csv", OutputDir.encode("annual.csv",
          ProjectionTables.annual(scenario.spec().name(), projection), excel));
    }
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    String manifest =
        Manifest.of(
            version,
            commandLine,
            scenario.spec().name(),
            scenario.spec().file(),
            scenario.spec().dataDir(),
            DataDir.INPUT_FILES,
            names,
            scenario.notes(),
            projection.limits());
    files.put(OutputDir.MANIFEST, OutputDir.utf8(manifest));
    OutputDir.write(out, files, force);
    return new Result(scenario, projection, out, names);
  }
}
