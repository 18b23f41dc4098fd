package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.chart.BacktestChartData;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.FontChoice;
import jp.popvision.engine.Projection;
import jp.popvision.io.ChartIndex;
import jp.popvision.io.CsvFormat;
import jp.popvision.io.InputException;
import jp.popvision.io.Manifest;
import jp.popvision.io.Msg;
import jp.popvision.io.OutputDir;
import jp.popvision.io.Problem;
import jp.popvision.io.ResolveText;
import jp.popvision.io.ScenarioReader;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolveException;

/** The backtest pipeline: every base year, every method, tables written as a whole. */
public final class BacktestRun {
  private BacktestRun() {}

  public record Result(
      List<Backtest.Result> results,
      List<Backtest.Mape> mape,
      Path outDir,
      List<jp.popvision.io.Msg.Text> notes,
      List<String> kept) {}

  /**
   * Backtests every method from each of {@code baseYears} for the scenario's area or {@code area}
   * ({@code --area}; null: the scenario's own), and writes the tables (and, unless {@code charts}
   * is null, the chart) as a whole; with {@code workbook} (a language) also {@code tables.xlsx}.
   */
  public static Result run(
      Path scenario,
      String area,
      int[] baseYears,
      Path out,
      boolean force,
      List<String> cmd,
      String version,
      Simulation.ChartOptions charts,
      jp.popvision.io.Lang workbook)
      throws InputException, IOException {
    LoadedScenario loaded = LoadedScenario.read(scenario, area);
    // the scenario must be one simulate accepts: its problems are reported the same way
    loaded.resolve();
    ScenarioReader.ScenarioFile file = loaded.file();
    Path dataDir = file.spec().dataDir();
    InputData data = loaded.data();
    List<jp.popvision.io.Msg.Text> notes = new ArrayList<>();
    List<Backtest.Result> results = backtests(data, dataDir, file, baseYears, notes);
    List<Backtest.Mape> mape = Backtest.mape(results);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("backtest.csv", OutputDir.utf8(backtestCsv(results)));
    files.put("mape.csv", OutputDir.utf8(mapeCsv(mape)));
    jp.popvision.io.Xlsx.addTo(files, workbook, version);
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    files.put(
        OutputDir.MANIFEST,
        OutputDir.utf8(
            Manifest.of(
                version,
                cmd,
                "backtest",
                file.spec().file(),
                dataDir,
                data.dataFiles(),
                names,
                Msg.render(notes, jp.popvision.io.Lang.EN),
                List.of(),
                List.of(),
                List.of(),
                Map.of())));
    Path target =
        out != null
            ? out
            : Path.of(
                "out", loaded.areaFromOption() ? "backtest-" + data.area().code() : "backtest");
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    Path chartDir = null;
    if (charts != null) {
      chartDir = charts.dir() != null ? charts.dir() : target;
      chartFiles = chartFiles(charts, results, data, version);
    }
    List<String> kept =
        RunOutputs.writeWithCharts(
            target, files, chartDir, chartFiles, force, RunOutputs.inputs(List.of(file.spec())));
    return new Result(results, mape, target, notes, kept);
  }

  /** Backtests from every base year; their notes go to {@code notes}. */
  private static List<Backtest.Result> backtests(
      InputData data,
      Path dataDir,
      ScenarioReader.ScenarioFile file,
      int[] baseYears,
      List<jp.popvision.io.Msg.Text> notes)
      throws InputException {
    List<Backtest.Result> results = new ArrayList<>();
    for (int y : baseYears) {
      try {
        Backtest.Result r = Backtest.run(data, dataDir, file.spec().file(), y);
        results.add(r);
        notes.addAll(r.notes());
      } catch (ResolveException e) {
        throw new InputException(
            new Problem(
                "(command line)",
                0,
                0,
                e.key(),
                String.valueOf(y),
                ResolveText.msg(e),
                ResolveText.args(e)));
      }
    }
    return results;
  }

  /** The backtest chart and the chart index. */
  private static Map<String, byte[]> chartFiles(
      Simulation.ChartOptions charts,
      List<Backtest.Result> results,
      InputData data,
      String version) {
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    ChartWriter writer =
        new ChartWriter(
            charts.lang(),
            charts.dpi(),
            charts.font() != null ? charts.font() : FontChoice.detect());
    NavigableMap<Integer, Map<String, Projection>> byBase = new TreeMap<>();
    results.forEach(r -> byBase.put(r.baseYear(), r.projections()));
    NavigableMap<Integer, Double> census = new TreeMap<>();
    data.observed().forEach((y, o) -> census.put(y, o.total()));
    NavigableMap<Integer, Double> ipss = new TreeMap<>();
    data.ipssH30().forEach((y, p) -> ipss.put(y, p.total()));
    int ipssBase = data.ipssH30().isEmpty() ? -1 : data.ipssH30().firstKey();
    chartFiles.put(
        ChartWriter.BACKTEST,
        writer.renderBacktest(BacktestChartData.of(byBase, census, ipss, ipssBase)));
    chartFiles.put(
        ChartIndex.FILE,
        OutputDir.utf8(
            ChartIndex.of(
                version,
                "backtest",
                "backtest",
                writer.lang().key(),
                writer.dpi(),
                ChartWriter.pixelWidth(writer.dpi()),
                ChartWriter.pixelHeight(writer.dpi()),
                List.of(ChartWriter.BACKTEST))));
    return chartFiles;
  }

  static String backtestCsv(List<Backtest.Result> results) {
    StringBuilder sb =
        new StringBuilder("method,base_year,year,group,projected,actual,error,error_pct\n");
    for (Backtest.Result r : results) {
      for (Backtest.Row row : r.rows()) {
        sb.append(row.method())
            .append(',')
            .append(row.baseYear())
            .append(',')
            .append(row.year())
            .append(',')
            .append(row.group())
            .append(',')
            .append(CsvFormat.count(row.projected()))
            .append(',')
            .append(CsvFormat.count(row.actual()))
            .append(',')
            .append(CsvFormat.count(row.error()))
            .append(',')
            .append(CsvFormat.fixed(row.errorPct(), 2))
            .append('\n');
      }
    }
    return sb.toString();
  }

  static String mapeCsv(List<Backtest.Mape> mape) {
    StringBuilder sb =
        new StringBuilder("method,horizon_years,base_years,mape_total_pct,mape_age_groups_pct\n");
    for (Backtest.Mape m : mape) {
      sb.append(m.method())
          .append(',')
          .append(m.horizon())
          .append(',')
          .append(m.bases())
          .append(',')
          .append(CsvFormat.fixed(m.total(), 2))
          .append(',')
          .append(CsvFormat.optional(m.ageGroups(), 2))
          .append('\n');
    }
    return sb.toString();
  }
}
