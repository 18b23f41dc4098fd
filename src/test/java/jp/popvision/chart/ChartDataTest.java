package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.popvision.app.Simulation;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.engine.StepEvents;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;
import jp.popvision.results.Indicators;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.testutil.Goldens;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every chart's series against figures this run did not compute: the target scenario's golden
 * tables ({@code src/test/resources/golden/target/}, reviewed whenever they are refreshed) and the
 * shipped data files (census, IPSS), both read here with a plain CSV reader. Comparisons with the
 * projection the chart is drawn from only check that the chart shows its input unchanged.
 */
class ChartDataTest {
  static ResolvedScenario scenario;
  static Projection projection;
  static ChartReferences refs;
  static ChartSet set;

  @BeforeAll
  static void project() throws Exception {
    scenario = Simulation.resolve(TestData.root().resolve("scenarios/target.yaml"));
    projection = Projector.run(scenario.base(), scenario.rates());
    Path data = TestData.data();
    InputData in = TestData.asakura();
    refs = ChartReferences.of(in);
    set = ChartSet.of(scenario, projection, refs);
  }

  /** Rows of one of the target scenario's golden tables. */
  static List<Map<String, String>> table(String name) {
    return TestData.csv(Goldens.dir().resolve("target").resolve(name));
  }

  static double num(Map<String, String> row, String col) {
    return Double.parseDouble(row.get(col));
  }

  // ---- total_population.png

  @Test
  void totalLineIsTheProjectedTotalAtEveryInstant() {
    TotalPopulationData d = set.total();
    assertEquals(1, d.projections().size());
    List<YearValue> line = d.projections().get(0).points();
    assertEquals(projection.populations().size(), line.size());
    for (int i = 0; i < line.size(); i++) {
      Population p = projection.populations().get(i);
      assertEquals(p.year(), line.get(i).year());
      assertEquals(p.total(), line.get(i).value(), 1e-9);
    }
    List<Map<String, String>> summary = table("summary.csv");
    assertEquals(summary.size(), line.size());
    for (int i = 0; i < line.size(); i++) {
      assertEquals(num(summary.get(i), "year"), line.get(i).year());
      assertEquals(num(summary.get(i), "total"), line.get(i).value(), 0.005);
    }
    assertEquals("target", d.projections().get(0).name());
    assertEquals(scenario.spec().title(), d.projections().get(0).title());
  }

  @Test
  void censusPointsAreTheCensusFileTotals() {
    List<Map<String, String>> rows =
        TestData.csv(TestData.data().resolve("asakura/census_totals_1980_2020.csv"));
    List<YearValue> census = set.total().census();
    assertEquals(rows.size(), census.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(Integer.parseInt(rows.get(i).get("census_year")), census.get(i).year());
      assertEquals(Double.parseDouble(rows.get(i).get("total")), census.get(i).value(), 0);
    }
    assertEquals(1980, census.get(0).year());
    assertEquals(new YearValue(2020, 50_273), census.get(census.size() - 1));
  }

  @Test
  void ipssLinesAreThePublishedTotals() {
    List<Map<String, String>> h30 =
        TestData.csv(TestData.data().resolve("asakura/ipss_h30_2018_age5_sex_2015_2045.csv"));
    Map<Integer, Double> published = new TreeMap<>();
    for (Map<String, String> r : h30) {
      if (r.get("sex").equals("total") && r.get("age_from").isEmpty()) {
        published.put(Integer.parseInt(r.get("year")), Double.parseDouble(r.get("population")));
      }
    }
    List<YearValue> line = set.total().ipssH30();
    assertEquals(published.size(), line.size());
    for (YearValue p : line) {
      assertEquals(published.get(p.year()), p.value(), 0.5, "IPSS 2018 total " + p.year());
    }
    assertEquals(30_017, line.get(line.size() - 1).value(), 0.5);

    List<Map<String, String>> r5 =
        TestData.csv(TestData.data().resolve("asakura/ipss_r5_2023_totals_3age_2020_2050.csv"));
    List<YearValue> r5line = set.total().ipssR5();
    assertEquals(r5.size(), r5line.size());
    for (int i = 0; i < r5.size(); i++) {
      assertEquals(Integer.parseInt(r5.get(i).get("year")), r5line.get(i).year());
      assertEquals(Double.parseDouble(r5.get(i).get("total")), r5line.get(i).value(), 0);
    }
    assertEquals(new YearValue(2050, 32_828), r5line.get(r5line.size() - 1));
  }

  @Test
  void labelledYearsAre2040And2060AndTheHorizonInsideTheProjection() {
    assertEquals(List.of(2040, 2060, 2070), set.total().labelYears());
    Projection to2050 = truncate(projection, 2050);
    TotalPopulationData d =
        TotalPopulationData.of(List.of(new ScenarioRun("t", "t", to2050)), ChartReferences.none());
    assertEquals(List.of(2040, 2050), d.labelYears());
    assertTrue(d.census().isEmpty());
    Projection to2040 = truncate(projection, 2040);
    assertEquals(
        List.of(2040),
        TotalPopulationData.of(List.of(new ScenarioRun("t", "t", to2040)), ChartReferences.none())
            .labelYears());
  }

  @Test
  void severalScenariosGiveOneLineEach() {
    Projection other = truncate(projection, 2050);
    TotalPopulationData d =
        TotalPopulationData.of(
            List.of(new ScenarioRun("a", "A", projection), new ScenarioRun("b", "B", other)), refs);
    assertEquals(
        List.of("a", "b"), d.projections().stream().map(TotalPopulationData.Line::name).toList());
    assertEquals(other.last().total(), d.projections().get(1).at(2050), 1e-9);
    assertNull(d.projections().get(1).at(2070));
    // with several lines the values are not labelled (they would pile up)
    assertEquals(List.of(), d.labelYears());
  }

  // ---- pyramid_<year>.png

  @Test
  void pyramidsAreDrawnForTheBaseYear2045AndTheHorizonWithTheBaseAsOutline() {
    assertEquals(
        List.of(2015, 2045, 2070), set.pyramids().stream().map(PyramidData::year).toList());
    assertEquals(
        List.of("pyramid_2015.png", "pyramid_2045.png", "pyramid_2070.png"),
        set.pyramids().stream().map(PyramidData::fileName).toList());
    assertNull(set.pyramids().get(0).outline());
    assertSame(projection.base(), set.pyramids().get(1).outline());
    assertSame(projection.base(), set.pyramids().get(2).outline());
    assertEquals(List.of(2015, 2040), PyramidData.years(truncate(projection, 2040)));
    assertThrows(IllegalArgumentException.class, () -> PyramidData.of(projection, List.of(2071)));
  }

  @Test
  void pyramidBarsArePopulationBySexAndAgeAsInPopulationCsv() {
    List<Map<String, String>> rows = table("population.csv");
    for (PyramidData p : set.pyramids()) {
      AgeGroups g = p.groups();
      assertEquals(19, g.count());
      assertEquals("90+", g.label(g.count() - 1));
      for (Sex sex : Sex.values()) {
        for (int i = 0; i < g.count(); i++) {
          String age = String.valueOf(g.ageFrom(i));
          double csv =
              rows.stream()
                  .filter(
                      r ->
                          r.get("year").equals(String.valueOf(p.year()))
                              && r.get("sex").equals(sex.label())
                              && r.get("age_from").equals(age))
                  .mapToDouble(r -> num(r, "population"))
                  .findFirst()
                  .orElseThrow();
          double bar = sex == Sex.MALE ? p.male().get(i) : p.female().get(i);
          assertEquals(csv, bar, 0.005, p.year() + " " + sex.label() + " " + g.label(i));
          assertEquals(projection.at(p.year()).get(sex).get(i), bar, 0);
        }
      }
    }
  }

  @Test
  void pyramidsShareOneScaleThatHoldsEveryBar() {
    double largest = 0;
    for (PyramidData p : set.pyramids()) {
      largest = Math.max(largest, PyramidData.largestGroup(p.population()));
    }
    double scale = set.pyramids().get(0).scaleMax();
    for (PyramidData p : set.pyramids()) {
      assertEquals(scale, p.scaleMax(), 0, "same x scale in every pyramid");
    }
    assertTrue(scale >= largest, scale + " < " + largest);
    assertTrue(
        scale < largest + Ticks.step(largest, 5) + 1e-9, "scale not far above the largest bar");
  }

  // ---- age_structure.png

  @Test
  void ageStructureIsCensusBeforeTheBaseThenTheSummaryTable() {
    AgeStructureData d = set.ageStructure();
    assertEquals(2015, d.baseYear());
    List<Integer> years = d.rows().stream().map(AgeStructureData.Row::year).toList();
    assertEquals(List.of(1980, 1985, 1990, 1995, 2000, 2005, 2010), years.subList(0, 7));
    assertEquals(projection.populations().size() + 7, years.size());
    for (int y = 1980; y < 2015; y += 5) {
      Indicators x = Indicators.of(refs.census().get(y));
      AgeStructureData.Row r = d.at(y);
      assertEquals(x.age0to14(), r.age0to14(), 1e-9);
      assertEquals(x.age15to64(), r.age15to64(), 1e-9);
      assertEquals(x.age65plus(), r.age65plus(), 1e-9);
      assertEquals(x.total(), r.total(), 1e-6);
    }
    for (Map<String, String> row : table("summary.csv")) {
      AgeStructureData.Row r = d.at(Integer.parseInt(row.get("year")));
      assertEquals(num(row, "age_0_14"), r.age0to14(), 0.005);
      assertEquals(num(row, "age_15_64"), r.age15to64(), 0.005);
      assertEquals(num(row, "age_65_plus"), r.age65plus(), 0.005);
      assertEquals(num(row, "age_75_plus"), r.age75plus(), 0.005);
      assertEquals(num(row, "share_65_plus"), r.share65plus(), 0.00005);
      assertEquals(num(row, "age_75_plus") / num(row, "total"), r.share75plus(), 1e-6);
    }
  }

  @Test
  void censusYearsAddUpToTheCensusFileTotals() {
    // the three broad groups of 1980–2010 (age unknown prorated) add up to the file's totals
    List<Map<String, String>> rows =
        TestData.csv(TestData.data().resolve("asakura/census_totals_1980_2020.csv"));
    int checked = 0;
    for (Map<String, String> r : rows) {
      int year = Integer.parseInt(r.get("census_year"));
      if (year < 2015) {
        assertEquals(
            Double.parseDouble(r.get("total")),
            set.ageStructure().at(year).total(),
            0.5,
            "census " + year);
        checked++;
      }
    }
    assertEquals(7, checked);
  }

  // ---- components.png

  @Test
  void componentsAreTheStepEventsAndTheComponentsTable() {
    List<ComponentsData.Period> periods = set.components().periods();
    List<Map<String, String>> rows = table("components.csv");
    assertEquals(projection.events().size(), periods.size());
    assertEquals(rows.size(), periods.size());
    for (int k = 0; k < periods.size(); k++) {
      StepEvents e = projection.events().get(k);
      ComponentsData.Period p = periods.get(k);
      assertEquals(e.periodStart(), p.start());
      assertEquals(e.periodEnd(), p.end());
      assertEquals(e.births(), p.births(), 0);
      assertEquals(e.deaths(), p.deaths(), 0);
      assertEquals(e.netMigration(), p.netMigration(), 0);
      Map<String, String> row = rows.get(k);
      assertEquals(num(row, "births"), p.births(), 0.005);
      assertEquals(num(row, "deaths"), p.deaths(), 0.005);
      assertEquals(num(row, "net_migration"), p.socialChange(), 0.005);
      assertEquals(p.births() - p.deaths(), p.naturalChange(), 1e-9);
      // accounting identity: the bars add up to the population change of the period
      assertEquals(
          num(row, "population_end") - num(row, "population_start"), p.totalChange(), 0.02);
    }
    assertEquals("2015–20", periods.get(0).label());
    assertEquals("2065–70", periods.get(periods.size() - 1).label());
    // without a limit, the bar is the net migration the scenario assumed for the period
    for (int k = 0; k < periods.size(); k++) {
      Double assumed = scenario.assumptions().get(k).netMigrationAssumed();
      if (assumed != null && !periods.get(k).limited()) {
        assertEquals(
            assumed, periods.get(k).netMigration(), 0.01, "period " + periods.get(k).start());
      }
    }
    // -1,200 per 5 years on the register basis, times the ratio (RegisterBasisTest)
    assertEquals(
        -1200 * jp.popvision.scenario.RegisterBasis.of(TestData.asakura()).ratio(),
        periods.get(1).netMigration(),
        0.5);
    for (ComponentsData.Period p : periods) {
      boolean limited = projection.limits().stream().anyMatch(l -> l.periodStart() == p.start());
      assertEquals(limited, p.limited(), "limited " + p.start());
    }
  }

  @Test
  void periodsWhereMigrationWasLimitedAreMarked() throws Exception {
    ResolvedScenario s = Simulation.resolve(TestData.root().resolve("scenarios/baseline.yaml"));
    Projection p = Projector.run(s.base(), s.rates());
    ComponentsData d = ComponentsData.of(p);
    List<Integer> limited =
        d.periods().stream()
            .filter(ComponentsData.Period::limited)
            .map(ComponentsData.Period::start)
            .toList();
    List<Integer> expected =
        p.limits().stream().map(l -> l.periodStart()).distinct().sorted().toList();
    assertEquals(expected, limited);
    assertEquals(!expected.isEmpty(), d.anyLimited());
  }

  @Test
  void fileNamesFollowTheChartOrder() {
    assertEquals(
        List.of(
            "total_population.png",
            "pyramid_2015.png",
            "pyramid_2045.png",
            "pyramid_2070.png",
            "age_structure.png",
            "components.png"),
        set.fileNames());
    assertFalse(set.fileNames().contains("charts.json"));
  }

  static Projection truncate(Projection p, int lastYear) {
    int n = 0;
    while (p.populations().get(n).year() < lastYear) {
      n++;
    }
    return new Projection(p.populations().subList(0, n + 1), p.events().subList(0, n), List.of());
  }
}
