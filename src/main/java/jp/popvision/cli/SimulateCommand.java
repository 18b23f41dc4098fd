package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.Simulation;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
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

  @Mixin RunOptions run = new RunOptions();

  @Mixin LangOption langOption = new LangOption();

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
      names = "--annual",
      description = "Also write annual.csv (linear between 5-year points, flagged).")
  boolean annual;

  @Option(
      names = "--excel",
      description = "Write CSV files with a UTF-8 byte-order mark for Excel.")
  boolean excel;

  @Mixin ChartOptionsMixin chartMixin;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = Main.lang(spec);
    Path file = scenario != null ? scenario : defaultScenario();
    List<String> cmd = RunOptions.commandLine(spec);
    Simulation.ChartOptions chartOptions = chartMixin.toOptions(spec);
    Simulation.Result r;
    try {
      r =
          Simulation.run(
              file, this.out, run.force, annual, excel, cmd, Version.get(), chartOptions);
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    Report.notes(err, lang, r.scenario().notes());
    Report.warnings(err, lang, r.warnings());
    if (r.charts() != null) {
      for (String w : r.charts().warnings()) {
        err.println(Msg.LINE_WARNING.render(lang, w));
      }
    }
    if (!run.quiet) {
      out.println(r.scenario().spec().name() + ": " + r.scenario().spec().title());
      Population base = r.projection().base();
      out.printf(Locale.ROOT, "  %d  %,9.0f  (base)%n", base.year(), base.total());
      for (int y : SUMMARY_YEARS) {
        Population p = r.projection().at(y);
        if (p != null) {
          out.printf(
              Locale.ROOT,
              "  %d  %,9.0f  (%+.1f%% on %d)%n",
              y,
              p.total(),
              100 * (p.total() / base.total() - 1),
              base.year());
        }
      }
      Population last = r.projection().last();
      if (last.year() != 2070 && last.year() != 2060 && last.year() != 2040) {
        out.printf(Locale.ROOT, "  %d  %,9.0f%n", last.year(), last.total());
      }
      Report.cautions(out, lang, r.warnings());
      out.println("Wrote " + r.outDir() + "/ (" + String.join(", ", r.files()) + ")");
      if (r.charts() != null) {
        out.println(
            "Wrote " + r.charts().dir() + "/ (" + String.join(", ", r.charts().files()) + ")");
      }
    }
    return 0;
  }

  static Path defaultScenario() {
    String home = System.getProperty("popvision.home");
    Path base = home != null ? Path.of(home) : Path.of("");
    return base.resolve("scenarios").resolve("target.yaml");
  }
}
