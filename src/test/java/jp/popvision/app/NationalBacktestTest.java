package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NationalBacktestTest {
  static final Path FILE = TestData.root().resolve("scenarios/target.yaml");

  /** Fukuoka's 60 municipalities (Asakura among them). */
  static List<InputData> fukuoka;

  static List<AreaBacktest.Row> rows;

  @BeforeAll
  static void run() throws Exception {
    fukuoka = LoadedScenario.readGroup(FILE, "40").stream().map(LoadedScenario::data).toList();
    rows = NationalBacktest.compute(fukuoka, NationalBacktest.BASE_YEARS, new ArrayList<>(), null);
  }

  /** Every census figure dated after {@code year} of the data multiplied by 1.37. */
  static InputData alteredAfter(InputData d, int year) {
    NavigableMap<Integer, Population> census = new TreeMap<>(d.census());
    census.replaceAll(
        (y, p) ->
            y > year
                ? new Population(p.groups(), y, p.male().scale(1.37), p.female().scale(1.37))
                : p);
    var observed = new TreeMap<>(d.observed());
    observed.replaceAll(
        (y, o) ->
            y > year
                ? new jp.popvision.scenario.ObservedTotals(
                    y, o.total() * 1.37, null, null, null, o.source())
                : o);
    return new InputData(
        census,
        new TreeMap<>(),
        d.lifeTables(),
        d.wppFertilityPattern(),
        d.wppSrb(),
        d.mhlwFertilityPattern(),
        observed,
        new TreeMap<>(),
        d.register().stream().filter(r -> r.to().getYear() <= year).toList(),
        Map.of(),
        d.area(),
        year >= 2015 ? d.tfrBayes() : 9.99,
        d.dataFiles());
  }

  @Test
  void noAreaReadsDataAfterItsBaseYear() {
    Set<String> altered = Set.of("40228", "40100", "40646");
    for (int base : new int[] {1995, 2000, 2005, 2010}) {
      List<InputData> data = new ArrayList<>();
      for (InputData d : fukuoka) {
        data.add(altered.contains(d.area().code()) ? alteredAfter(d, base) : d);
      }
      List<AreaBacktest.Row> after =
          NationalBacktest.compute(data, new int[] {base}, new ArrayList<>(), null);
      Map<String, Double> projected = new HashMap<>();
      Map<String, Double> actual = new HashMap<>();
      for (AreaBacktest.Row r : rows) {
        if (r.baseYear() == base) {
          projected.put(r.areaCode() + r.method() + r.year(), r.projected());
          actual.put(r.areaCode() + r.method() + r.year(), r.actual());
        }
      }
      int seen = 0;
      for (AreaBacktest.Row r : after) {
        if (r.method().equals(AreaBacktest.IPSS)) {
          continue;
        }
        Double before = projected.get(r.areaCode() + r.method() + r.year());
        assertEquals(before, r.projected(), 1e-9, r.toString());
        if (altered.contains(r.areaCode())) {
          seen++;
          // the comparison itself does see the altered later census
          assertNotEquals(actual.get(r.areaCode() + r.method() + r.year()), r.actual());
        }
      }
      assertTrue(seen > 20, "altered areas were backtested from " + base);
    }
  }

  @Test
  void summaryEqualsStatisticsComputedFromTheAreasCsv() throws Exception {
    List<String> methods = new ArrayList<>(AreaBacktest.METHODS);
    methods.add(AreaBacktest.IPSS);
    String csv = BacktestSummary.areasCsv(rows);
    List<BacktestSummary.Line> summary = BacktestSummary.of(rows, methods);
    // base populations straight from the census file, both sexes' total column
    Map<String, Double> basePop = new HashMap<>();
    for (var r :
        TestData.csv(TestData.data().resolve("municipalities/census_age5_sex_1980_2015.csv"))) {
      if (r.get("area_code").startsWith("40")) {
        basePop.merge(
            r.get("area_code") + "/" + r.get("year"),
            Double.parseDouble(r.get("total")),
            Double::sum);
      }
    }
    Path tmp = java.nio.file.Files.createTempFile("backtest_areas", ".csv");
    java.nio.file.Files.writeString(tmp, csv);
    List<Map<String, String>> lines = TestData.csv(tmp);
    java.nio.file.Files.delete(tmp);
    Set<String> ipssAreas = new HashSet<>();
    lines.stream()
        .filter(l -> l.get("method").equals("ipss-h30"))
        .forEach(l -> ipssAreas.add(l.get("area_code")));
    assertFalse(ipssAreas.isEmpty());
    int checked = 0;
    for (BacktestSummary.Line s : summary) {
      List<Double> e = new ArrayList<>();
      for (Map<String, String> l : lines) {
        int base = Integer.parseInt(l.get("base_year"));
        int year = Integer.parseInt(l.get("year"));
        if (!l.get("method").equals(s.method()) || base != s.baseYear() || year != s.year()) {
          continue;
        }
        if (base == 2015 && year == 2020 && !ipssAreas.contains(l.get("area_code"))) {
          continue;
        }
        double pop = basePop.get(l.get("area_code") + "/" + base);
        String size =
            pop < 5000
                ? "lt5000"
                : pop < 20000 ? "5000-19999" : pop < 100000 ? "20000-99999" : "ge100000";
        if (s.sizeClass().equals("all") || s.sizeClass().equals(size)) {
          e.add(Double.parseDouble(l.get("error_pct")));
        }
      }
      assertEquals(e.size(), s.areas(), s.toString());
      List<Double> abs = new ArrayList<>(e.stream().map(Math::abs).sorted().toList());
      double mean = abs.stream().mapToDouble(x -> x).sum() / abs.size();
      double signed = e.stream().mapToDouble(x -> x).sum() / e.size();
      assertEquals(quantile(abs, 0.5), s.medianApe(), 1e-3, s.toString());
      assertEquals(quantile(abs, 0.9), s.p90Ape(), 1e-3, s.toString());
      assertEquals(mean, s.mape(), 1e-3, s.toString());
      assertEquals(signed, s.meanPe(), 1e-3, s.toString());
      checked++;
    }
    assertTrue(checked > 100, "summary lines checked: " + checked);
  }

  /** Type 7 by hand on a sorted list: h = (n − 1) p, interpolate between its neighbours. */
  private static double quantile(List<Double> sorted, double p) {
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.size() - 1);
    return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
  }

  /**
   * The independent anchor of issue 11, computed by its author from the shipped files: IPSS 2018's
   * 2020 figure against the 2020 census over the 1,680 areas in both: median 1.18 %, mean 1.73 %,
   * mean signed −0.50 %, 90th percentile 3.68 %.
   */
  @Test
  void ipss2018AnchorOverEveryArea() throws Exception {
    List<AreaBacktest.Row> ipss = new ArrayList<>();
    for (LoadedScenario l : LoadedScenario.readGroup(FILE, "all")) {
      ipss.addAll(AreaBacktest.ipss(l.data(), 2015));
    }
    BacktestSummary.Line all =
        BacktestSummary.of(ipss, List.of(AreaBacktest.IPSS)).stream()
            .filter(l -> l.sizeClass().equals("all"))
            .findFirst()
            .orElseThrow();
    assertEquals(1680, all.areas());
    assertEquals(1.18, all.medianApe(), 0.005);
    assertEquals(1.73, all.mape(), 0.005);
    assertEquals(-0.50, all.meanPe(), 0.005);
    assertEquals(3.68, all.p90Ape(), 0.005);
  }

  @Test
  void asakuraMatchesTheSingleAreaBacktest() {
    // the national run's net-rates 2015 → 2020 for 朝倉市 is the single-area backtest's figure
    Backtest.Result single = Backtest.run(TestData.asakura(), TestData.data(), FILE, 2015);
    double expected =
        single.rows().stream()
            .filter(
                r ->
                    r.method().equals("net-rates") && r.group().equals("total") && r.year() == 2020)
            .findFirst()
            .orElseThrow()
            .projected();
    double national =
        rows.stream()
            .filter(
                r ->
                    r.areaCode().equals("40228")
                        && r.method().equals("net-rates")
                        && r.baseYear() == 2015
                        && r.year() == 2020)
            .findFirst()
            .orElseThrow()
            .projected();
    assertEquals(expected, national, 0.5);
  }
}
