package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.io.InputException;
import jp.popvision.io.Msg;
import jp.popvision.io.OutputDir;
import jp.popvision.io.Problem;
import jp.popvision.scenario.ScenarioSpec;

/**
 * How every pipeline writes its outputs: the output directory and the chart directory as one
 * transaction ({@link OutputDir}), never into a directory the run read from. Every pipeline
 * (simulate, compare, report, the analyses, backtest, track, batches) writes through it.
 */
final class RunOutputs {
  private RunOutputs() {}

  /**
   * Writes the output directory and the chart directory as one transaction ({@link OutputDir}):
   * when the charts live inside the output directory they are part of its files. Returns what
   * popvision found in them and kept (files it did not write). No directory may be or contain one
   * of {@code inputs} (see {@link #inputs}).
   */
  static List<String> writeWithCharts(
      Path out,
      Map<String, byte[]> files,
      Path chartDir,
      Map<String, byte[]> chartFiles,
      boolean force,
      Map<Path, Msg> inputs)
      throws InputException, IOException {
    Path outAbs = out.toAbsolutePath().normalize();
    Path chartAbs = chartDir == null ? null : chartDir.toAbsolutePath().normalize();
    List<OutputDir.Target> targets = new ArrayList<>();
    if (chartAbs != null && chartAbs.startsWith(outAbs)) {
      Map<String, byte[]> all = new LinkedHashMap<>(files);
      String prefix = outAbs.relativize(chartAbs).toString().replace('\\', '/');
      all.putAll(OutputDir.under(prefix, chartFiles));
      targets.add(new OutputDir.Target(out, all, "--out"));
    } else {
      if (chartAbs != null && outAbs.startsWith(chartAbs)) {
        throw new InputException(
            new Problem(out.toString(), 0, 0, "--out", null, Msg.OUT_INSIDE_CHARTS, chartDir));
      }
      targets.add(new OutputDir.Target(out, files, "--out"));
      if (chartDir != null) {
        targets.add(new OutputDir.Target(chartDir, chartFiles, "--charts"));
      }
    }
    return OutputDir.commit(targets, force, inputs);
  }

  /**
   * The directories a run read from and must never write into: each scenario file's directory, the
   * data directory and the directory holding it (the project).
   */
  static Map<Path, Msg> inputs(List<ScenarioSpec> specs) {
    Map<Path, Msg> m = new LinkedHashMap<>();
    for (ScenarioSpec s : specs) {
      if (s.file() != null && s.file().toAbsolutePath().getParent() != null) {
        m.put(s.file().toAbsolutePath().getParent(), Msg.DIR_SCENARIO);
      }
      if (s.dataDir() != null) {
        Path data = s.dataDir().toAbsolutePath().normalize();
        m.put(data, Msg.DIR_DATA);
        if (data.getParent() != null) {
          m.putIfAbsent(data.getParent(), Msg.DIR_PROJECT);
        }
      }
    }
    return m;
  }
}
