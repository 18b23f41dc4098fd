package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.engine.Projection;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ObservedTotals;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

class BacktestTest {
  static final Path FILE = TestData.root().resolve("scenarios/target.yaml");

  @Test
  void theDataViewAtABaseYearHoldsNothingLater() throws Exception {
    InputData known = TestData.asakura().knownAt(2010);
    assertEquals(2010, known.census().lastKey());
    assertEquals(2010, known.observed().lastKey());
    assertTrue(known.ipssH30().isEmpty());
    assertTrue(known.ipssR5().isEmpty());
    assertTrue(known.register().stream().allMatch(r -> r.to().getYear() <= 2010));
    assertFalse(known.register().isEmpty());
  }

  /** Changing every figure dated after the base year must not change any projection. */
  @Test
  void projectionsDoNotDependOnLaterData() throws Exception {
    InputData full = TestData.asakura();
    NavigableMap<Integer, Population> census = new TreeMap<>(full.census());
    census.put(
        2015,
        new Population(
            census.get(2015).groups(),
            2015,
            census.get(2015).male().scale(2),
            census.get(2015).female().scale(0.5)));
    NavigableMap<Integer, ObservedTotals> observed = new TreeMap<>(full.observed());
    observed.put(2020, new ObservedTotals(2020, 1, 1.0, 1.0, 1.0, "altered"));
    InputData altered =
        new InputData(
            census,
            new TreeMap<>(),
            full.lifeTables(),
            full.wppFertilityPattern(),
            full.wppSrb(),
            full.mhlwFertilityPattern(),
            observed,
            new TreeMap<>(),
            full.register().stream()
                .map(
                    r ->
                        r.to().getYear() > 2010
                            ? new jp.popvision.scenario.RegisterYear(
                                r.from(), r.to(), r.label(), r.coverage(), 1e6)
                            : r)
                .toList());
    Backtest.Result a = Backtest.run(full, TestData.data(), FILE, 2010);
    Backtest.Result b = Backtest.run(altered, TestData.data(), FILE, 2010);
    for (String m : Backtest.METHODS) {
      Projection pa = a.projections().get(m);
      Projection pb = b.projections().get(m);
      for (int k = 0; k < pa.populations().size(); k++) {
        assertEquals(pa.populations().get(k), pb.populations().get(k), m);
      }
    }
  }

  @Test
  void ipss2018ErrorFor2020IsThePublishedOne() throws Exception {
    Backtest.Result r = Backtest.run(TestData.asakura(), TestData.data(), FILE, 2015);
    Backtest.Row ipss =
        r.rows().stream().filter(x -> x.method().equals(Backtest.IPSS)).findFirst().orElseThrow();
    // IPSS 2018 projected 48,660 for 2020; the census counted 50,273: −1,613 (−3.2 %)
    assertEquals(2020, ipss.year());
    assertEquals(-1613, ipss.error(), 1e-9);
    assertEquals(-3.2, ipss.errorPct(), 0.05);
    for (String m : Backtest.METHODS) {
      assertTrue(
          r.rows().stream()
              .anyMatch(x -> x.method().equals(m) && x.year() == 2020 && x.group().equals("total")),
          m);
    }
  }

  @Test
  void registerLevelSumsTheFiveLatestYearsBeforeTheCensus() throws Exception {
    InputData known = TestData.asakura().knownAt(2015);
    // register_population_movement.csv, 朝倉市 402281: CY2014 total −319, CY2013 total −236,
    // FY2012 Japanese −52 (its total holds the one-off registration of foreign residents),
    // FY2011 −244, FY2010 −174
    assertEquals(-319 - 236 - 52 - 244 - 174, Backtest.registerSum(known, 2015).total(), 1e-9);
    // before the 2006 merger the three towns are summed: FY2004 甘木市 −237, 杷木町 −67, 朝倉町 −91 …
    InputData k2005 = TestData.asakura().knownAt(2005);
    assertTrue(Backtest.registerSum(k2005, 2005).periods().get(0).startsWith("FY2004"));
  }

  @Test
  void mapeAveragesAbsoluteErrorsOverBaseYears() {
    Backtest.Result r1 =
        new Backtest.Result(
            2010,
            java.util.List.of(new Backtest.Row("net-rates", 2010, 2015, "total", 110, 100)),
            java.util.Map.of(),
            java.util.List.of());
    Backtest.Result r2 =
        new Backtest.Result(
            2015,
            java.util.List.of(new Backtest.Row("net-rates", 2015, 2020, "total", 95, 100)),
            java.util.Map.of(),
            java.util.List.of());
    Backtest.Mape m = Backtest.mape(java.util.List.of(r1, r2)).get(0);
    assertEquals(5, m.horizon());
    assertEquals(2, m.bases());
    assertEquals((10 + 5) / 2.0, m.total(), 1e-12);
  }
}
