package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.popvision.app.BatchRun;
import jp.popvision.app.Simulation;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
import jp.popvision.model.Population;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision simulate}: one scenario, CSV tables and a manifest. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class SimulateCommand implements Callable<Integer> {
  /** Years printed in the short summary (when inside the horizon). */
  static final int[] SUMMARY_YEARS = {2040, 2060, 2070};

  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      descriptionKey = "HELP_OPT_SCENARIO")
  Path scenario;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_SIMULATE_OUT")
  Path out;

  @Option(names = "--annual", descriptionKey = "HELP_SIMULATE_ANNUAL")
  boolean annual;

  @Option(names = "--excel", descriptionKey = "HELP_OPT_EXCEL")
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
      if (areaOption.area != null) {
        BatchRun.Result b =
            BatchRun.run(
                file,
                areaOption.area,
                this.out,
                run.force,
                excel,
                cmd,
                Version.get(),
                chartOptions,
                lang);
        if (b != null) {
          return batchReport(b, out, err, lang);
        }
      }
      r =
          Simulation.run(
              file,
              new Simulation.Options(
                  areaOption.area,
                  this.out,
                  run.force,
                  annual,
                  excel,
                  lang,
                  cmd,
                  Version.get(),
                  chartOptions));
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    Report.notes(err, lang, Msg.notes(r.scenario().notes()));
    Report.warnings(err, lang, r.warnings());
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

  /** The base, the change to each summary year, the last year, cautions and the files written. */
  private static void print(PrintWriter out, PrintWriter err, Lang lang, Simulation.Result r) {
    out.println(
        r.scenario().spec().name()
            + ": "
            + jp.popvision.io.Escapes.shown(r.scenario().spec().title()));
    if (r.area() != null) {
      out.println("  " + Msg.AREA_LINE.render(lang, r.area().label()));
    }
    Population base = r.projection().base();
    out.println(Msg.SUM_BASE.render(lang, base.year(), NumberText.persons(base.total(), 9, lang)));
    for (int y : SUMMARY_YEARS) {
      Population p = r.projection().at(y);
      if (p != null) {
        out.println(
            Msg.SUM_CHANGE.render(
                lang,
                y,
                NumberText.persons(p.total(), 9, lang),
                NumberText.signedPct(100 * (p.total() / base.total() - 1), lang),
                base.year()));
      }
    }
    Population last = r.projection().last();
    if (last.year() != 2070 && last.year() != 2060 && last.year() != 2040) {
      out.println(
          Msg.SUM_LAST.render(lang, last.year(), NumberText.persons(last.total(), 9, lang)));
    }
    Report.cautions(out, lang, r.warnings());
    Report.kept(err, lang, r.kept());
    out.println(wrote(lang, r.outDir(), r.files()));
    if (r.charts() != null) {
      out.println(wrote(lang, r.charts().dir(), r.charts().files()));
    }
  }

  /** What a batch run prints: counts, the failed areas with their reasons, the directory. */
  private int batchReport(BatchRun.Result b, PrintWriter out, PrintWriter err, Lang lang) {
    for (String[] f : b.failed()) {
      err.println(
          Msg.LINE_WARNING.render(lang, Msg.BATCH_AREA_FAILED.render(lang, f[0], f[1], f[2])));
    }
    if (!run.quiet) {
      out.println(
          b.scenario()
              + ": "
              + Msg.BATCH_SUMMARY.render(
                  lang, b.projected(), b.projected() + b.failed().size(), b.failed().size()));
      out.println(wrote(lang, b.outDir(), b.files()));
    }
    return 0;
  }

  /** "Wrote DIR/ (files)" in {@code lang}. */
  static String wrote(Lang lang, Path dir, List<String> files) {
    return Msg.SUM_WROTE.render(lang, dir, String.join(", ", files));
  }

  static Path defaultScenario() {
    String home = System.getProperty("popvision.home");
    Path base = home != null ? Path.of(home) : Path.of("");
    return base.resolve("scenarios").resolve("target.yaml");
  }
}
