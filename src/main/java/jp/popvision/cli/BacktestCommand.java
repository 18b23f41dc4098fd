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
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
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

  @Mixin AreaOption areaOption = new AreaOption();

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
  int[] baseYears;

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
              chartMixin.toOptions(spec),
              excelOption.workbook(spec));
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    Report.notes(err, lang, r.notes());
    if (!run.quiet) {
      print(o, err, lang, r);
    }
    return 0;
  }

  /**
   * The total rows of every backtest, the MAPE by method and horizon, and the directory written.
   */
  private static void print(PrintWriter o, PrintWriter err, Lang lang, BacktestRun.Result r) {
    o.println(Msg.BT_HEAD.render(lang));
    for (Backtest.Result res : r.results()) {
      for (Backtest.Row row : res.rows()) {
        if (row.group().equals("total")) {
          o.println(
              Msg.BT_ROW.render(
                  lang,
                  row.baseYear(),
                  String.format(Locale.ROOT, "%-18s", row.method()),
                  row.year(),
                  NumberText.persons(row.projected(), 9, lang),
                  NumberText.persons(row.actual(), 9, lang),
                  NumberText.signed(row.error(), lang),
                  NumberText.signedPct(row.errorPct(), lang)));
        }
      }
    }
    o.println(Msg.BT_MAPE_HEAD.render(lang));
    for (Backtest.Mape m : r.mape()) {
      o.println(
          Msg.BT_MAPE_ROW.render(
              lang,
              String.format(Locale.ROOT, "%-18s", m.method()),
              String.format(Locale.ROOT, "%2d", m.horizon()),
              String.format(Locale.ROOT, "%5.2f", m.total()),
              m.bases()));
    }
    Report.kept(err, lang, r.kept());
    o.println(Msg.SUM_WROTE_DIR.render(lang, r.outDir()));
  }
}
