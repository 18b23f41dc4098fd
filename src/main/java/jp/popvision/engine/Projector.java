package jp.popvision.engine;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.model.Population;

/** Runs {@link CohortComponentStep} over consecutive periods. Pure. */
public final class Projector {
  private Projector() {}

  /**
   * Projects {@code base} through {@code rates}, one step per entry; the i-th entry must start at
   * base year + i·width.
   */
  public static Projection run(Population base, List<PeriodRates> rates) {
    List<Population> pops = new ArrayList<>(rates.size() + 1);
    List<StepEvents> events = new ArrayList<>(rates.size());
    List<MigrationLimit> limits = new ArrayList<>();
    pops.add(base);
    Population p = base;
    for (PeriodRates r : rates) {
      if (r.startYear() != p.year()) {
        throw new IllegalArgumentException(
            "rates for " + r.startYear() + " given where the step starts in " + p.year());
      }
      CohortComponentStep.Result step = CohortComponentStep.project(p, r);
      p = step.end();
      pops.add(p);
      events.add(step.events());
      limits.addAll(step.limits());
    }
    return new Projection(pops, events, limits);
  }
}
