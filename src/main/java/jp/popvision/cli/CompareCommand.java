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
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
import jp.popvision.model.Population;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code popvision compare}: several scenarios side by side with the vision analyses. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Parameters(paramLabel = "SCENARIO", arity = "1..*", descriptionKey = "HELP_COMPARE_SCENARIOS")
  List<Path> scenarios = new ArrayList<>();

  @Option(names = "--reference", paramLabel = "NAME", descriptionKey = "HELP_COMPARE_REFERENCE")
  String reference;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_COMPARE_OUT")
  Path out;

  @Option(names = "--year", paramLabel = "YEAR", split = ",", descriptionKey = "HELP_COMPARE_YEAR")
  int[] years = {2040, 2060};

  @Option(names = "--config", paramLabel = "FILE", descriptionKey = "HELP_COMPARE_CONFIG")
  Path config;

  @Option(names = "--annual", descriptionKey = "HELP_COMPARE_ANNUAL")
  boolean annual;

  @Option(names = "--excel", descriptionKey = "HELP_OPT_EXCEL")
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
                  lang,
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
          Msg.LINE_WARNING.render(
              lang,
              Msg.NOTE_SCENARIO.render(
                  lang, w.scenario(), jp.popvision.io.Warnings.text(w.warning(), lang))));
    }
    if (!run.quiet) {
      print(o, err, lang, r);
    }
    return 0;
  }

  /** Every scenario's totals in the base year, 2040, 2060 and 2070, and the directory written. */
  private static void print(PrintWriter o, PrintWriter err, Lang lang, CompareRun.Result r) {
    o.println(
        NumberText.pad(Msg.SUM_COMPARE_SCENARIO.template(lang), 18, false)
            + " "
            + NumberText.pad(Msg.SUM_COMPARE_BASE.template(lang), 9, true)
            + " "
            + NumberText.pad(Msg.SUM_COMPARE_YEAR.render(lang, 2040), 9, true)
            + " "
            + NumberText.pad(Msg.SUM_COMPARE_YEAR.render(lang, 2060), 9, true)
            + " "
            + NumberText.pad(Msg.SUM_COMPARE_YEAR.render(lang, 2070), 9, true)
            + "  "
            + Msg.SUM_COMPARE_UNIT.template(lang));
    for (Comparison.Run run : r.runs()) {
      o.printf(
          Locale.ROOT,
          "%-18s %9s %9s %9s %9s%n",
          run.name(),
          fmt(run.projection().base(), lang),
          fmt(run.projection().at(2040), lang),
          fmt(run.projection().at(2060), lang),
          fmt(run.projection().at(2070), lang));
    }
    o.println(Msg.SUM_REFERENCE.render(lang, r.reference().name()));
    Report.kept(err, lang, r.kept());
    o.println(Msg.SUM_WROTE_DIR.render(lang, r.outDir()));
  }

  private static String fmt(Population p, Lang lang) {
    return p == null ? "-" : NumberText.persons(p.total(), lang);
  }
}
