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
 * {@code backtest_areas.csv}, {@code backtest_summary.csv}, the age-structure files ({@link
 * #AGES_CSV} for a prefecture only, {@link #AGES_SUMMARY_CSV}), the box-plot charts of the 2020
 * errors from every base year ({@link #chartFile(int)}) and the manifest.
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

  /** The methods of the box-plot charts; IPSS 2018 last, as the reference. */
  static final List<String> CHART_METHODS =
      List.of(
          "net-rates",
          "net-rates-avg2",
          "net-counts",
          "cohort-change",
          "cohort-change-avg2",
          "default",
          AreaBacktest.IPSS);

  /**
   * Box plots of the errors of the 2020 population projected from {@code baseYear}, on the areas
   * IPSS 2018 projected, by size class; IPSS 2018's 2015 → 2020 errors are the reference.
   */
  static byte[] chart(
      List<AreaBacktest.Row> rows, int baseYear, jp.popvision.chart.Lang lang, int dpi) {
    java.util.Set<String> ipss = new java.util.HashSet<>();
    rows.stream()
        .filter(r -> r.method().equals(AreaBacktest.IPSS))
        .forEach(r -> ipss.add(r.areaCode()));
    List<jp.popvision.chart.BacktestBoxChart.Series> series = new ArrayList<>();
    for (String m : CHART_METHODS) {
      boolean ref = m.equals(AreaBacktest.IPSS);
      int base = ref ? 2015 : baseYear;
      List<double[]> byClass = new ArrayList<>();
      for (String size : BacktestSummary.SIZE_CLASSES) {
        byClass.add(
            rows.stream()
                .filter(
                    r ->
                        r.method().equals(m)
                            && r.baseYear() == base
                            && r.year() == AreaBacktest.LAST_YEAR
                            && ipss.contains(r.areaCode())
                            && (size.equals("all")
                                || BacktestSummary.sizeClass(r.basePopulation()).equals(size)))
                .mapToDouble(AreaBacktest.Row::errorPct)
                .toArray());
      }
      series.add(new jp.popvision.chart.BacktestBoxChart.Series(m, ref, byClass));
    }
    return jp.popvision.chart.BacktestBoxChart.render(
        lang, baseYear, AreaBacktest.LAST_YEAR, ipss.size(), series, dpi);
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
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(AREAS_CSV, OutputDir.utf8(BacktestSummary.areasCsv(rows)));
    files.put(SUMMARY_CSV, OutputDir.utf8(BacktestSummary.summaryCsv(summary)));
    if (!national) {
      files.put(AGES_CSV, OutputDir.utf8(BacktestSummary.agesCsv(c.ages())));
    }
    List<BacktestSummary.AgeLine> ages = BacktestSummary.ages(c.ageStats(), methods);
    files.put(AGES_SUMMARY_CSV, OutputDir.utf8(BacktestSummary.agesSummaryCsv(ages)));
    if (chartLang != null) {
      for (int b : baseYears) {
        if (b < AreaBacktest.LAST_YEAR) {
          files.put(chartFile(b), chart(rows, b, chartLang, dpi));
        }
      }
    }
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
    Path target =
        out != null
            ? out
            : Path.of(
                "out",
                "backtest-" + (national ? "all" : first.data().area().code().substring(0, 2)));
    OutputDir.write(target, files, force);
    return new Result(rows, summary, target, failed, data.size(), seconds, chosen, ages);
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
    Map<String, Map<Integer, Migration.NetRates>> pref = prefectureRates(data, baseYears);
    @SuppressWarnings("unchecked")
    List<AreaBacktest.Row>[] out = new List[data.size()];
    @SuppressWarnings("unchecked")
    List<AreaBacktest.AgeRow>[] ages = new List[data.size()];
    @SuppressWarnings("unchecked")
    List<BacktestSummary.AgeStat>[] stats = new List[data.size()];
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, data.size())
        .parallel()
        .forEach(
            i -> {
              InputData d = data.get(i);
              Map<Integer, Migration.NetRates> p = pref.get(prefecture(d));
              List<AreaBacktest.Row> rows = new ArrayList<>();
              List<AreaBacktest.AgeRow> a = new ArrayList<>();
              List<BacktestSummary.AgeStat> st = new ArrayList<>();
              for (int b : baseYears) {
                try {
                  AreaBacktest.Out o = AreaBacktest.runAll(d, b, p::get, failed);
                  rows.addAll(o.totals());
                  o.ages().forEach(r -> st.add(BacktestSummary.AgeStat.of(r)));
                  if (keepAges) {
                    a.addAll(o.ages());
                  }
                } catch (RuntimeException e) {
                  failed.add(d.area().code() + " " + b + ": " + e.getMessage());
                }
              }
              out[i] = rows;
              ages[i] = a;
              stats[i] = st;
              if (progress != null) {
                progress.accept(done.incrementAndGet());
              }
            });
    List<AreaBacktest.Row> all = new ArrayList<>();
    List<AreaBacktest.AgeRow> allAges = new ArrayList<>();
    List<BacktestSummary.AgeStat> allStats = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      all.addAll(out[i]);
      allAges.addAll(ages[i]);
      allStats.addAll(stats[i]);
    }
    return new Computed(all, allAges, allStats);
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
