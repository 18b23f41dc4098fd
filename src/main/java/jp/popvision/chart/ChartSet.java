package jp.popvision.chart;

import java.util.List;
import jp.popvision.scenario.ResolvedScenario;

/** The data of every chart of one scenario run. Pure: computed from results, no drawing. */
public record ChartSet(
    ScenarioRun run,
    TotalPopulationData total,
    List<PyramidData> pyramids,
    AgeStructureData ageStructure,
    ComponentsData components) {
  public ChartSet {
    pyramids = List.copyOf(pyramids);
  }

  public static ChartSet of(ScenarioRun run, ChartReferences refs) {
    return new ChartSet(
        run,
        TotalPopulationData.of(List.of(run), refs),
        PyramidData.of(run.projection(), PyramidData.years(run.projection())),
        AgeStructureData.of(run.projection(), refs),
        ComponentsData.of(run.projection()));
  }

  public static ChartSet of(
      ResolvedScenario scenario, jp.popvision.engine.Projection projection, ChartReferences refs) {
    return of(new ScenarioRun(scenario.spec().name(), scenario.spec().title(), projection), refs);
  }

  /** File names in the order they are written. */
  public List<String> fileNames() {
    List<String> names = new java.util.ArrayList<>();
    names.add(ChartWriter.TOTAL);
    for (PyramidData p : pyramids) {
      names.add(p.fileName());
    }
    names.add(ChartWriter.AGE_STRUCTURE);
    names.add(ChartWriter.COMPONENTS);
    return names;
  }
}
