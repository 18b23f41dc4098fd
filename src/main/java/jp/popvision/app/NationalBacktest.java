package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import jp.popvision.engine.Migration;
import jp.popvision.io.InputException;
import jp.popvision.io.Manifest;
import jp.popvision.io.OutputDir;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;

/**
 * {@code popvision backtest --area all|PREF}: {@link AreaBacktest} for every area of the group and
 * every base year, the prefecture's rates taken from the sum of all its municipalities; writes
 * {@code backtest_areas.csv}, {@code backtest_summary.csv} and the manifest.
 */
public final class NationalBacktest {
  private NationalBacktest() {}

  /** The base years of a national backtest. */
  public static final int[] BASE_YEARS = {1995, 2000, 2005, 2010, 2015};

  public static final String AREAS_CSV = "backtest_areas.csv";
  public static final String SUMMARY_CSV = "backtest_summary.csv";
  public static final String CHART = "backtest_errors_2020.png";

  /** The methods of the box-plot chart; IPSS 2018 last, as the reference. */
  static final List<String> CHART_METHODS =
      List.of("cohort-change", "default", "net-rates-avg2", AreaBacktest.IPSS);

  private static final List<String> CLASS_LABELS =
      List.of("5千人未満", "5千〜2万人", "2万〜10万人", "10万人以上", "全地域");

  /** Box plots of the 2015 → 2020 errors on the areas IPSS 2018 projected, by size class. */
  static byte[] chart(List<AreaBacktest.Row> rows) {
    java.util.Set<String> ipss = new java.util.HashSet<>();
    rows.stream()
        .filter(r -> r.method().equals(AreaBacktest.IPSS))
        .forEach(r -> ipss.add(r.areaCode()));
    List<jp.popvision.chart.BacktestBoxChart.Series> series = new ArrayList<>();
    for (String m : CHART_METHODS) {
      List<double[]> byClass = new ArrayList<>();
      for (String size : BacktestSummary.SIZE_CLASSES) {
        byClass.add(
            rows.stream()
                .filter(
                    r ->
                        r.method().equals(m)
                            && r.baseYear() == 2015
                            && r.year() == AreaBacktest.LAST_YEAR
                            && ipss.contains(r.areaCode())
                            && (size.equals("all")
                                || BacktestSummary.sizeClass(r.basePopulation()).equals(size)))
                .mapToDouble(AreaBacktest.Row::errorPct)
                .toArray());
      }
      series.add(
          new jp.popvision.chart.BacktestBoxChart.Series(
              m.equals(AreaBacktest.IPSS) ? "社人研 平成30年推計" : m, byClass));
    }
    return jp.popvision.chart.BacktestBoxChart.render(
        "2020年人口の誤差率(2015年基準、" + ipss.size() + "市区町村)",
        "人口規模別、推計 − 国勢調査(%)",
        CLASS_LABELS,
        series,
        jp.popvision.chart.ChartWriter.BASE_DPI);
  }

  /** Rows, summary, output directory, failures and the seconds the computation took. */
  public record Result(
      List<AreaBacktest.Row> rows,
      List<BacktestSummary.Line> summary,
      Path outDir,
      List<String> failed,
      int areas,
      double seconds,
      String chosen) {}

  /** The methods the default is chosen among (those that run for every area). */
  public static final List<String> CANDIDATES =
      AreaBacktest.METHODS.stream().filter(m -> !m.equals("register-counts")).toList();

  /** Null when {@code group} names no group of areas (then it names one area). */
  public static Result run(
      Path scenario,
      String group,
      int[] baseYears,
      Path out,
      boolean force,
      List<String> cmd,
      String version,
      IntConsumer progress)
      throws InputException, IOException {
    List<LoadedScenario> areas = LoadedScenario.readGroup(scenario, group);
    if (areas == null) {
      return null;
    }
    List<InputData> data = areas.stream().map(LoadedScenario::data).toList();
    long t0 = System.nanoTime();
    List<String> failed = Collections.synchronizedList(new ArrayList<>());
    List<AreaBacktest.Row> rows = compute(data, baseYears, failed, progress);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<String> methods = new ArrayList<>(AreaBacktest.METHODS);
    methods.add(AreaBacktest.IPSS);
    List<BacktestSummary.Line> summary = BacktestSummary.of(rows, methods);
    String chosen = BacktestSummary.choose(summary, CANDIDATES);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(AREAS_CSV, OutputDir.utf8(BacktestSummary.areasCsv(rows)));
    files.put(SUMMARY_CSV, OutputDir.utf8(BacktestSummary.summaryCsv(summary)));
    files.put(CHART, chart(rows));
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("areas", group);
    settings.put("areas_run", data.size());
    settings.put("shrink_k", AreaBacktest.SHRINK_K);
    settings.put("failed", failed.size());
    settings.put("chosen_on_targets_to_2015", chosen);
    LoadedScenario first = areas.get(0);
    List<String> notes = new ArrayList<>(failed.stream().sorted().limit(50).toList());
    files.put(
        OutputDir.MANIFEST,
        OutputDir.utf8(
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
                settings)));
    String label = group.strip().toLowerCase(java.util.Locale.ROOT);
    Path target =
        out != null
            ? out
            : Path.of(
                "out",
                "backtest-"
                    + (label.equals("all") ? "all" : first.data().area().code().substring(0, 2)));
    OutputDir.write(target, files, force);
    return new Result(rows, summary, target, failed, data.size(), seconds, chosen);
  }

  /**
   * The rows of every area (in the order of {@code data}) and base year; areas run in parallel,
   * {@code progress} is told the number of areas done.
   */
  public static List<AreaBacktest.Row> compute(
      List<InputData> data, int[] baseYears, List<String> failed, IntConsumer progress) {
    Map<String, Map<Integer, Migration.NetRates>> pref = prefectureRates(data, baseYears);
    @SuppressWarnings("unchecked")
    List<AreaBacktest.Row>[] out = new List[data.size()];
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, data.size())
        .parallel()
        .forEach(
            i -> {
              InputData d = data.get(i);
              Map<Integer, Migration.NetRates> p = pref.get(prefecture(d));
              List<AreaBacktest.Row> rows = new ArrayList<>();
              for (int b : baseYears) {
                try {
                  rows.addAll(AreaBacktest.run(d, b, p::get, failed));
                } catch (RuntimeException e) {
                  failed.add(d.area().code() + " " + b + ": " + e.getMessage());
                }
              }
              out[i] = rows;
              if (progress != null) {
                progress.accept(done.incrementAndGet());
              }
            });
    List<AreaBacktest.Row> all = new ArrayList<>();
    for (List<AreaBacktest.Row> r : out) {
      all.addAll(r);
    }
    return all;
  }

  private static String prefecture(InputData d) {
    return d.area().code().substring(0, 2);
  }

  /**
   * Residual rates of each prefecture (the sum of its areas' censuses) for the period before each
   * base year.
   */
  static Map<String, Map<Integer, Migration.NetRates>> prefectureRates(
      List<InputData> data, int[] baseYears) {
    Map<String, List<InputData>> byPref = new TreeMap<>();
    data.forEach(d -> byPref.computeIfAbsent(prefecture(d), k -> new ArrayList<>()).add(d));
    Map<String, Map<Integer, Migration.NetRates>> out = new HashMap<>();
    for (var e : byPref.entrySet()) {
      InputData sum = summed(e.getValue());
      Map<Integer, Migration.NetRates> rates = new HashMap<>();
      for (int b : baseYears) {
        if (sum.census().containsKey(b - 5) && sum.census().containsKey(b)) {
          rates.put(b - 5, AreaBacktest.residual(sum.knownAt(b), b - 5).rates());
        }
      }
      out.put(e.getKey(), rates);
    }
    return out;
  }

  /** The census of the areas summed by year (years every area has), with the national tables. */
  static InputData summed(List<InputData> areas) {
    NavigableMap<Integer, Population> census = new TreeMap<>();
    for (int year : areas.get(0).census().keySet()) {
      Population s = null;
      boolean all = true;
      for (InputData d : areas) {
        Population p = d.census().get(year);
        if (p == null) {
          all = false;
          break;
        }
        s =
            s == null
                ? p
                : new Population(
                    p.groups(), year, s.male().plus(p.male()), s.female().plus(p.female()));
      }
      if (all) {
        census.put(year, s);
      }
    }
    InputData a = areas.get(0);
    return new InputData(
        census,
        new TreeMap<>(),
        a.lifeTables(),
        a.wppFertilityPattern(),
        a.wppSrb(),
        a.mhlwFertilityPattern(),
        new TreeMap<>(),
        new TreeMap<>(),
        List.of(),
        Map.of(),
        null,
        null,
        a.dataFiles());
  }
}
