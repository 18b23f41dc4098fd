package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import jp.popvision.io.InputException;
import jp.popvision.io.Manifest;
import jp.popvision.io.OutputDir;
import jp.popvision.scenario.InputData;

/**
 * {@code popvision backtest --area all|PREF}: {@link AreaBacktest} for every area of the group and
 * every base year, the prefecture's rates taken from the sum of all its municipalities; writes
 * {@code backtest_areas.csv}, {@code backtest_summary.csv}, the age-structure files ({@link
 * #AGES_CSV} for a prefecture only, {@link #AGES_SUMMARY_CSV}), the box-plot charts of the 2020
 * errors from every base year ({@link #chartFile(int)}, drawn by {@link BacktestErrorCharts}) and
 * the manifest. The areas are run by {@link GroupBacktest}.
 */
public final class NationalBacktest {
  private NationalBacktest() {}

  /** The base years of a national backtest. */
  public static final int[] BASE_YEARS = {1995, 2000, 2005, 2010, 2015};

  public static final String AREAS_CSV = "backtest_areas.csv";
  public static final String SUMMARY_CSV = "backtest_summary.csv";

  /**
   * The age-sex cells of every projection against the census up to 2015; written only for a
   * prefecture (for {@code --area all} it would hold about 6.6 million lines, some 300 MB, so only
   * {@link #AGES_SUMMARY_CSV} is written).
   */
  public static final String AGES_CSV = "backtest_ages.csv";

  public static final String AGES_SUMMARY_CSV = "backtest_ages_summary.csv";

  /** The 2015 → 2020 chart; the longer horizons are {@link #chartFile(int)}. */
  public static final String CHART = "backtest_errors_2020.png";

  /** The chart of the 2020 errors from {@code baseYear}. */
  public static String chartFile(int baseYear) {
    return baseYear == 2015 ? CHART : "backtest_errors_2020_h" + (2020 - baseYear) + ".png";
  }

  /** Rows, summary, output directory, failures and the seconds the computation took. */
  public record Result(
      List<AreaBacktest.Row> rows,
      List<BacktestSummary.Line> summary,
      Path outDir,
      List<String> failed,
      int areas,
      double seconds,
      String chosen,
      List<BacktestSummary.AgeLine> ages) {}

  /** The methods the default is chosen among (those that run for every area). */
  public static final List<String> CANDIDATES =
      AreaBacktest.METHODS.stream().filter(m -> !m.equals("register-counts")).toList();

  /**
   * Null when {@code group} names no group of areas (then it names one area); {@code progress} (may
   * be null) is told the areas done and the areas in all.
   */
  public static Result run(
      Path scenario,
      String group,
      int[] baseYears,
      Path out,
      boolean force,
      List<String> cmd,
      String version,
      java.util.function.BiConsumer<Integer, Integer> progress,
      jp.popvision.chart.Lang chartLang,
      int dpi)
      throws InputException, IOException {
    List<LoadedScenario> areas = LoadedScenario.readGroup(scenario, group);
    if (areas == null) {
      return null;
    }
    List<InputData> data = areas.stream().map(LoadedScenario::data).toList();
    long t0 = System.nanoTime();
    List<String> failed = Collections.synchronizedList(new ArrayList<>());
    String label = group.strip().toLowerCase(java.util.Locale.ROOT);
    boolean national = label.equals("all");
    Computed c =
        computeAll(
            data,
            baseYears,
            failed,
            progress == null ? null : done -> progress.accept(done, data.size()),
            !national);
    List<AreaBacktest.Row> rows = c.totals();
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<String> methods = new ArrayList<>(AreaBacktest.METHODS);
    methods.add(AreaBacktest.IPSS);
    List<BacktestSummary.Line> summary = BacktestSummary.of(rows, methods);
    String chosen = BacktestSummary.choose(summary, CANDIDATES);
    List<BacktestSummary.AgeLine> ages = BacktestSummary.ages(c.ageStats(), methods);
    Map<String, byte[]> files = files(c, summary, ages, national, baseYears, chartLang, dpi);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("areas", group);
    settings.put("areas_run", data.size());
    settings.put("shrink_k", AreaBacktest.SHRINK_K);
    settings.put("failed", failed.size());
    settings.put("chosen_on_targets_to_2015", chosen);
    LoadedScenario first = areas.get(0);
    files.put(OutputDir.MANIFEST, manifest(files, first, failed, settings, version, cmd));
    Path target =
        out != null
            ? out
            : Path.of(
                "out",
                "backtest-" + (national ? "all" : first.data().area().code().substring(0, 2)));
    OutputDir.write(target, files, force);
    return new Result(rows, summary, target, failed, data.size(), seconds, chosen, ages);
  }

  /** The CSV files and charts of a backtest, in output order (the manifest still to add). */
  private static Map<String, byte[]> files(
      Computed c,
      List<BacktestSummary.Line> summary,
      List<BacktestSummary.AgeLine> ages,
      boolean national,
      int[] baseYears,
      jp.popvision.chart.Lang chartLang,
      int dpi) {
    List<AreaBacktest.Row> rows = c.totals();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(AREAS_CSV, OutputDir.utf8(BacktestCsv.areasCsv(rows)));
    files.put(SUMMARY_CSV, OutputDir.utf8(BacktestCsv.summaryCsv(summary)));
    if (!national) {
      files.put(AGES_CSV, OutputDir.utf8(BacktestCsv.agesCsv(c.ages())));
    }
    files.put(AGES_SUMMARY_CSV, OutputDir.utf8(BacktestCsv.agesSummaryCsv(ages)));
    if (chartLang != null) {
      for (int b : baseYears) {
        if (b < AreaBacktest.LAST_YEAR) {
          files.put(chartFile(b), BacktestErrorCharts.chart(rows, b, chartLang, dpi));
        }
      }
    }
    return files;
  }

  /** The manifest of a backtest that writes {@code files} (and the manifest). */
  private static byte[] manifest(
      Map<String, byte[]> files,
      LoadedScenario first,
      List<String> failed,
      Map<String, Object> settings,
      String version,
      List<String> cmd)
      throws IOException {
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    List<String> notes = new ArrayList<>(failed.stream().sorted().limit(50).toList());
    return OutputDir.utf8(
        Manifest.of(
            version,
            cmd,
            "backtest",
            first.spec().file(),
            first.spec().dataDir(),
            first.data().dataFiles(),
            names,
            notes,
            List.of(),
            List.of(),
            List.of(),
            settings));
  }

  /**
   * The total rows, the age-structure rows (only when {@code keepAges}: they are large) and the
   * age-structure statistics of every area and base year.
   */
  public record Computed(
      List<AreaBacktest.Row> totals,
      List<AreaBacktest.AgeRow> ages,
      List<BacktestSummary.AgeStat> ageStats) {}

  /**
   * The rows of every area (in the order of {@code data}) and base year; areas run in parallel,
   * {@code progress} is told the number of areas done.
   */
  public static List<AreaBacktest.Row> compute(
      List<InputData> data, int[] baseYears, List<String> failed, IntConsumer progress) {
    return computeAll(data, baseYears, failed, progress, false).totals();
  }

  /** As {@link #compute}, with the age structures. */
  public static Computed computeAll(
      List<InputData> data,
      int[] baseYears,
      List<String> failed,
      IntConsumer progress,
      boolean keepAges) {
    return GroupBacktest.computeAll(data, baseYears, failed, progress, keepAges);
  }
}
