package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import jp.popvision.app.Simulation;
import jp.popvision.chart.ChartWriter;
import jp.popvision.engine.MigrationLimit;
import jp.popvision.io.InputException;
import jp.popvision.io.Problem;
import jp.popvision.model.Population;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision simulate}: one scenario, CSV tables and a manifest. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Project a scenario with the cohort-component method and write population.csv,"
          + " summary.csv, components.csv, assumptions.csv and manifest.json, and PNG charts"
          + " (total_population.png, pyramid_<year>.png, age_structure.png, components.png).",
      ""
    })
public final class SimulateCommand implements Callable<Integer> {
  /** Years printed in the short summary (when inside the horizon). */
  static final int[] SUMMARY_YEARS = {2040, 2060, 2070};

  @Spec CommandSpec spec;

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      description = "Scenario YAML file (default: scenarios/target.yaml of the popvision home).")
  Path scenario;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output directory (default: out/<scenario name>).")
  Path out;

  @Option(
      names = "--force",
      description = "Replace --out and the chart directory even if not written by popvision.")
  boolean force;

  @Option(names = "--annual", description = "Also write annual.csv (linear between 5-year points, flagged).")
  boolean annual;

  @Option(names = "--excel", description = "Write CSV files with a UTF-8 byte-order mark for Excel.")
  boolean excel;

  @Mixin ChartOptionsMixin chartMixin;

  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = scenario != null ? scenario : defaultScenario();
    List<String> cmd = new ArrayList<>(List.of("popvision"));
    cmd.addAll(spec.commandLine().getParseResult().originalArgs());
    Simulation.ChartOptions chartOptions = chartMixin.toOptions(spec);
    if (chartOptions != null) {
      ChartWriter.preload();
    }
    Simulation.Result r;
    try {
      r = Simulation.run(file, this.out, force, annual, excel, cmd, Version.get(), chartOptions);
    } catch (InputException e) {
      for (Problem p : e.problems()) {
        err.println("error: " + p.format());
      }
      err.println(e.problems().size() + " problem(s); nothing was written.");
      return Main.EXIT_INPUT;
    }
    for (String note : r.scenario().notes()) {
      err.println("note: " + note);
    }
    printLimits(err, r);
    if (r.charts() != null) {
      for (String w : r.charts().warnings()) {
        err.println("warning: " + w);
      }
    }
    if (!quiet) {
      out.println(r.scenario().spec().name() + ": " + r.scenario().spec().title());
      Population base = r.projection().base();
      out.printf(Locale.ROOT, "  %d  %,9.0f  (base)%n", base.year(), base.total());
      for (int y : SUMMARY_YEARS) {
        Population p = r.projection().at(y);
        if (p != null) {
          out.printf(Locale.ROOT, "  %d  %,9.0f  (%+.1f%% on %d)%n", y, p.total(),
              100 * (p.total() / base.total() - 1), base.year());
        }
      }
      Population last = r.projection().last();
      if (last.year() != 2070 && last.year() != 2060 && last.year() != 2040) {
        out.printf(Locale.ROOT, "  %d  %,9.0f%n", last.year(), last.total());
      }
      out.println("Wrote " + r.outDir() + "/ (" + String.join(", ", r.files()) + ")");
      if (r.charts() != null) {
        out.println("Wrote " + r.charts().dir() + "/ (" + String.join(", ", r.charts().files())
            + ")");
      }
    }
    return 0;
  }

  /** One warning line per period in which out-migration had to be limited. */
  static void printLimits(PrintWriter err, Simulation.Result r) {
    Map<Integer, List<MigrationLimit>> byPeriod = new TreeMap<>();
    for (MigrationLimit l : r.projection().limits()) {
      byPeriod.computeIfAbsent(l.periodStart(), k -> new ArrayList<>()).add(l);
    }
    for (var e : byPeriod.entrySet()) {
      double shortfall = 0;
      for (MigrationLimit l : e.getValue()) {
        shortfall += l.applied() - l.requested();
      }
      int start = e.getKey();
      double applied = 0;
      for (var ev : r.projection().events()) {
        if (ev.periodStart() == start) {
          applied = ev.netMigration();
        }
      }
      err.printf(Locale.ROOT,
          "warning: %d-%d: net out-migration exceeded %d cohort(s); limited so none goes below zero"
              + " (%,.0f persons not applied; net migration applied %,.0f). Details: manifest.json%n",
          start, start + r.projection().base().groups().width(), e.getValue().size(), shortfall, applied);
    }
  }

  static Path defaultScenario() {
    String home = System.getProperty("popvision.home");
    Path base = home != null ? Path.of(home) : Path.of("");
    return base.resolve("scenarios").resolve("target.yaml");
  }
}
