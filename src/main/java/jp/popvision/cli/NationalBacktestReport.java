package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.popvision.app.BacktestSummary;
import jp.popvision.app.NationalBacktest;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;

/** {@code backtest --area all|PREF}: runs {@link NationalBacktest} and prints its summary. */
final class NationalBacktestReport {
  private NationalBacktestReport() {}

  /** The exit code, or null when the area option names one area (the single-area backtest). */
  static Integer run(BacktestCommand c, Path file, List<String> cmd, PrintWriter o, PrintWriter err)
      throws InputException, java.io.IOException {
    Lang lang = Main.lang(c.spec);
    int[] bases = c.baseYears != null ? c.baseYears : NationalBacktest.BASE_YEARS;
    ProgressBar bar = !c.run.quiet && System.console() != null ? new ProgressBar(err) : null;
    jp.popvision.app.Simulation.ChartOptions charts = c.chartMixin.toOptions(c.spec);
    NationalBacktest.Result r =
        NationalBacktest.run(
            file,
            c.areaOption.area,
            bases,
            c.out,
            c.run.force,
            cmd,
            Version.get(),
            bar == null ? null : bar::update,
            charts == null ? null : charts.lang(),
            charts == null ? jp.popvision.chart.ChartWriter.BASE_DPI : charts.dpi());
    if (bar != null) {
      bar.finish();
    }
    if (r == null) {
      return null;
    }
    if (!c.run.quiet) {
      o.println(
          Msg.BACKTEST_NATIONAL_HEAD.render(
              lang,
              String.valueOf(r.areas()),
              Arrays.toString(bases),
              String.format(Locale.ROOT, "%.1f", r.seconds()),
              String.valueOf(r.failed().size())));
      o.println(Msg.BACKTEST_NATIONAL_COLUMNS.render(lang));
      for (BacktestSummary.Line l : r.summary()) {
        if (l.sizeClass().equals("all")) {
          o.printf(
              Locale.ROOT,
              "  %-17s %d→%d  %5.2f  %5.2f  %+6.2f  %5.2f  %5d%n",
              l.method(),
              l.baseYear(),
              l.year(),
              l.medianApe(),
              l.mape(),
              l.meanPe(),
              l.p90Ape(),
              l.areas());
        }
      }
      o.println(Msg.BACKTEST_NATIONAL_CHOSEN.render(lang, r.chosen()));
      o.println(Msg.BACKTEST_NATIONAL_WROTE.render(lang, r.outDir()));
    }
    return 0;
  }
}
