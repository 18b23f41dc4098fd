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
@Command(name = "backtest", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin LangOption langOption = new LangOption();

  @Mixin ExcelOption excelOption = new ExcelOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      descriptionKey = "HELP_BACKTEST_SCENARIO")
  Path scenario;

  @Option(
      names = "--base-year",
      paramLabel = "YEAR",
      split = ",",
      descriptionKey = "HELP_BACKTEST_BASE_YEAR")
  int[] baseYears = {2005, 2010, 2015};

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_BACKTEST_OUT")
  Path out;

  @Mixin ChartOptionsMixin chartMixin;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = Main.lang(spec);
    List<String> cmd = RunOptions.commandLine(spec);
    BacktestRun.Result r;
    try {
      r =
          BacktestRun.run(
              scenario != null ? scenario : SimulateCommand.defaultScenario(),
              baseYears,
              out,
              run.force,
              cmd,
              Version.get(),
              chartMixin.toOptions(spec),
              excelOption.workbook(spec));
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
      o.println("Wrote " + r.outDir() + "/");
    }
    return 0;
  }
}
