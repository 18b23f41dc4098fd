package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.FontChoice;
import jp.popvision.chart.Lang;
import jp.popvision.io.ChartIndex;
import jp.popvision.io.InputException;
import jp.popvision.io.OutputDir;

/**
 * Writing the tables and charts of the analysis commands (sensitivity, uncertainty) the way {@code
 * simulate} writes its own: both directories checked before either is written, each written as a
 * whole, the charts inside the output directory when the chart directory lies in it.
 */
final class AnalysisOutputs {
  private AnalysisOutputs() {}

  /** The chart directory, its files and what was drawn (null dir and output: none asked for). */
  record Charts(Path dir, Map<String, byte[]> files, Simulation.ChartOutput output) {}

  /** The font to draw with: the options' or the detected one. */
  static FontChoice font(Simulation.ChartOptions o) {
    return o.font() != null ? o.font() : FontChoice.detect();
  }

  /** Warnings about drawn charts (a missing Japanese font). */
  static List<jp.popvision.io.Msg.Text> warnings(Lang wanted, Lang drawn) {
    List<jp.popvision.io.Msg.Text> w = new ArrayList<>();
    if (drawn != wanted) {
      w.add(jp.popvision.io.Msg.NOTE_NO_JAPANESE_FONT.with());
    }
    return w;
  }

  /** Adds the chart index to {@code charts} (PNG name → bytes, in order). */
  static void index(
      Map<String, byte[]> charts, String version, String name, String title, Lang lang, int dpi) {
    List<String> pngs = new ArrayList<>(charts.keySet());
    charts.put(
        ChartIndex.FILE,
        OutputDir.utf8(
            ChartIndex.of(
                version,
                name,
                title,
                lang.key(),
                dpi,
                jp.popvision.chart.ChartWriter.pixelWidth(dpi),
                jp.popvision.chart.ChartWriter.pixelHeight(dpi),
                pngs)));
  }

  /**
   * The manifest of an analysis run on {@code loaded}'s scenario ({@code spec}: as the run used
   * it): inputs, outputs {@code names}, notes (in English), migration limits and plausibility
   * warnings of the run (empty when it has none of its own) and the command's {@code settings}.
   */
  static String manifest(
      LoadedScenario loaded,
      jp.popvision.scenario.ScenarioSpec spec,
      List<String> names,
      List<jp.popvision.io.Msg.Text> notes,
      List<jp.popvision.engine.MigrationLimit> limits,
      List<jp.popvision.scenario.Plausibility.Warning> warnings,
      Map<String, ?> settings,
      List<String> commandLine,
      String version)
      throws IOException {
    return jp.popvision.io.Manifest.of(
        version,
        commandLine,
        spec.name(),
        spec.file(),
        spec.dataDir(),
        loaded.data().dataFiles(),
        names,
        jp.popvision.io.Msg.render(notes, jp.popvision.io.Lang.EN),
        limits,
        Simulation.ownInputs(spec),
        warnings,
        settings);
  }

  /**
   * Writes {@code files} to {@code out} and, unless {@code chartDir} is null, the charts, as one
   * transaction; returns what popvision kept there (files it did not write).
   */
  static List<String> write(
      Path out,
      Map<String, byte[]> files,
      Path chartDir,
      Map<String, byte[]> charts,
      boolean force,
      jp.popvision.scenario.ScenarioSpec spec)
      throws IOException, InputException {
    return RunOutputs.writeWithCharts(
        out, files, chartDir, charts, force, RunOutputs.inputs(List.of(spec)));
  }
}
