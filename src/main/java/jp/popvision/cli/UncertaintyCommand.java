package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.Simulation;
import jp.popvision.app.Uncertainty;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
import jp.popvision.results.QuantileTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision uncertainty}: Monte Carlo quantiles from the scenario's uncertainty block. */
@Command(name = "uncertainty", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class UncertaintyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Mixin ExcelOption excelOption = new ExcelOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      descriptionKey = "HELP_UNCERTAINTY_SCENARIO")
  Path scenario;

  @Option(
      names = "--trajectories",
      paramLabel = "N",
      descriptionKey = "HELP_UNCERTAINTY_TRAJECTORIES")
  Integer trajectories;

  @Option(names = "--seed", paramLabel = "S", descriptionKey = "HELP_UNCERTAINTY_SEED")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "HELP_UNCERTAINTY_THREADS")
  Integer threads;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_UNCERTAINTY_OUT")
  Path out;

  @picocli.CommandLine.Mixin ChartOptionsMixin chartMixin = new ChartOptionsMixin();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int t = checkedThreads();
    Simulation.ChartOptions chartOptions = chartMixin.toOptions(spec);
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    List<String> cmd = RunOptions.commandLine(spec);
    ProgressBar bar = !run.quiet && System.console() != null ? new ProgressBar(err) : null;
    Uncertainty.Result r;
    try {
      r =
          Uncertainty.run(
              file,
              areaOption.area,
              trajectories,
              seed,
              t,
              this.out,
              run.force,
              cmd,
              Version.get(),
              bar == null ? null : bar::update,
              chartOptions,
              excelOption.workbook(spec));
    } catch (InputException e) {
      if (bar != null) {
        bar.finish();
      }
      return Report.problems(err, Main.lang(spec), e);
    }
    if (bar != null) {
      bar.finish();
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

  /** Checks --trajectories, --seed and --threads; the threads to run on. */
  private int checkedThreads() {
    if (trajectories != null
        && (trajectories < jp.popvision.scenario.Limits.TRAJECTORIES_MIN
            || trajectories > jp.popvision.scenario.Limits.TRAJECTORIES_MAX)) {
      throw Usage.error(
          spec.commandLine(),
          Msg.USAGE_INT_RANGE,
          "--trajectories",
          trajectories,
          jp.popvision.scenario.Limits.TRAJECTORIES_MIN,
          jp.popvision.scenario.Limits.TRAJECTORIES_MAX);
    }
    if (seed != null && seed < 0) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_MIN, "--seed", seed, 0);
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (t < 1 || t > 256) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_INT_RANGE, "--threads", t, 1, 256);
    }
    return t;
  }

  /** The quantiles of the first, every tenth and the last year, and the files written. */
  private static void print(PrintWriter out, PrintWriter err, Lang lang, Uncertainty.Result r) {
    QuantileTable q = r.quantiles();
    var s = r.scenario().spec();
    out.println(s.name() + ": " + jp.popvision.io.Escapes.shown(s.title()));
    out.println(
        Msg.UNC_HEAD.render(lang, String.format(Locale.ROOT, "%,d", q.trajectories()), q.seed()));
    out.println(Msg.UNC_COLUMNS.render(lang));
    for (int y = 0; y < q.years().size(); y++) {
      int year = q.years().get(y);
      if (year == q.years().get(0) || year % 10 == 0 || y == q.years().size() - 1) {
        out.println(
            Msg.UNC_ROW.render(
                lang,
                year,
                NumberText.persons(q.quantile(y, 0, 3), 9, lang),
                NumberText.persons(q.quantile(y, 0, 1), 9, lang),
                NumberText.persons(q.quantile(y, 0, 5), 9, lang),
                NumberText.persons(q.quantile(y, 0, 0), 9, lang),
                NumberText.persons(q.quantile(y, 0, 6), 9, lang)));
      }
    }
    Report.kept(err, lang, r.kept());
    out.println(SimulateCommand.wrote(lang, r.outDir(), r.files()));
    if (r.charts() != null) {
      out.println(SimulateCommand.wrote(lang, r.charts().dir(), r.charts().files()));
    }
  }
}
