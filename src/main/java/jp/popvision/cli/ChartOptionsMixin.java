package jp.popvision.cli;

import java.nio.file.Path;
import jp.popvision.app.Simulation;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.Lang;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The chart options shared by the commands that draw charts. */
public final class ChartOptionsMixin {
  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description =
          "Chart directory (simulate: charts/<scenario name>, or <out>/charts with --out;"
              + " compare: <out>/charts; sensitivity, uncertainty: charts/<scenario name>-<command>,"
              + " or <out>/charts with --out).")
  Path charts;

  @Option(names = "--no-charts", description = "Write the tables only, no PNG charts.")
  boolean noCharts;

  @Option(
      names = "--dpi",
      paramLabel = "N",
      description =
          "Chart resolution, "
              + ChartWriter.MIN_DPI
              + "-"
              + ChartWriter.MAX_DPI
              + " (default: "
              + ChartWriter.BASE_DPI
              + "; 1600x1000 pixels at 150, scaled with N).")
  Integer dpi;

  /** The chart options, or null with --no-charts; bad values are usage errors (exit 2). */
  Simulation.ChartOptions toOptions(CommandSpec spec) {
    if (noCharts) {
      if (charts != null || dpi != null) {
        throw new ParameterException(
            spec.commandLine(), "--no-charts cannot be combined with --charts or --dpi");
      }
      return null;
    }
    // charts speak the language of the messages (--lang, POPVISION_LANG); English is also the
    // fallback when no installed font can display Japanese
    Lang l = Main.lang(spec) == jp.popvision.io.Lang.EN ? Lang.EN : Lang.JA;
    int d = ChartWriter.BASE_DPI;
    if (dpi != null) {
      if (dpi < ChartWriter.MIN_DPI || dpi > ChartWriter.MAX_DPI) {
        throw new ParameterException(
            spec.commandLine(),
            "--dpi: value '"
                + dpi
                + "' must be a whole number from "
                + ChartWriter.MIN_DPI
                + " to "
                + ChartWriter.MAX_DPI);
      }
      d = dpi;
    }
    // warm fonts and chart classes on a background thread while the scenario is read
    ChartWriter.preload();
    return new Simulation.ChartOptions(charts, l, d, null);
  }
}
