package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.InputException;
import jp.popvision.io.Msg;
import jp.popvision.io.Problem;
import jp.popvision.io.ResolveText;
import jp.popvision.model.Population;
import jp.popvision.results.Analyses;
import jp.popvision.results.Decomposition;
import jp.popvision.results.NamedProjection;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolveException;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.ScenarioSpec;

/** Several scenarios run side by side, and the analyses between them. */
public final class Comparison {
  private Comparison() {}

  /** One scenario's resolution, projection and the data it was resolved against. */
  public record Run(ResolvedScenario scenario, Projection projection, InputData data) {
    public String name() {
      return scenario.spec().name();
    }
  }

  /** Scenario files named on the command line; a directory stands for its *.yaml files, sorted. */
  public static List<Path> expand(List<Path> args) throws InputException {
    List<Path> out = new ArrayList<>();
    for (Path a : args) {
      if (Files.isDirectory(a)) {
        try (Stream<Path> s = Files.list(a)) {
          s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new InputException(
              new Problem(a.toString(), 0, 0, null, null, Msg.CANNOT_LIST, e.getMessage()));
        }
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Reads, resolves and projects every scenario; all problems of all files are reported together.
   */
  public static List<Run> runAll(List<Path> files) throws InputException {
    return runAll(files, null);
  }

  /** As above, every scenario for the area {@code area} ({@code --area}; null: each its own). */
  public static List<Run> runAll(List<Path> files, String area) throws InputException {
    List<Run> runs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      try {
        LoadedScenario loaded = LoadedScenario.read(f, area);
        InputData data = loaded.data();
        ResolvedScenario r = loaded.resolve();
        if (!names.add(r.spec().name().toLowerCase(java.util.Locale.ROOT))) {
          problems.add(loaded.file().problemAt("name", Msg.NAME_SHARED));
        }
        runs.add(new Run(r, Projector.run(r.base(), r.rates()), data));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return runs;
  }

  /** Factors of a decomposition, in the order of the bits of a subset mask. */
  public static final List<String> FACTORS = List.of("base", "fertility", "mortality", "migration");

  /**
   * The difference in total population at {@code year} between {@code scenario} and {@code
   * reference}, split into the parts due to the base population, fertility, mortality and migration
   * (with its calibration) by Shapley averaging over the orders of switching them. Parts sum
   * exactly to the difference.
   */
  public static double[] decompose(Run scenario, Run reference, int year) {
    ScenarioSpec s = scenario.scenario().spec();
    ScenarioSpec r = reference.scenario().spec();
    return Analyses.shapley(
        FACTORS.size(),
        mask -> {
          if (mask == 0) {
            return total(reference.projection(), year);
          }
          if (mask == (1 << FACTORS.size()) - 1) {
            return total(scenario.projection(), year);
          }
          ScenarioSpec hybrid =
              s.with(
                      (mask & 1) != 0 ? s.base() : r.base(),
                      (mask & 2) != 0 ? s.fertility() : r.fertility(),
                      (mask & 4) != 0 ? s.mortality() : r.mortality(),
                      (mask & 8) != 0 ? s.migration() : r.migration(),
                      (mask & 8) != 0 ? s.calibration() : r.calibration())
                  .withHorizon(year);
          ResolvedScenario h =
              ScenarioResolver.resolve(
                  hybrid, scenario.data().withBaseFiles(reference.data().baseFiles()));
          return Projector.run(h.base(), h.rates()).last().total();
        });
  }

  /** Decompositions of every scenario but the reference, for each year both projections hold. */
  public static List<Decomposition> decompositions(
      List<Run> runs, Run reference, int[] years, List<jp.popvision.io.Msg.Text> notes) {
    List<Decomposition> out = new ArrayList<>();
    for (Run r : runs) {
      if (r == reference) {
        continue;
      }
      for (int year : years) {
        if (r.projection().at(year) == null || reference.projection().at(year) == null) {
          continue;
        }
        try {
          double diff = total(r.projection(), year) - total(reference.projection(), year);
          out.add(
              new Decomposition(
                  r.name(), reference.name(), year, diff, FACTORS, decompose(r, reference, year)));
        } catch (ResolveException e) {
          notes.add(
              Msg.NOTE_DECOMPOSITION.with(
                  r.name(),
                  reference.name(),
                  new Msg.Text(ResolveText.msg(e), List.of(ResolveText.args(e)))));
          break;
        }
      }
    }
    return out;
  }

  public static List<NamedProjection> named(List<Run> runs) {
    return runs.stream().map(r -> new NamedProjection(r.name(), r.projection())).toList();
  }

  static double total(Projection p, int year) {
    Population at = p.at(year);
    if (at == null) {
      throw new IllegalArgumentException("no population for " + year);
    }
    return at.total();
  }
}
