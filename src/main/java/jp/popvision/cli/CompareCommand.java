package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.CompareRun;
import jp.popvision.app.Comparison;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.model.Population;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code popvision compare}: several scenarios side by side with the vision analyses. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run several scenarios and write comparison.csv, structure.csv, impact.csv,"
          + " decomposition.csv, stages.csv, each scenario's tables, and the charts"
          + " scenarios_total.png and scenarios_<year>.png (2040, 2060, 2070).",
      ""
    })
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Parameters(
      paramLabel = "SCENARIO",
      arity = "1..*",
      description = "Scenario YAML files, or directories of them.")
  List<Path> scenarios = new ArrayList<>();

  @Option(
      names = "--reference",
      paramLabel = "NAME",
      description = "Scenario the others are compared with (default: the first).")
  String reference;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output directory (default: out/compare).")
  Path out;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      split = ",",
      description = "Target years of structure.csv and decomposition.csv (default: 2040,2060).")
  int[] years = {2040, 2060};

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Analysis settings (default: config/analysis.yaml next to the data directory).")
  Path config;

  @Option(
      names = "--annual",
      description = "Also write annual.csv per scenario (linear between 5-year points).")
  boolean annual;

  @Option(
      names = "--excel",
      description = "Write CSV files with a UTF-8 byte-order mark for Excel.")
  boolean excel;

  @Mixin ChartOptionsMixin chartMixin;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = Main.lang(spec);
    List<String> cmd = RunOptions.commandLine(spec);
    CompareRun.Result r;
    try {
      var charts = chartMixin.toOptions(spec);
      r =
          CompareRun.run(
              new CompareRun.Options(
                  scenarios,
                  reference,
                  out,
                  years,
                  config,
                  annual,
                  excel,
                  run.force,
                  cmd,
                  Version.get(),
                  charts,
                  areaOption.area));
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    Report.notes(err, lang, r.notes());
    for (CompareRun.Named w : r.warnings()) {
      err.println(
          jp.popvision.io.Msg.LINE_WARNING.render(
              lang, w.scenario() + ": " + jp.popvision.io.Warnings.text(w.warning(), lang)));
    }
    if (!run.quiet) {
      o.printf(Locale.ROOT, "%-18s %9s %9s %9s %9s%n", "scenario", "base", "2040", "2060", "2070");
      for (Comparison.Run run : r.runs()) {
        o.printf(
            Locale.ROOT,
            "%-18s %9s %9s %9s %9s%n",
            run.name(),
            fmt(run.projection().base()),
            fmt(run.projection().at(2040)),
            fmt(run.projection().at(2060)),
            fmt(run.projection().at(2070)));
      }
      o.println("Reference: " + r.reference().name());
      Report.kept(err, lang, r.kept());
      o.println("Wrote " + r.outDir() + "/");
    }
    return 0;
  }

  private static String fmt(Population p) {
    return p == null ? "-" : String.format(Locale.ROOT, "%,.0f", p.total());
  }
}
