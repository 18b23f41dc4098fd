package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.Sensitivity;
import jp.popvision.app.Simulation;
import jp.popvision.app.UsageException;
import jp.popvision.io.InputException;
import jp.popvision.io.ScenarioReader;
import jp.popvision.results.TornadoBar;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.Levers;
import jp.popvision.scenario.SensitivitySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code popvision sensitivity}: one-way tornado and two-way grid around a scenario. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Vary the scenario's levers one at a time (TFR level, net social change, life expectancy,"
          + " sex ratio at birth) and two at a time (TFR level x net social change) and record"
          + " the population (total, 0-14, 65+) in the chosen years: tornado.csv, grid.csv and"
          + " charts tornado_<year>.png, heatmap_<year>.png.",
      "Settings come from the options, else the scenario's sensitivity: block, else the defaults"
          + " shown.",
      ""
    })
public final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      description = "Scenario YAML file (default: scenarios/target.yaml of the popvision home).")
  Path scenario;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      split = ",",
      description =
          "Year(s) to record, e.g. --year 2040,2060 (default: 2060, or the horizon if earlier).")
  List<Integer> years;

  @Option(
      names = "--tfr-steps",
      paramLabel = "D",
      split = ",",
      description = "One-way TFR level changes, each tried - and + (default: 0.1,0.2).")
  List<Double> tfrSteps;

  @Option(
      names = "--migration-steps",
      paramLabel = "D",
      split = ",",
      description =
          "One-way changes of net social change per 5 years, each - and + (default: 100,300).")
  List<Double> migrationSteps;

  @Option(
      names = "--e0-steps",
      paramLabel = "D",
      split = ",",
      description = "One-way life expectancy changes in years, each - and + (default: 1).")
  List<Double> e0Steps;

  @Option(
      names = "--srb",
      paramLabel = "LOW,HIGH",
      split = ",",
      description = "Sex ratios at birth tried one-way (default: 1.03,1.07).")
  List<Double> srb;

  @Option(
      names = "--grid-tfr",
      paramLabel = "FROM:TO:STEP",
      description = "TFR levels of the grid (default: 1.2:2.2:0.05).")
  String gridTfr;

  @Option(
      names = "--grid-migration",
      paramLabel = "FROM:TO:STEP",
      description = "Net social change per 5 years of the grid (default: -2000:500:100).")
  String gridMigration;

  @Option(
      names = "--contours",
      paramLabel = "N",
      split = ",",
      description =
          "Populations drawn as contour lines on the heat map (default: 30000,35000,40000).")
  List<Double> contours;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output directory (default: out/<scenario name>-sensitivity).")
  Path out;

  @picocli.CommandLine.Mixin ChartOptionsMixin chartMixin = new ChartOptionsMixin();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SensitivitySpec cli = options();
    Simulation.ChartOptions chartOptions = chartMixin.toOptions(spec);
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    List<String> cmd = RunOptions.commandLine(spec);
    Sensitivity.Result r;
    try {
      r =
          Sensitivity.run(
              file, areaOption.area, cli, this.out, run.force, cmd, Version.get(), chartOptions);
    } catch (InputException e) {
      return Report.problems(err, Main.lang(spec), e);
    } catch (UsageException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
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
      var s = r.scenario().spec();
      out.println(s.name() + ": " + jp.popvision.io.Escapes.shown(s.title()));
      out.printf(
          Locale.ROOT,
          "  levers: TFR level %.2f (reached %d), net social change %,.0f per 5 years"
              + " from %d%n",
          Levers.tfrLevel(s),
          Levers.tfrAnchorYear(s),
          Levers.migrationLevel(s),
          Levers.migrationFromYear(s));
      int year = r.settings().years().get(0);
      out.printf(
          Locale.ROOT,
          "  %d total population, one lever at a time (largest effect first):%n",
          year);
      for (TornadoBar b : r.tornado()) {
        if (b.year() == year && b.indicator().equals("total")) {
          out.printf(
              Locale.ROOT,
              "    %-24s %,9.0f .. %,9.0f  (swing %,.0f)%n",
              label(b),
              b.populationLow(),
              b.populationHigh(),
              b.swing());
        }
      }
      out.printf(
          Locale.ROOT,
          "  grid: %d TFR levels x %d migration levels%n",
          r.grid().tfrCount(),
          r.grid().migrationCount());
      Report.kept(err, Main.lang(spec), r.kept());
      out.println("Wrote " + r.outDir() + "/ (" + String.join(", ", r.files()) + ")");
      if (r.charts() != null) {
        out.println(
            "Wrote " + r.charts().dir() + "/ (" + String.join(", ", r.charts().files()) + ")");
      }
    }
    return 0;
  }

  static String label(TornadoBar b) {
    return switch (b.lever()) {
      case "tfr" -> String.format(Locale.ROOT, "TFR %+.2f", b.change()).replace("+", "±");
      case "migration" -> String.format(Locale.ROOT, "migration ±%,.0f", b.change());
      case "e0" -> String.format(Locale.ROOT, "e0 ±%.1f years", b.change());
      default -> String.format(Locale.ROOT, "SRB %.2f / %.2f", b.lowValue(), b.highValue());
    };
  }

  /** The options given, checked where they do not depend on the scenario. */
  SensitivitySpec options() {
    check("--tfr-steps", tfrSteps, 0, ScenarioReader.TFR_STEP_MAX, false);
    check("--migration-steps", migrationSteps, 0, ScenarioReader.NET_COUNT_MAX, false);
    check("--e0-steps", e0Steps, 0, ScenarioReader.E0_STEP_MAX, false);
    check("--srb", srb, ScenarioReader.SRB_MIN, ScenarioReader.SRB_MAX, true);
    check("--contours", contours, 0, Double.MAX_VALUE, false);
    if (srb != null && srb.size() != 2) {
      throw new ParameterException(
          spec.commandLine(), "--srb: give two values, low and high (e.g. 1.03,1.07)");
    }
    return new SensitivitySpec(
        years,
        tfrSteps,
        migrationSteps,
        e0Steps,
        srb,
        range("--grid-tfr", gridTfr, ScenarioReader.TFR_MIN, ScenarioReader.TFR_MAX),
        range(
            "--grid-migration",
            gridMigration,
            -ScenarioReader.NET_COUNT_MAX,
            ScenarioReader.NET_COUNT_MAX),
        contours);
  }

  private void check(
      String option, List<Double> values, double min, double max, boolean inclusive) {
    if (values == null) {
      return;
    }
    for (double v : values) {
      boolean ok = inclusive ? v >= min && v <= max : v > min && v <= max;
      if (!ok || !Double.isFinite(v)) {
        throw new ParameterException(
            spec.commandLine(),
            String.format(
                Locale.ROOT,
                "%s: %s is outside %s%s, %s]",
                option,
                v,
                inclusive ? "[" : "(",
                min,
                max == Double.MAX_VALUE ? "any" : String.valueOf(max)));
      }
    }
  }

  private GridRange range(String option, String text, double min, double max) {
    if (text == null) {
      return null;
    }
    GridRange r;
    try {
      r = GridRange.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
    if (r.from().doubleValue() < min || r.to().doubleValue() > max) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(Locale.ROOT, "%s: values must be from %s to %s", option, min, max));
    }
    return r;
  }
}
