package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.Simulation;
import jp.popvision.app.Uncertainty;
import jp.popvision.io.InputException;
import jp.popvision.results.QuantileTable;
import jp.popvision.scenario.UncertaintySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code popvision uncertainty}: Monte Carlo quantiles from the scenario's uncertainty block. */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Simulate many futures around the scenario with the random deviations of its uncertainty:"
          + " block (TFR, net migration, life expectancy) and write quantiles.csv (2.5, 10, 25,"
          + " 50, 75, 90, 97.5 %% of total, 0-14, 15-64, 65+ per year) and fan_chart.png. Same"
          + " seed, same results, whatever the number of threads.",
      ""
    })
public final class UncertaintyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      description =
          "Scenario YAML file with an uncertainty: block (default: scenarios/target.yaml).")
  Path scenario;

  @Option(
      names = "--trajectories",
      paramLabel = "N",
      description = "Number of trajectories (default: the scenario's uncertainty.trajectories).")
  Integer trajectories;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: the scenario's uncertainty.seed).")
  Long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads (default: the number of processors); results do not depend on it.")
  Integer threads;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output directory (default: out/<scenario name>-uncertainty).")
  Path out;

  @picocli.CommandLine.Mixin ChartOptionsMixin chartMixin = new ChartOptionsMixin();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (trajectories != null
        && (trajectories < UncertaintySpec.MIN_TRAJECTORIES
            || trajectories > UncertaintySpec.MAX_TRAJECTORIES)) {
      throw new ParameterException(
          spec.commandLine(),
          "--trajectories must be from "
              + UncertaintySpec.MIN_TRAJECTORIES
              + " to "
              + UncertaintySpec.MAX_TRAJECTORIES);
    }
    if (seed != null && seed < 0) {
      throw new ParameterException(spec.commandLine(), "--seed must be >= 0");
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (t < 1 || t > 256) {
      throw new ParameterException(spec.commandLine(), "--threads must be from 1 to 256");
    }
    Simulation.ChartOptions chartOptions = chartMixin.toOptions(spec);
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    List<String> cmd = RunOptions.commandLine(spec);
    ProgressBar bar = !run.quiet && System.console() != null ? new ProgressBar(err) : null;
    Uncertainty.Result r;
    try {
      r =
          Uncertainty.run(
              file,
              areaOption.area,
              trajectories,
              seed,
              t,
              this.out,
              run.force,
              cmd,
              Version.get(),
              bar == null ? null : bar::update,
              chartOptions);
    } catch (InputException e) {
      if (bar != null) {
        bar.finish();
      }
      return Report.problems(err, Main.lang(spec), e);
    }
    if (bar != null) {
      bar.finish();
    }
    for (String note : r.notes()) {
      err.println("note: " + note);
    }
    if (r.charts() != null) {
      for (String w : r.charts().warnings()) {
        err.println("warning: " + w);
      }
    }
    if (!run.quiet) {
      QuantileTable q = r.quantiles();
      var s = r.scenario().spec();
      out.println(s.name() + ": " + jp.popvision.io.Escapes.shown(s.title()));
      out.printf(Locale.ROOT, "  %,d trajectories, seed %d%n", q.trajectories(), q.seed());
      out.println("  total population: median [80% interval] [95% interval]");
      for (int y = 0; y < q.years().size(); y++) {
        int year = q.years().get(y);
        if (year == q.years().get(0) || year % 10 == 0 || y == q.years().size() - 1) {
          out.printf(
              Locale.ROOT,
              "  %d  %,9.0f  [%,9.0f - %,9.0f]  [%,9.0f - %,9.0f]%n",
              year,
              q.quantile(y, 0, 3),
              q.quantile(y, 0, 1),
              q.quantile(y, 0, 5),
              q.quantile(y, 0, 0),
              q.quantile(y, 0, 6));
        }
      }
      Report.kept(err, Main.lang(spec), r.kept());
      out.println("Wrote " + r.outDir() + "/ (" + String.join(", ", r.files()) + ")");
      if (r.charts() != null) {
        out.println(
            "Wrote " + r.charts().dir() + "/ (" + String.join(", ", r.charts().files()) + ")");
      }
    }
    return 0;
  }
}
