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
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
import jp.popvision.io.ScenarioReader;
import jp.popvision.results.TornadoBar;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.MigrationLever;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.TfrLever;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision sensitivity}: one-way tornado and two-way grid around a scenario. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Mixin ExcelOption excelOption = new ExcelOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      descriptionKey = "HELP_OPT_SCENARIO")
  Path scenario;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      split = ",",
      descriptionKey = "HELP_SENSITIVITY_YEAR")
  List<Integer> years;

  @Option(
      names = "--tfr-steps",
      paramLabel = "D",
      split = ",",
      descriptionKey = "HELP_SENSITIVITY_TFR_STEPS")
  List<Double> tfrSteps;

  @Option(
      names = "--migration-steps",
      paramLabel = "D",
      split = ",",
      descriptionKey = "HELP_SENSITIVITY_MIGRATION_STEPS")
  List<Double> migrationSteps;

  @Option(
      names = "--e0-steps",
      paramLabel = "D",
      split = ",",
      descriptionKey = "HELP_SENSITIVITY_E0_STEPS")
  List<Double> e0Steps;

  @Option(
      names = "--srb",
      paramLabel = "LOW,HIGH",
      split = ",",
      descriptionKey = "HELP_SENSITIVITY_SRB")
  List<Double> srb;

  @Option(
      names = "--grid-tfr",
      paramLabel = "FROM:TO:STEP",
      descriptionKey = "HELP_SENSITIVITY_GRID_TFR")
  String gridTfr;

  @Option(
      names = "--grid-migration",
      paramLabel = "FROM:TO:STEP",
      descriptionKey = "HELP_SENSITIVITY_GRID_MIGRATION")
  String gridMigration;

  @Option(
      names = "--contours",
      paramLabel = "N",
      split = ",",
      descriptionKey = "HELP_SENSITIVITY_CONTOURS")
  List<Double> contours;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_SENSITIVITY_OUT")
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
              file,
              areaOption.area,
              cli,
              this.out,
              run.force,
              cmd,
              Version.get(),
              chartOptions,
              excelOption.workbook(spec));
    } catch (InputException e) {
      return Report.problems(err, Main.lang(spec), e);
    } catch (UsageException e) {
      throw new Usage.Error(spec.commandLine(), e.text());
    }
    Lang lang = Main.lang(spec);
    Report.notes(err, lang, r.notes());
    if (r.charts() != null) {
      for (Msg.Text w : r.charts().warnings()) {
        err.println(Msg.LINE_WARNING.render(lang, w));
      }
    }
    if (!run.quiet) {
      print(out, err, lang, r);
    }
    return 0;
  }

  /** The levers, the tornado of the first year's total, the grid's size and the files written. */
  private static void print(PrintWriter out, PrintWriter err, Lang lang, Sensitivity.Result r) {
    var s = r.own().spec(); // as resolved: basis: register in census terms
    out.println(s.name() + ": " + jp.popvision.io.Escapes.shown(s.title()));
    out.println(
        Msg.SENS_LEVERS.render(
                lang,
                NumberText.fixed(TfrLever.tfrLevel(s), 2, lang),
                TfrLever.tfrAnchorYear(s),
                NumberText.persons(MigrationLever.migrationLevel(s), lang),
                MigrationLever.migrationFromYear(s))
            + Report.registerTerms(
                MigrationLever.migrationLevel(s), MigrationLever.registerRatio(s), lang));
    int year = r.settings().years().get(0);
    out.println(Msg.SENS_TORNADO_HEAD.render(lang, year));
    for (TornadoBar b : r.tornado()) {
      if (b.year() == year && b.indicator().equals("total")) {
        out.println(
            Msg.SENS_BAR.render(
                lang,
                NumberText.pad(label(b, lang), 24, false),
                NumberText.persons(b.populationLow(), 9, lang),
                NumberText.persons(b.populationHigh(), 9, lang),
                NumberText.persons(b.swing(), lang)));
      }
    }
    out.println(Msg.SENS_GRID.render(lang, r.grid().tfrCount(), r.grid().migrationCount()));
    Report.kept(err, lang, r.kept());
    out.println(SimulateCommand.wrote(lang, r.outDir(), r.files()));
    if (r.charts() != null) {
      out.println(
          "Wrote " + r.charts().dir() + "/ (" + String.join(", ", r.charts().files()) + ")");
    }
  }

  static String label(TornadoBar b, Lang lang) {
    return switch (b.lever()) {
      case "tfr" ->
          Msg.SENS_LABEL_TFR.render(lang, String.format(Locale.ROOT, "±%.2f", b.change()));
      case "migration" ->
          Msg.SENS_LABEL_MIGRATION.render(lang, String.format(Locale.ROOT, "±%,.0f", b.change()));
      case "e0" -> Msg.SENS_LABEL_E0.render(lang, String.format(Locale.ROOT, "±%.1f", b.change()));
      default ->
          Msg.SENS_LABEL_SRB.render(
              lang,
              String.format(Locale.ROOT, "%.2f", b.lowValue()),
              String.format(Locale.ROOT, "%.2f", b.highValue()));
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
      throw Usage.error(spec.commandLine(), Msg.USAGE_SRB_PAIR);
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
        throw Usage.error(
            spec.commandLine(),
            Msg.USAGE_OUTSIDE,
            option,
            v,
            inclusive ? "[" : "(",
            min,
            max == Double.MAX_VALUE ? Msg.USAGE_ANY : String.valueOf(max));
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
      throw Usage.error(
          spec.commandLine(),
          Msg.USAGE_GRID,
          option,
          text,
          jp.popvision.scenario.Limits.GRID_VALUES_MAX);
    }
    if (r.from().doubleValue() < min || r.to().doubleValue() > max) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_GRID_BOUNDS, option, min, max);
    }
    return r;
  }
}
