package jp.popvision.engine;

import java.util.List;
import jp.popvision.model.Population;

/**
 * A projection: the population at every step's start and end (first = base), the events of each
 * step, and any migration limits applied. Immutable.
 */
public record Projection(
    List<Population> populations, List<StepEvents> events, List<MigrationLimit> limits) {
  public Projection {
    populations = List.copyOf(populations);
    events = List.copyOf(events);
    limits = List.copyOf(limits);
  }

  public Population base() {
    return populations.get(0);
  }

  public Population last() {
    return populations.get(populations.size() - 1);
  }

  /** The population at {@code year}, or null if the projection has no such year. */
  public Population at(int year) {
    for (Population p : populations) {
      if (p.year() == year) {
        return p;
      }
    }
    return null;
  }
}
