package jp.popvision.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import jp.popvision.engine.Migration;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;

/**
 * The computation of {@link NationalBacktest}: {@link AreaBacktest} for every area of a group and
 * every base year, in parallel, with each prefecture's residual rates from the sum of its areas'
 * censuses. Pure (no files).
 */
final class GroupBacktest {
  private GroupBacktest() {}

  /** See {@link NationalBacktest#computeAll}. */
  static NationalBacktest.Computed computeAll(
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
    return new NationalBacktest.Computed(all, allAges, allStats);
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
          rates.put(b - 5, AreaMethods.residual(sum.knownAt(b), b - 5).rates());
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
