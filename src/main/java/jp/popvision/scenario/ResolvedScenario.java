package jp.popvision.scenario;

import java.util.List;
import jp.popvision.engine.PeriodRates;
import jp.popvision.model.Population;

/** A scenario turned into a base population and one set of rates per step. */
public record ResolvedScenario(
    ScenarioSpec spec,
    Population base,
    List<PeriodRates> rates,
    List<PeriodAssumption> assumptions,
    List<Note> notes,
    CalibrationResult calibration) {
  public ResolvedScenario {
    rates = List.copyOf(rates);
    assumptions = List.copyOf(assumptions);
    notes = List.copyOf(notes);
  }
}
