package jp.popvision.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import jp.popvision.io.DataDir;
import jp.popvision.io.InputException;
import jp.popvision.io.ScenarioReader;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolveException;
import jp.popvision.scenario.ScenarioSpec;

/** A scenario file read together with its data, for the commands that re-run it many times. */
public record LoadedScenario(ScenarioReader.ScenarioFile file, InputData data) {

  public static LoadedScenario read(Path scenarioFile) throws InputException {
    ScenarioReader.ScenarioFile file = ScenarioReader.read(scenarioFile);
    return new LoadedScenario(file, DataDir.read(file.spec().dataDir()));
  }

  public ScenarioSpec spec() {
    return file.spec();
  }

  /**
   * Runs {@code work}; a scenario that cannot be resolved (or a lever that cannot be applied to it)
   * becomes an input problem at the scenario key concerned.
   */
  public <T> T resolving(Supplier<T> work) throws InputException {
    try {
      return work.get();
    } catch (ResolveException e) {
      throw new InputException(
          file.problemAt(e.key(), jp.popvision.io.Msg.of(e.reason()), e.args().toArray()));
    }
  }
}
