package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.Backtest;
import jp.popvision.app.BacktestRun;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision backtest}: how each method would have done from earlier censuses. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Re-base on earlier censuses using only what was known then, project with each migration"
          + " method and compare with the later censuses: backtest.csv, mape.csv, backtest.png.",
      ""
    })
public final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      description = "Scenario whose data directory is used (default: scenarios/target.yaml).")
  Path scenario;

  @Option(
      names = "--base-year",
      paramLabel = "YEAR",
      split = ",",
      description =
          "Base census years (default: 2005,2010,2015; with --area all or a prefecture:"
              + " 1995,2000,2005,2010,2015).")
  int[] baseYears;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output directory (default: out/backtest).")
  Path out;

  @Mixin ChartOptionsMixin chartMixin;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = Main.lang(spec);
    List<String> cmd = RunOptions.commandLine(spec);
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    if (areaOption.area != null) {
      try {
        Integer code = NationalBacktestReport.run(this, file, cmd, o, err);
        if (code != null) {
          return code;
        }
      } catch (InputException e) {
        return Report.problems(err, lang, e);
      }
    }
    BacktestRun.Result r;
    try {
      r =
          BacktestRun.run(
              file,
              areaOption.area,
              baseYears != null ? baseYears : new int[] {2005, 2010, 2015},
              out,
              run.force,
              cmd,
              Version.get(),
              chartMixin.toOptions(spec));
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    Report.notes(err, lang, r.notes());
    if (!run.quiet) {
      o.println("Total population: projected vs census (error %)");
      for (Backtest.Result res : r.results()) {
        for (Backtest.Row row : res.rows()) {
          if (row.group().equals("total")) {
            o.printf(
                Locale.ROOT,
                "  base %d  %-18s %d  %,9.0f vs %,9.0f  %+7.0f (%+.1f%%)%n",
                row.baseYear(),
                row.method(),
                row.year(),
                row.projected(),
                row.actual(),
                row.error(),
                row.errorPct());
          }
        }
      }
      o.println("MAPE of the total by horizon (%):");
      for (Backtest.Mape m : r.mape()) {
        o.printf(
            Locale.ROOT,
            "  %-18s %2d years  %5.2f  (%d base years)%n",
            m.method(),
            m.horizon(),
            m.total(),
            m.bases());
      }
      Report.kept(err, lang, r.kept());
      o.println("Wrote " + r.outDir() + "/");
    }
    return 0;
  }
}
