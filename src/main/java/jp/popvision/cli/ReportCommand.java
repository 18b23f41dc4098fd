package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.popvision.app.CompareRun;
import jp.popvision.app.ReportRun;
import jp.popvision.chart.ChartWriter;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code popvision report}: the 人口ビジョン chapter as one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin LangOption langOption = new LangOption();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin ExcelOption excelOption = new ExcelOption();

  @Parameters(paramLabel = "SCENARIO", arity = "0..*", descriptionKey = "HELP_REPORT_SCENARIOS")
  List<Path> scenarios = new ArrayList<>();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_REPORT_OUT")
  Path out;

  @Option(names = "--dpi", paramLabel = "N", descriptionKey = "HELP_REPORT_DPI")
  int dpi = ChartWriter.BASE_DPI;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = Main.lang(spec);
    if (dpi < ChartWriter.MIN_DPI || dpi > ChartWriter.MAX_DPI) {
      throw Usage.error(
          spec.commandLine(),
          Msg.USAGE_INT_RANGE,
          "--dpi",
          dpi,
          ChartWriter.MIN_DPI,
          ChartWriter.MAX_DPI);
    }
    String home = System.getProperty("popvision.home");
    ReportRun.Result r;
    try {
      r =
          ReportRun.run(
              new ReportRun.Options(
                  scenarios,
                  out,
                  lang,
                  dpi,
                  null,
                  run.force,
                  excelOption.excel,
                  RunOptions.commandLine(spec),
                  Version.get(),
                  areaOption.area),
              home != null ? Path.of(home) : Path.of(""));
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    Report.notes(err, lang, r.compare().notes());
    Report.notes(err, lang, r.absent().stream().map(a -> Msg.TEXT.with(a)).toList());
    for (String s : r.skipped()) {
      err.println(Msg.LINE_WARNING.render(lang, s));
    }
    for (CompareRun.Named w : r.compare().warnings()) {
      err.println(
          Msg.LINE_WARNING.render(
              lang, w.scenario() + ": " + jp.popvision.io.Warnings.text(w.warning(), lang)));
    }
    if (!run.quiet) {
      o.println(Msg.RP_WROTE.render(lang, r.outDir().resolve(ReportRun.HTML)));
    }
    return 0;
  }
}
