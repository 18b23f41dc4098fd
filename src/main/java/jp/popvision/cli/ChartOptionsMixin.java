package jp.popvision.cli;

import java.nio.file.Path;
import jp.popvision.app.Simulation;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.Lang;
import jp.popvision.io.Msg;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The chart options shared by the commands that draw charts. */
public final class ChartOptionsMixin {
  @Option(names = "--charts", paramLabel = "DIR", descriptionKey = "HELP_OPT_CHARTS")
  Path charts;

  @Option(names = "--no-charts", descriptionKey = "HELP_OPT_NO_CHARTS")
  boolean noCharts;

  @Option(names = "--dpi", paramLabel = "N", descriptionKey = "HELP_OPT_DPI")
  Integer dpi;

  /** The chart options, or null with --no-charts; bad values are usage errors (exit 2). */
  Simulation.ChartOptions toOptions(CommandSpec spec) {
    if (noCharts) {
      if (charts != null || dpi != null) {
        throw Usage.error(spec.commandLine(), Msg.USAGE_NO_CHARTS_WITH);
      }
      return null;
    }
    // charts speak the language of the messages (--lang, POPVISION_LANG); English is also the
    // fallback when no installed font can display Japanese
    Lang l = Main.lang(spec) == jp.popvision.io.Lang.EN ? Lang.EN : Lang.JA;
    int d = ChartWriter.BASE_DPI;
    if (dpi != null) {
      if (dpi < ChartWriter.MIN_DPI || dpi > ChartWriter.MAX_DPI) {
        throw Usage.error(
            spec.commandLine(),
            Msg.USAGE_INT_RANGE,
            "--dpi",
            dpi,
            ChartWriter.MIN_DPI,
            ChartWriter.MAX_DPI);
      }
      d = dpi;
    }
    // warm fonts and chart classes on a background thread while the scenario is read
    ChartWriter.preload();
    return new Simulation.ChartOptions(charts, l, d, null);
  }
}
